#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One open session as the Sessions screen shows it (never the token hash).
struct SessionSummary
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userEmail;
    QDateTime createdAt;  // UTC
    QDateTime lastSeenAt; // UTC; invalid = never touched
    QDateTime expiresAt;  // UTC
    QString clientInfo;
    QString ipAddress;
};

// The administration of sign-in sessions for the Sessions screen: lists the active sessions (not
// revoked, not expired), revokes one, or revokes all of a user's. Revoking sets revoked_at and
// keeps the row (the history of who was signed in stays readable), so it needs update, not
// delete, on user_sessions; listing needs read on user_sessions. Every method checks the
// AccessContext first and refuses with a translated message, changing nothing. Each revocation
// writes its audit_logs row ("revoke", entity user_sessions; "revoke_all_sessions", entity users)
// in the same transaction.
class SessionAdminService
{
    Q_DECLARE_TR_FUNCTIONS(SessionAdminService)

public:
    SessionAdminService(const Database& database, AccessContextPtr context);

    bool canList() const;
    bool canRevoke() const;

    // Active sessions, most recently seen first; only userId's when given.
    std::optional<QList<SessionSummary>> listActiveSessions(std::optional<qint64> userId = std::nullopt,
                                                            QString* error = nullptr) const;
    // Revokes one session; refused (false) when it is unknown or no longer active.
    bool revokeSession(qint64 sessionId, QString* error = nullptr);
    // Revokes every session of the user that is not revoked yet; returns how many.
    std::optional<int> revokeAllForUser(qint64 userId, QString* error = nullptr);

private:
    const Database& m_database;
    AccessContextPtr m_context;
};
