#include "SessionAdminService.h"

#include "AuditTrail.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using Action = PermissionService::Action;

namespace {

const QString sessionsTable = QStringLiteral("user_sessions");

} // namespace

SessionAdminService::SessionAdminService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool SessionAdminService::canList() const
{
    return m_context->can(sessionsTable, Action::Read);
}

bool SessionAdminService::canRevoke() const
{
    return m_context->can(sessionsTable, Action::Update);
}

std::optional<QList<SessionSummary>> SessionAdminService::listActiveSessions(std::optional<qint64> userId,
                                                                             QString* error) const
{
    if (!canList()) {
        SqlCall::fail(error, m_context->deniedMessage(sessionsTable, Action::Read));
        return std::nullopt;
    }
    const Dialect& dialect = m_database.dialect();
    QString sql = QStringLiteral("SELECT s.id, s.user_id, u.email, s.created_at, s.last_seen_at, s.expires_at, "
                                 "s.client_info, s.ip_address FROM user_sessions s JOIN users u ON u.id = s.user_id "
                                 "WHERE s.revoked_at IS NULL AND s.expires_at > ?");
    QVariantList params{dialect.timestampToSql(QDateTime::currentDateTimeUtc())};
    if (userId) {
        sql += QStringLiteral(" AND s.user_id = ?");
        params.append(*userId);
    }
    sql += QStringLiteral(" ORDER BY COALESCE(s.last_seen_at, s.created_at) DESC, s.id DESC");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    if (!SqlCall::run(query, sql, params, &dbError)) {
        SqlCall::fail(error, tr("The sessions could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QList<SessionSummary> sessions;
    while (query.next()) {
        SessionSummary session;
        session.id = query.value(0).toLongLong();
        session.userId = query.value(1).toLongLong();
        session.userEmail = query.value(2).toString();
        session.createdAt = dialect.timestampFromSql(query.value(3));
        session.lastSeenAt = dialect.timestampFromSql(query.value(4));
        session.expiresAt = dialect.timestampFromSql(query.value(5));
        session.clientInfo = query.value(6).toString();
        session.ipAddress = query.value(7).toString();
        sessions.append(session);
    }
    return sessions;
}

bool SessionAdminService::revokeSession(qint64 sessionId, QString* error)
{
    if (!canRevoke())
        return SqlCall::fail(error, m_context->deniedMessage(sessionsTable, Action::Update));
    const Dialect& dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString dbError;
    auto databaseError = [&] { return SqlCall::fail(error, tr("The session could not be revoked: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query, QStringLiteral("SELECT user_id FROM user_sessions WHERE id = ?"), {sessionId}, &dbError))
        return databaseError();
    if (!query.next())
        return SqlCall::fail(error, tr("There is no session with id %1.").arg(sessionId));
    const qint64 userId = query.value(0).toLongLong();
    query.finish();
    // The WHERE clause makes the check and the write one step: a session that was revoked or
    // expired in between is left alone.
    if (!SqlCall::run(
            query,
            QStringLiteral(
                "UPDATE user_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND expires_at > ?"),
            {dialect.timestampToSql(now), sessionId, dialect.timestampToSql(now)}, &dbError))
        return databaseError();
    if (query.numRowsAffected() != 1)
        return SqlCall::fail(
            error, tr("Session %1 is no longer active: it has already been revoked or has expired.").arg(sessionId));
    const AuditTrail audit(m_database, *m_context);
    if (!audit.recordEvent(
            QStringLiteral("revoke"), *TableCatalog::find(sessionsTable), sessionId,
            {{QStringLiteral("revoked_at"), QJsonValue()}, {QStringLiteral("user_id"), userId}},
            {{QStringLiteral("revoked_at"), now.toString(Qt::ISODateWithMs)}, {QStringLiteral("user_id"), userId}},
            &dbError))
        return SqlCall::fail(error, dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}

std::optional<int> SessionAdminService::revokeAllForUser(qint64 userId, QString* error)
{
    if (!canRevoke()) {
        SqlCall::fail(error, m_context->deniedMessage(sessionsTable, Action::Update));
        return std::nullopt;
    }
    const Dialect& dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString dbError;
    auto databaseError = [&]() -> std::optional<int> {
        SqlCall::fail(error, tr("The sessions could not be revoked: %1").arg(dbError));
        return std::nullopt;
    };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query, QStringLiteral("SELECT email FROM users WHERE id = ?"), {userId}, &dbError))
        return databaseError();
    if (!query.next()) {
        SqlCall::fail(error, tr("There is no user with id %1.").arg(userId));
        return std::nullopt;
    }
    const QString email = query.value(0).toString();
    query.finish();
    if (!SqlCall::run(
            query, QStringLiteral("UPDATE user_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
            {dialect.timestampToSql(now), userId}, &dbError))
        return databaseError();
    const int count = std::max(0, query.numRowsAffected());
    if (count == 0)
        return 0; // nothing changed, nothing to audit
    const AuditTrail audit(m_database, *m_context);
    if (!audit.recordEvent(QStringLiteral("revoke_all_sessions"), *TableCatalog::find(QStringLiteral("users")), userId,
                           QJsonObject(),
                           {{QStringLiteral("email"), email},
                            {QStringLiteral("sessions_revoked"), count},
                            {QStringLiteral("revoked_at"), now.toString(Qt::ISODateWithMs)}},
                           &dbError)) {
        SqlCall::fail(error, dbError);
        return std::nullopt;
    }
    if (!transaction.commit(&dbError))
        return databaseError();
    return count;
}
