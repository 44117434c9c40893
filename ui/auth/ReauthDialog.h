#pragma once

#include "MessageLabel.h"
#include "services/AuthService.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;

// Asks the signed-in user for their password again after the session ended (idle expiry,
// revoked, or the database lost it), over the main window, so the screen the user was on stays
// as it was. Only the same account can continue: the email is fixed. Escape does not dismiss it
// (a stray key must not sign anyone out); "Sign Out" is the way out, reported as rejected.
// Lockout and deactivation apply exactly as in the login dialog.
class ReauthDialog : public QDialog
{
    Q_OBJECT

public:
    ReauthDialog(AuthService& auth, const UserIdentity& user, const QString& reason, QWidget* parent = nullptr);

    // The new session once accepted.
    std::optional<SessionTicket> ticket() const { return m_ticket; }

public slots:
    void reject() override; // ignored: only Sign Out leaves without a session
    void signOut();

private:
    void signIn();

    AuthService& m_auth;
    UserIdentity m_user;
    std::optional<SessionTicket> m_ticket;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QPushButton* m_continueButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
};
