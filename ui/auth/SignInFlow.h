#pragma once

#include "ConnectionProfile.h"
#include "KeychainStore.h"
#include "services/AuthService.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class Database;
class LoginDialog;
class QDialog;
class QWidget;

// Takes an open, migrated database to a signed-in session:
//   no users yet          -> FirstAdminDialog (the first administrator, signed in);
//   a remembered session  -> resumed from the keychain token, no dialog, if still valid and the
//                            user still active (otherwise the stale entry is deleted);
//   otherwise             -> LoginDialog; with "remember me" the raw token goes to the keychain.
// When the user picks another connection in the login dialog, the flow opens (and migrates) that
// database and carries on there; the caller then takes it over with takeOpenedDatabase().
// signOut() revokes the session row and deletes the keychain entry.
//
// Usage (the shell):
//   SignInFlow flow(*database, ConnectionProfileStore().profileForUrl(url), parentWidget);
//   const std::optional<SessionTicket> ticket = flow.run();
//   if (!ticket) return 0;                       // cancelled (or errorMessage())
//   if (auto opened = flow.takeOpenedDatabase()) // the user switched connections
//       database = std::move(opened);
//   ... MainWindow over flow.database() ...; later flow.signOut(*ticket);
class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

public:
    // Test seam: called with each dialog right after it is shown (inside its exec()), so a test
    // can type into it and click its buttons.
    using DialogHook = std::function<void(QDialog& dialog)>;

    SignInFlow(const Database& database, const ConnectionProfile& profile, QWidget* dialogParent = nullptr,
               const AuthService::Policy& policy = AuthService::Policy());
    ~SignInFlow();
    SignInFlow(const SignInFlow&) = delete;
    SignInFlow& operator=(const SignInFlow&) = delete;

    // nullopt when the user cancelled or the database failed (errorMessage() says why).
    std::optional<SessionTicket> run();

    // Revokes the session row and, when this profile remembers that user, deletes the keychain
    // entry. False (and *error) when the row could not be revoked; the keychain entry goes anyway.
    bool signOut(const SessionTicket& ticket, QString* error = nullptr);

    // The database the session belongs to: the one given, or the one the user switched to.
    const Database& database() const;
    // The database the flow opened after a switch (nullptr when none); the caller takes it over
    // and must keep it alive while database() and authService() are used.
    std::unique_ptr<Database> takeOpenedDatabase();
    ConnectionProfile profile() const { return m_profile; }
    AuthService& authService() { return *m_auth; }

    bool resumedSession() const { return m_resumed; }
    QString errorMessage() const { return m_errorMessage; }

    void setKeychainTimeout(int timeoutMs) { m_keychainTimeoutMs = timeoutMs; }
    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }

private:
    static constexpr int SwitchedConnection = 2; // a dialog result besides Accepted / Rejected

    std::optional<SessionTicket> runFirstAdministrator();
    std::optional<SessionTicket> resumeRemembered();
    // nullopt with *switched = true when the user moved to another connection.
    std::optional<SessionTicket> runLogin(bool* switched);
    void switchConnection(LoginDialog& dialog, const ConnectionProfile& profile);
    std::unique_ptr<Database> openProfile(const ConnectionProfile& profile, QString* error) const;
    void rememberSession(const SessionTicket& ticket);
    void signedIn(const SessionTicket& ticket);
    int execDialog(QDialog& dialog, const std::function<void()>& whenShown = {});
    bool canShowDialogs() const;
    void fail(const QString& summary, const QString& details = QString());

    const Database& m_givenDatabase;
    const ConnectionProfile m_givenProfile;
    QWidget* m_dialogParent = nullptr;
    AuthService::Policy m_policy;
    std::unique_ptr<Database> m_openedDatabase; // after a switch to another connection
    const Database* m_database = nullptr;       // m_givenDatabase or *m_openedDatabase
    ConnectionProfile m_profile;
    std::unique_ptr<AuthService> m_auth;
    std::optional<KeychainStore::Availability> m_keychain;
    int m_keychainTimeoutMs = KeychainStore::DefaultTimeoutMs;
    DialogHook m_dialogHook;
    QString m_notice; // shown in the next login dialog (e.g. a remembered session that ended)
    QString m_errorMessage;
    bool m_resumed = false;
};
