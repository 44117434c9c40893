#include "SessionGuard.h"

#include "services/DatabaseFunctions.h"

#include <QCoreApplication>
#include <QEvent>

SessionGuard::SessionGuard(AuthService& auth, const Database& database, const SessionTicket& ticket, QObject* parent)
    : QObject(parent), m_auth(auth), m_database(database), m_ticket(ticket)
{
    m_checkTimer.setInterval(DefaultCheckIntervalMs);
    m_cleanTimer.setInterval(DefaultCleanIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &SessionGuard::checkNow);
    connect(&m_cleanTimer, &QTimer::timeout, this, &SessionGuard::cleanExpiredSessions);
}

SessionGuard::~SessionGuard()
{
    if (m_filterInstalled && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void SessionGuard::setCheckInterval(int ms)
{
    m_checkTimer.setInterval(ms);
}

void SessionGuard::setCleanInterval(int ms)
{
    m_cleanTimer.setInterval(ms);
}

void SessionGuard::start()
{
    if (!m_filterInstalled && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filterInstalled = true;
    }
    cleanExpiredSessions();
    m_checkTimer.start();
    m_cleanTimer.start();
}

void SessionGuard::replaceTicket(const SessionTicket& ticket)
{
    m_ticket = ticket;
    m_locked = false;
    m_activity = false;
}

bool SessionGuard::checkNow()
{
    if (m_locked)
        return false;
    QString error;
    if (m_activity) {
        if (m_auth.touch(m_ticket, &error)) {
            m_activity = false;
            return true;
        }
        // touch() also fails on a database error: only a session that is really over locks.
        if (m_auth.isSessionValid(m_ticket)) {
            emit checkFailed(error);
            return true;
        }
    } else if (m_auth.isSessionValid(m_ticket)) {
        return true;
    }
    m_locked = true;
    emit sessionExpired();
    return false;
}

int SessionGuard::cleanExpiredSessions()
{
    QString error;
    const std::optional<int> removed = DatabaseFunctions(m_database).cleanExpiredSessions(&error);
    if (!removed) {
        emit checkFailed(error);
        return -1;
    }
    emit sessionsCleaned(*removed);
    return *removed;
}

bool SessionGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_activity = true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
