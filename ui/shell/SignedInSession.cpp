#include "SignedInSession.h"

#include "MainWindow.h"
#include "SessionGuard.h"
#include "auth/ReauthDialog.h"
#include "auth/SignInFlow.h"
#include "common/UserMessage.h"
#include "services/PermissionService.h"

#include <QStatusBar>
#include <QTimer>

SignedInSession::SignedInSession(SignInFlow& flow, const SessionTicket& ticket, QObject* parent)
    : QObject(parent), m_flow(flow)
{
    const Database& database = flow.database();
    m_guard = std::make_unique<SessionGuard>(flow.authService(), database, ticket);
    const UserIdentity& user = ticket.user;
    m_window = std::make_unique<MainWindow>(
        database, AccessContext::forUser(std::make_shared<PermissionService>(database), user.id, user.role, user.email));

    connect(m_window.get(), &MainWindow::signOutRequested, this, &SignedInSession::signOut);
    connect(m_guard.get(), &SessionGuard::sessionExpired, this, &SignedInSession::onSessionExpired,
            Qt::QueuedConnection);
    connect(m_guard.get(), &SessionGuard::checkFailed, m_window.get(), [this](const QString& message) {
        m_window->statusBar()->showMessage(tr("The session could not be checked: %1").arg(message), 10000);
    });
}

SignedInSession::~SignedInSession() = default;

const SessionTicket& SignedInSession::ticket() const
{
    return m_guard->ticket();
}

void SignedInSession::start()
{
    m_window->show();
    m_guard->start();
}

void SignedInSession::signOut()
{
    if (m_ended)
        return;
    m_ended = true;
    m_signedOut = true;
    QString error;
    if (!m_flow.signOut(m_guard->ticket(), &error) && !error.isEmpty())
        UserMessage::warning(m_window.get(), tr("The session could not be ended on the server."), error);
    m_window->close();
    emit ended();
}

void SignedInSession::onSessionExpired()
{
    if (m_ended)
        return;
    if (!m_dialogHook && !UserMessage::isInteractive()) {
        signOut(); // nobody to ask
        return;
    }
    const int idleMinutes = m_flow.authService().policy().sessionIdleMinutes;
    ReauthDialog dialog(m_flow.authService(), m_guard->ticket().user,
                        tr("Your session has ended: it was unused for %n minute(s), or it was ended by an "
                           "administrator.",
                           nullptr, idleMinutes),
                        m_window.get());
    if (m_dialogHook)
        QTimer::singleShot(0, &dialog, [this, &dialog] { m_dialogHook(dialog); });
    if (dialog.exec() == QDialog::Accepted && dialog.ticket()) {
        m_guard->replaceTicket(*dialog.ticket());
        m_window->statusBar()->showMessage(tr("Signed in again."), 5000);
        return;
    }
    signOut();
}
