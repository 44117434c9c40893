#pragma once

#include "services/AuthService.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Database;

// Keeps the signed-in session honest while the main window is open:
//   - watches the user's input (keys, clicks, wheel) through an application event filter and,
//     at each check, slides the session's idle expiry (AuthService::touch) when there was input
//     since the last one; without input it only asks whether the session is still valid;
//   - when the session has ended (idle expiry, revoked by an administrator, user deactivated)
//     it locks and emits sessionExpired() once, so the shell can ask for the password again
//     without closing the window; replaceTicket() unlocks it with the new session;
//   - runs clean_expired_sessions() at start() and then periodically.
// When touch() fails but the session still reads as valid (a passing database error), that is
// reported with checkFailed() and the next check tries again; a session that cannot be read at
// all counts as over (signing in again then shows the database's error).
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCheckIntervalMs = 60 * 1000;
    static constexpr int DefaultCleanIntervalMs = 15 * 60 * 1000;

    // `auth` and `database` must outlive the guard.
    SessionGuard(AuthService& auth, const Database& database, const SessionTicket& ticket, QObject* parent = nullptr);
    ~SessionGuard() override;

    void setCheckInterval(int ms);
    void setCleanInterval(int ms);
    // Installs the input watcher, cleans expired sessions and starts both timers.
    void start();

    const SessionTicket& ticket() const { return m_ticket; }
    // After the user signed in again: the new session (same user), unlocked.
    void replaceTicket(const SessionTicket& ticket);
    bool isLocked() const { return m_locked; }

    // One check now (what the timer does): true while the session is alive.
    bool checkNow();
    // Runs clean_expired_sessions(); the number of rows removed, or -1 (checkFailed() emitted).
    int cleanExpiredSessions();
    // Input seen (the event filter calls it; tests may too).
    void noteActivity() { m_activity = true; }

signals:
    void sessionExpired();
    void checkFailed(const QString& message);
    void sessionsCleaned(int removed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AuthService& m_auth;
    const Database& m_database;
    SessionTicket m_ticket;
    QTimer m_checkTimer;
    QTimer m_cleanTimer;
    bool m_activity = false;
    bool m_locked = false;
    bool m_filterInstalled = false;
};
