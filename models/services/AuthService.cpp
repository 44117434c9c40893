#include "AuthService.h"

#include "DatabaseFunctions.h"
#include "PasswordHasher.h"
#include "UserDirectory.h"
#include "db/Database.h"
#include "db/SqlCall.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <mutex>
#include <sodium.h>

struct AuthService::UserRecord
{
    qint64 id = 0;
    QString email;
    QString fullName;
    QString role;
    QString passwordHash;
    bool active = false;
    QDateTime lockedUntil;
    UserIdentity identity() const { return {id, email, fullName, role}; }
};

struct AuthService::SessionRecord
{
    qint64 id = 0;
    QDateTime expiresAt;
    QDateTime revokedAt;
    bool userActive = false;
    UserIdentity user;
};

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuthService::AuthService(const Database& database, Policy policy) : m_database(database), m_policy(policy) {}

AuthService::AuthService(const Database& database) : AuthService(database, Policy()) {}

QString AuthService::sha256Hex(const QString& rawToken)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuthService::newRawToken()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
    sodium_memzero(bytes, sizeof bytes);
    return hex;
}

AuthService::SignInResult AuthService::failure(Outcome outcome, const QString& message)
{
    SignInResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

AuthService::SignInResult AuthService::signedIn(const UserIdentity& user, const QString& rawToken, qint64 sessionId,
                                                const QDateTime& expiresAt)
{
    SignInResult result;
    result.outcome = Outcome::SignedIn;
    result.ticket.user = user;
    result.ticket.rawToken = rawToken;
    result.ticket.sessionId = sessionId;
    result.ticket.expiresAt = expiresAt;
    return result;
}

QString AuthService::lockedMessage(const QDateTime& lockedUntil)
{
    const QDateTime local = lockedUntil.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    return tr("This account is locked after too many failed sign-ins. Try again after %1.").arg(when);
}

bool AuthService::audit(std::optional<qint64> actorId, const QString& action, const QString& entityType,
                        qint64 entityId, const QJsonObject& newValues, const QString& clientInfo, QString* error) const
{
    // Never put a password, a hash or a token (raw or hashed) into newValues.
    return DatabaseFunctions(m_database)
        .logAuditEvent(actorId, action, entityType, entityId > 0 ? QString::number(entityId) : QString(), QJsonObject(),
                       newValues, QString(), clientInfo, error)
        .has_value();
}

bool AuthService::loadUser(const QString& email, qint64 id, std::optional<UserRecord>* user, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id, email, full_name, role, password_hash, is_active, locked_until "
                                       "FROM users WHERE %1 = ?")
                            .arg(id > 0 ? QStringLiteral("id") : QStringLiteral("email"));
    if (!SqlCall::run(query, sql, {id > 0 ? QVariant(id) : QVariant(email)}, error))
        return false;
    user->reset();
    if (query.next()) {
        UserRecord record;
        record.id = query.value(0).toLongLong();
        record.email = query.value(1).toString();
        record.fullName = query.value(2).toString();
        record.role = query.value(3).toString();
        record.passwordHash = query.value(4).toString();
        record.active = query.value(5).toBool();
        record.lockedUntil = m_database.dialect().timestampFromSql(query.value(6));
        *user = record;
    }
    return true;
}

bool AuthService::loadSession(const QString& rawToken, std::optional<SessionRecord>* session, QString* error) const
{
    session->reset();
    if (rawToken.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT s.id, s.expires_at, s.revoked_at, u.is_active, u.id, u.email, u.full_name, u.role "
                           "FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE s.session_token = ?"),
            {sha256Hex(rawToken)}, error))
        return false;
    if (query.next()) {
        const Dialect& dialect = m_database.dialect();
        SessionRecord record;
        record.id = query.value(0).toLongLong();
        record.expiresAt = dialect.timestampFromSql(query.value(1));
        record.revokedAt = dialect.timestampFromSql(query.value(2));
        record.userActive = query.value(3).toBool();
        record.user = {query.value(4).toLongLong(), query.value(5).toString(), query.value(6).toString(),
                       query.value(7).toString()};
        *session = record;
    }
    return true;
}

bool AuthService::isUsable(const std::optional<SessionRecord>& session, const QDateTime& now, qint64 expectedId)
{
    return session && (expectedId <= 0 || session->id == expectedId) && !session->revokedAt.isValid() &&
           session->expiresAt.isValid() && session->expiresAt > now && session->userActive;
}

std::optional<bool> AuthService::hasNoUsers(QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, QStringLiteral("SELECT 1 FROM users LIMIT 1"), {}, error))
        return std::nullopt;
    return !query.next();
}

AuthService::SignInResult AuthService::createFirstAdministrator(const QString& email, const QString& fullName,
                                                                const QString& password, const QString& clientInfo)
{
    QString error;
    const auto empty = hasNoUsers(&error);
    if (!empty)
        return failure(Outcome::Error, tr("The users could not be read: %1").arg(error));
    if (!*empty)
        return failure(Outcome::Error, tr("An administrator already exists. Sign in with an existing account."));
    // UserDirectory validates, hashes and writes the user with its "create" audit entry.
    const qint64 id =
        UserDirectory(m_database).createFirstUser({email, QStringLiteral("admin"), fullName}, password, &error);
    if (id <= 0)
        return failure(Outcome::Error, error);
    std::optional<UserRecord> user;
    if (!loadUser(QString(), id, &user, &error) || !user)
        return failure(Outcome::Error, tr("The new administrator could not be read: %1").arg(error));
    return startSession(*user, QString(), false, clientInfo, QDateTime::currentDateTimeUtc());
}

AuthService::SignInResult AuthService::signIn(const QString& email, const QString& password, bool remember,
                                              const QString& clientInfo)
{
    const QString normalized = email.trimmed().toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    std::optional<UserRecord> user;
    if (!loadUser(normalized, 0, &user, &error))
        return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));

    if (!user) {
        // Same cost and same answer as a wrong password: the email's existence is not revealed.
        PasswordHasher::dummyVerify(password);
        if (!audit(std::nullopt, QStringLiteral("sign_in_failed"), QStringLiteral("users"), 0,
                   {{QStringLiteral("email"), normalized}}, clientInfo, &error))
            return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));
        return failure(Outcome::InvalidCredentials, tr("The email or password is incorrect."));
    }

    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        if (!audit(
                std::nullopt, QStringLiteral("sign_in_locked"), QStringLiteral("users"), user->id,
                {{QStringLiteral("email"), user->email}, {QStringLiteral("locked_until"), isoUtc(user->lockedUntil)}},
                clientInfo, &error))
            return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));
        SignInResult result = failure(Outcome::LockedOut, lockedMessage(user->lockedUntil));
        result.lockedUntil = user->lockedUntil;
        return result;
    }

    if (!PasswordHasher::verify(user->passwordHash, password))
        return recordFailure(*user, now, clientInfo); // also for inactive users: inactivity stays hidden

    if (!user->active) {
        if (!audit(std::nullopt, QStringLiteral("sign_in_inactive"), QStringLiteral("users"), user->id,
                   {{QStringLiteral("email"), user->email}}, clientInfo, &error))
            return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));
        return failure(Outcome::Inactive, tr("This account is deactivated. Ask an administrator."));
    }

    // Stored parameters weaker than the current ones: store a new hash of the same password.
    // An empty result (out of memory) just keeps the old hash.
    const QString newHash =
        PasswordHasher::needsRehash(user->passwordHash) ? PasswordHasher::hash(password) : QString();
    return startSession(*user, newHash, remember, clientInfo, now);
}

AuthService::SignInResult AuthService::recordFailure(const UserRecord& user, const QDateTime& now,
                                                     const QString& clientInfo)
{
    const Dialect& dialect = m_database.dialect();
    QString error;
    auto databaseError = [&error] {
        return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));
    };
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorText();
        return databaseError();
    }
    // The failure goes into the audit trail first, so that the count below includes it.
    if (!audit(std::nullopt, QStringLiteral("sign_in_failed"), QStringLiteral("users"), user.id,
               {{QStringLiteral("email"), user.email}}, clientInfo, &error))
        return databaseError();

    // Failures that count: within the policy window, and after the last event that clears the
    // counter (a successful sign-in, a lockout, a password reset). Audit ids only grow, so "after"
    // compares ids, which also separates rows written within the same millisecond/transaction.
    const QString entityId = QString::number(user.id);
    qint64 failures = 0;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!SqlCall::run(
                query,
                QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE entity_type = 'users' AND entity_id = ? "
                               "AND action = 'sign_in_failed' AND created_at > ? "
                               "AND id > COALESCE((SELECT MAX(id) FROM audit_logs WHERE entity_type = 'users' "
                               "AND entity_id = ? AND action IN ('sign_in', 'lockout', 'password_reset')), 0)"),
                {entityId, dialect.timestampToSql(now.addSecs(-60LL * m_policy.failureWindowMinutes)), entityId},
                &error) ||
            !query.next())
            return databaseError();
        failures = std::max<qint64>(1, query.value(0).toLongLong());
    }

    const bool lock = failures >= m_policy.maxFailedAttempts;
    const QDateTime lockedUntil = now.addSecs(60LL * m_policy.lockoutMinutes);
    {
        QSqlQuery query(m_database.connection());
        if (!SqlCall::run(query,
                          QStringLiteral("UPDATE users SET failed_login_count = ?, locked_until = ? WHERE id = ?"),
                          {failures, dialect.timestampToSql(lock ? lockedUntil : QDateTime()), user.id}, &error))
            return databaseError();
    }
    if (lock && !audit(std::nullopt, QStringLiteral("lockout"), QStringLiteral("users"), user.id,
                       {{QStringLiteral("email"), user.email},
                        {QStringLiteral("failed_attempts"), failures},
                        {QStringLiteral("locked_until"), isoUtc(lockedUntil)}},
                       clientInfo, &error))
        return databaseError();
    if (!transaction.commit(&error))
        return databaseError();

    if (!lock)
        return failure(Outcome::InvalidCredentials, tr("The email or password is incorrect."));
    SignInResult result = failure(Outcome::LockedOut, lockedMessage(lockedUntil));
    result.lockedUntil = lockedUntil;
    return result;
}

AuthService::SignInResult AuthService::startSession(const UserRecord& user, const QString& newHash, bool remember,
                                                    const QString& clientInfo, const QDateTime& now)
{
    const Dialect& dialect = m_database.dialect();
    QString error;
    auto databaseError = [&error] {
        return failure(Outcome::Error, tr("Signing in failed because of a database error: %1").arg(error));
    };
    const QString rawToken = newRawToken();
    const QDateTime expiresAt =
        remember ? now.addDays(m_policy.rememberDays) : now.addSecs(60LL * m_policy.sessionIdleMinutes);

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorText();
        return databaseError();
    }
    qint64 sessionId = 0;
    {
        QSqlQuery query(m_database.connection());
        if (!SqlCall::run(
                query,
                QStringLiteral("UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = ? "
                               "WHERE id = ?"),
                {dialect.timestampToSql(now), user.id}, &error))
            return databaseError();
        if (!newHash.isEmpty() &&
            !SqlCall::run(query, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {newHash, user.id},
                          &error))
            return databaseError();
        if (!SqlCall::run(query,
                          QStringLiteral("INSERT INTO user_sessions (user_id, session_token, expires_at, last_seen_at, "
                                         "client_info) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                          {user.id, sha256Hex(rawToken), dialect.timestampToSql(expiresAt), dialect.timestampToSql(now),
                           clientInfo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(clientInfo)},
                          &error))
            return databaseError();
        if (!query.next()) {
            error = query.lastError().text();
            return databaseError();
        }
        sessionId = query.value(0).toLongLong();
        query.finish(); // SQLite cannot commit while a RETURNING statement is still open
    }
    if (!audit(user.id, QStringLiteral("sign_in"), QStringLiteral("users"), user.id,
               {{QStringLiteral("session_id"), sessionId},
                {QStringLiteral("remember"), remember},
                {QStringLiteral("rehashed"), !newHash.isEmpty()}},
               clientInfo, &error))
        return databaseError();
    if (!transaction.commit(&error))
        return databaseError();

    return signedIn(user.identity(), rawToken, sessionId, expiresAt);
}

AuthService::SignInResult AuthService::resume(const QString& rawToken, const QString& clientInfo)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    auto databaseError = [&error] {
        return failure(Outcome::Error,
                       tr("The session could not be resumed because of a database error: %1").arg(error));
    };
    std::optional<SessionRecord> session;
    if (!loadSession(rawToken, &session, &error))
        return databaseError();
    if (!isUsable(session, now))
        return failure(Outcome::InvalidCredentials, tr("Your saved session has expired. Please sign in again."));

    const QDateTime expiresAt = std::max(session->expiresAt, now.addSecs(60LL * m_policy.sessionIdleMinutes));
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        error = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(
            query, QStringLiteral("UPDATE user_sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?"),
            {m_database.dialect().timestampToSql(now), m_database.dialect().timestampToSql(expiresAt), session->id},
            &error))
        return databaseError();
    if (!audit(session->user.id, QStringLiteral("session_resumed"), QStringLiteral("user_sessions"), session->id, {},
               clientInfo, &error))
        return databaseError();
    if (!transaction.commit(&error))
        return databaseError();

    return signedIn(session->user, rawToken, session->id, expiresAt);
}

bool AuthService::isSessionValid(const SessionTicket& ticket) const
{
    std::optional<SessionRecord> session;
    return loadSession(ticket.rawToken, &session, nullptr) &&
           isUsable(session, QDateTime::currentDateTimeUtc(), ticket.sessionId);
}

bool AuthService::touch(const SessionTicket& ticket, QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<SessionRecord> session;
    if (!loadSession(ticket.rawToken, &session, error))
        return false;
    if (!isUsable(session, now, ticket.sessionId)) {
        if (error)
            *error = tr("Your session has expired. Please sign in again.");
        return false;
    }
    const Dialect& dialect = m_database.dialect();
    const QDateTime expiresAt = std::max(session->expiresAt, now.addSecs(60LL * m_policy.sessionIdleMinutes));
    QSqlQuery query(m_database.connection());
    // The WHERE clause repeats the checks, so a revocation in between is not undone.
    if (!SqlCall::run(
            query,
            QStringLiteral("UPDATE user_sessions SET last_seen_at = ?, expires_at = ? "
                           "WHERE id = ? AND revoked_at IS NULL AND expires_at > ?"),
            {dialect.timestampToSql(now), dialect.timestampToSql(expiresAt), session->id, dialect.timestampToSql(now)},
            error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("Your session has expired. Please sign in again.");
        return false;
    }
    return true;
}

bool AuthService::signOut(const SessionTicket& ticket, QString* error)
{
    std::optional<SessionRecord> session;
    if (!loadSession(ticket.rawToken, &session, error))
        return false;
    if (!session || session->id != ticket.sessionId) {
        if (error)
            *error = tr("This session is not known.");
        return false;
    }
    if (session->revokedAt.isValid())
        return true; // already signed out
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorText();
        return false;
    }
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query,
                      QStringLiteral("UPDATE user_sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                      {m_database.dialect().timestampToSql(QDateTime::currentDateTimeUtc()), session->id}, error))
        return false;
    if (!audit(session->user.id, QStringLiteral("sign_out"), QStringLiteral("user_sessions"), session->id, {},
               QString(), error))
        return false;
    return transaction.commit(error);
}

std::optional<QString> AuthService::issuePasswordReset(qint64 actorId, qint64 userId, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString denied = tr("Only an active administrator can issue a password reset.");
    const QString noUser = tr("There is no user with id %1.").arg(userId);
    if (actorId <= 0)
        return fail(denied);
    if (userId <= 0)
        return fail(noUser);
    QString dbError;
    std::optional<UserRecord> actor;
    std::optional<UserRecord> user;
    if (!loadUser(QString(), actorId, &actor, &dbError) || !loadUser(QString(), userId, &user, &dbError))
        return fail(tr("The password reset could not be issued: %1").arg(dbError));
    // Permission guard until the permission service lands: only an active administrator may
    // issue a reset. Replace with the role_permissions check (users / manage) when it exists.
    if (!actor || !actor->active || actor->role != QLatin1String("admin"))
        return fail(denied);
    if (!user)
        return fail(noUser);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiresAt = now.addSecs(60LL * m_policy.resetTokenMinutes);
    const QString rawToken = newRawToken();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("The password reset could not be issued: %1").arg(transaction.errorText()));
    qint64 tokenId = 0;
    {
        QSqlQuery query(m_database.connection());
        // A new token replaces the user's earlier unused ones: they count as used from now on.
        if (!SqlCall::run(
                query,
                QStringLiteral("UPDATE password_reset_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL"),
                {m_database.dialect().timestampToSql(now), userId}, &dbError))
            return fail(tr("The password reset could not be issued: %1").arg(dbError));
        if (!SqlCall::run(query,
                          QStringLiteral("INSERT INTO password_reset_tokens (user_id, token, expires_at, created_by) "
                                         "VALUES (?, ?, ?, ?) RETURNING id"),
                          {userId, sha256Hex(rawToken), m_database.dialect().timestampToSql(expiresAt), actorId},
                          &dbError) ||
            !query.next())
            return fail(tr("The password reset could not be issued: %1").arg(dbError));
        tokenId = query.value(0).toLongLong();
        query.finish(); // SQLite cannot commit while a RETURNING statement is still open
    }
    if (!audit(actorId, QStringLiteral("password_reset_issued"), QStringLiteral("users"), userId,
               {{QStringLiteral("reset_token_id"), tokenId}, {QStringLiteral("expires_at"), isoUtc(expiresAt)}},
               QString(), &dbError) ||
        !transaction.commit(&dbError))
        return fail(tr("The password reset could not be issued: %1").arg(dbError));
    return rawToken;
}

bool AuthService::resetPassword(const QString& rawToken, const QString& newPassword, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString invalid = tr("This reset token is not valid or has expired.");
    const Dialect& dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString token = rawToken.trimmed();
    if (token.isEmpty())
        return fail(invalid);
    QString dbError;
    qint64 tokenId = 0;
    qint64 userId = 0;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!SqlCall::run(
                query,
                QStringLiteral("SELECT id, user_id, expires_at, used_at FROM password_reset_tokens WHERE token = ?"),
                {sha256Hex(token)}, &dbError))
            return fail(tr("The password could not be reset: %1").arg(dbError));
        if (!query.next() || !query.value(3).isNull() || !(dialect.timestampFromSql(query.value(2)) > now))
            return fail(invalid);
        tokenId = query.value(0).toLongLong();
        userId = query.value(1).toLongLong();
    }
    const QString problem = UserDirectory::validatePassword(newPassword);
    if (!problem.isEmpty())
        return fail(problem); // the token stays usable for a better password
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (out of memory)."));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("The password could not be reset: %1").arg(transaction.errorText()));
    QSqlQuery query(m_database.connection());
    // Claim the token first: of two concurrent uses, only one updates the row.
    if (!SqlCall::run(query,
                      QStringLiteral("UPDATE password_reset_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL "
                                     "AND expires_at > ?"),
                      {dialect.timestampToSql(now), tokenId, dialect.timestampToSql(now)}, &dbError))
        return fail(tr("The password could not be reset: %1").arg(dbError));
    if (query.numRowsAffected() != 1)
        return fail(invalid);
    if (!SqlCall::run(
            query,
            QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, failed_login_count = 0, "
                           "locked_until = NULL WHERE id = ?"),
            {hash, dialect.timestampToSql(now), userId}, &dbError) ||
        !SqlCall::run(
            query, QStringLiteral("UPDATE user_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
            {dialect.timestampToSql(now), userId}, &dbError))
        return fail(tr("The password could not be reset: %1").arg(dbError));
    const int revoked = std::max(0, query.numRowsAffected());
    if (!audit(userId, QStringLiteral("password_reset"), QStringLiteral("users"), userId,
               {{QStringLiteral("reset_token_id"), tokenId}, {QStringLiteral("sessions_revoked"), revoked}}, QString(),
               &dbError) ||
        !transaction.commit(&dbError))
        return fail(tr("The password could not be reset: %1").arg(dbError));
    return true;
}
