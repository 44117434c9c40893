#pragma once

#include "ConnectionProfile.h"
#include "KeychainStore.h"
#include "MessageLabel.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"

#include <QDialog>
#include <memory>
#include <optional>

class Database;
class QPushButton;

namespace Ui {
class LoginDialog;
}

// Asks for email and password and signs in through AuthService; accepted only with a live
// session (ticket()). Offers "remember me" when the keychain works (the caller stores the token),
// the connection to use (emitting profileChanged; the caller opens that database and answers with
// setBackend() or rejectProfileChange()), the profiles dialog, the reset-token dialog, and, on a
// demo database only, the demo accounts. Child dialogs open window-modal without blocking, so a
// test can show() this dialog, type, click and check the result.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(AuthService& auth, const Database& database, const ConnectionProfile& profile,
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Until this is called the keychain counts as unchecked and "remember me" stays off.
    void setKeychainAvailability(const KeychainStore::Availability& availability);
    // Timeout for the keychain calls of the connection profiles dialog.
    void setKeychainTimeout(int timeoutMs) { m_keychainTimeoutMs = timeoutMs; }

    // After profileChanged: sign in to this service and database from now on.
    void setBackend(AuthService& auth, const Database& database, const ConnectionProfile& profile);
    // After profileChanged, when that database could not be opened: back to the previous profile, and why.
    void rejectProfileChange(const QString& message);

    void setEmail(const QString& email);
    void showMessage(const QString& text, MessageLabel::Kind kind = MessageLabel::Kind::Error);

    // Set once the dialog was accepted.
    std::optional<SessionTicket> ticket() const { return m_ticket; }
    bool rememberRequested() const { return m_rememberRequested; }
    ConnectionProfile profile() const { return m_profile; }
    QString email() const;

    // "This account is locked … Try again after 14:36." (the end rounded up to the minute, local time)
    static QString lockMessage(const QDateTime& lockedUntilUtc);

signals:
    void profileChanged(const ConnectionProfile& profile);

private slots:
    void signIn();
    void updateSignInEnabled();
    void onProfileActivated(int index);
    void openProfilesDialog();
    void openResetDialog();
    void fillDemoAccount(const QString& link);

private:
    void setupButtons();
    void reloadProfiles();
    void selectProfile(const QString& name);
    void updateDemoAccounts();
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_resetTokenButton = nullptr;
    AuthService* m_auth = nullptr;
    const Database* m_database = nullptr;
    ConnectionProfile m_profile;
    KeychainStore::Availability m_keychain;
    int m_keychainTimeoutMs = KeychainStore::DefaultTimeoutMs;
    QList<DemoSeeder::Account> m_demoAccounts;
    std::optional<SessionTicket> m_ticket;
    bool m_rememberRequested = false;
    bool m_busy = false;
};
