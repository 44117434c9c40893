#pragma once

#include "services/AuthService.h"

#include <QObject>
#include <functional>
#include <memory>

class MainWindow;
class QDialog;
class SessionGuard;
class SignInFlow;

// One signed-in period of the desktop app: the main window acting for the signed-in user (an
// AccessContext for their role), the SessionGuard that watches the session, and the answers to
// its events:
//   - the session ended (idle, revoked, user deactivated): a ReauthDialog over the window asks
//     for the password again; the window, its open table and its unsaved state stay as they are.
//     Choosing Sign Out there (or having no way to ask, when unattended) ends the period;
//   - File > Sign Out: the session row is revoked, the remembered keychain entry deleted, the
//     window closed and ended() emitted with signedOut() true, so the caller shows the sign-in
//     dialog again. Closing the window ends the period without signing out (a remembered
//     session resumes at the next start).
class SignedInSession : public QObject
{
    Q_OBJECT

public:
    // Test seam: called with the reauthentication dialog once it is shown.
    using DialogHook = std::function<void(QDialog& dialog)>;

    // `flow` (its database and AuthService) must outlive this object.
    SignedInSession(SignInFlow& flow, const SessionTicket& ticket, QObject* parent = nullptr);
    ~SignedInSession() override;

    // Shows the window and starts watching the session.
    void start();

    MainWindow& window() { return *m_window; }
    SessionGuard& guard() { return *m_guard; }
    const SessionTicket& ticket() const;
    bool signedOut() const { return m_signedOut; }

    void setDialogHook(DialogHook hook) { m_dialogHook = std::move(hook); }

public slots:
    void signOut();

signals:
    void ended();

private:
    void onSessionExpired();

    SignInFlow& m_flow;
    std::unique_ptr<SessionGuard> m_guard;
    std::unique_ptr<MainWindow> m_window;
    DialogHook m_dialogHook;
    bool m_signedOut = false;
    bool m_ended = false;
};
