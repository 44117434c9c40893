#include "UserAdminService.h"

#include "AuditTrail.h"
#include "AuthService.h"
#include "PasswordHasher.h"
#include "UserDirectory.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using Action = PermissionService::Action;

namespace {

const QString usersTable = QStringLiteral("users");
const QString sessionsTable = QStringLiteral("user_sessions");
const QString resetTokensTable = QStringLiteral("password_reset_tokens");
const QString adminRole = QStringLiteral("admin");

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QString selectUsers = QStringLiteral("SELECT id, email, full_name, role, is_active, last_login_at, locked_until, "
                                           "failed_login_count, created_at FROM users");

} // namespace

UserAdminService::UserAdminService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool UserAdminService::canList() const
{
    return m_context->can(usersTable, Action::Read);
}

bool UserAdminService::canCreate() const
{
    return m_context->can(usersTable, Action::Create);
}

bool UserAdminService::canUpdate() const
{
    return m_context->can(usersTable, Action::Update);
}

bool UserAdminService::canIssuePasswordReset() const
{
    return m_context->can(resetTokensTable, Action::Create);
}

bool UserAdminService::deny(const QString& resource, Action action, QString* error) const
{
    return SqlCall::fail(error, m_context->deniedMessage(resource, action));
}

std::optional<QList<UserSummary>> UserAdminService::listUsers(QString* error) const
{
    if (!canList()) {
        deny(usersTable, Action::Read, error);
        return std::nullopt;
    }
    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    if (!SqlCall::run(query, selectUsers + QStringLiteral(" ORDER BY email, id"), {}, &dbError)) {
        SqlCall::fail(error, tr("The users could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QList<UserSummary> users;
    while (query.next()) {
        UserSummary user;
        user.id = query.value(0).toLongLong();
        user.email = query.value(1).toString();
        user.fullName = query.value(2).toString();
        user.role = query.value(3).toString();
        user.active = query.value(4).toBool();
        user.lastLoginAt = dialect.timestampFromSql(query.value(5));
        user.lockedUntil = dialect.timestampFromSql(query.value(6));
        user.failedLoginCount = query.value(7).toInt();
        user.createdAt = dialect.timestampFromSql(query.value(8));
        users.append(user);
    }
    return users;
}

std::optional<UserSummary> UserAdminService::user(qint64 userId, QString* error) const
{
    const auto users = listUsers(error);
    if (!users)
        return std::nullopt;
    for (const UserSummary& candidate : *users) {
        if (candidate.id == userId)
            return candidate;
    }
    SqlCall::fail(error, tr("There is no user with id %1.").arg(userId));
    return std::nullopt;
}

std::optional<CreatedUser> UserAdminService::createUser(const QString& email, const QString& fullName,
                                                        const QString& role,
                                                        const std::optional<QString>& initialPassword, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<CreatedUser> {
        SqlCall::fail(error, message);
        return std::nullopt;
    };
    if (!canCreate()) {
        deny(usersTable, Action::Create, error);
        return std::nullopt;
    }
    if (!initialPassword && !canIssuePasswordReset()) {
        deny(resetTokensTable, Action::Create, error);
        return std::nullopt;
    }
    const QString normalized = email.trimmed().toLower();
    const QString name = fullName.trimmed();
    QString problem = UserDirectory::validate({normalized, role, name});
    if (problem.isEmpty() && !PermissionService::roles().contains(role))
        problem = tr("Unknown role \"%1\".").arg(role);
    if (problem.isEmpty() && initialPassword)
        problem = UserDirectory::validatePassword(*initialPassword);
    if (!problem.isEmpty())
        return fail(problem);

    // Without a password: the Argon2id hash of 256 random bits nobody keeps, a well-formed hash
    // that no password matches. The user sets a password with the reset token.
    const QString hash = PasswordHasher::hash(initialPassword ? *initialPassword : AuthService::newRawToken());
    if (hash.isEmpty())
        return fail(tr("The password could not be hashed (out of memory)."));

    const TableSpec* users = TableCatalog::find(usersTable);
    const Dialect& dialect = m_database.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString dbError;
    auto databaseError = [&] { return fail(tr("The user could not be created: %1").arg(dbError)); };
    const QString duplicate = tr("A user with the email %1 already exists.").arg(normalized);

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"), {normalized}, &dbError) ||
        !query.next())
        return databaseError();
    if (query.value(0).toLongLong() > 0)
        return fail(duplicate);

    CreatedUser created;
    if (!SqlCall::run(
            query,
            QStringLiteral("INSERT INTO users (email, password_hash, full_name, role, is_active, password_changed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {normalized, hash, name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name), role,
             dialect.boolToSql(true), initialPassword ? dialect.timestampToSql(now) : dialect.timestampToSql({})},
            &dbError) ||
        !query.next()) {
        // A concurrent creation of the same address trips the unique index: say so plainly.
        QSqlQuery check(m_database.connection());
        transaction.rollback();
        if (SqlCall::run(check, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"), {normalized}, nullptr) &&
            check.next() && check.value(0).toLongLong() > 0)
            return fail(duplicate);
        return databaseError();
    }
    created.id = query.value(0).toLongLong();
    query.finish(); // SQLite cannot commit while a RETURNING statement is still open

    const AuditTrail audit(m_database, *m_context);
    const QJsonObject values{
        {QStringLiteral("email"), normalized},
        {QStringLiteral("full_name"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
        {QStringLiteral("role"), role},
        {QStringLiteral("is_active"), true},
        {QStringLiteral("initial_password"), initialPassword ? QStringLiteral("set") : QStringLiteral("reset_token")}};
    if (!audit.recordCreate(*users, created.id, values, &dbError))
        return fail(dbError);

    if (!initialPassword) {
        // The same token AuthService::issuePasswordReset issues, written in this transaction so
        // that a user never exists without the means to set a password.
        created.resetToken = AuthService::newRawToken();
        created.resetTokenExpiresAt = now.addSecs(60LL * AuthService::Policy().resetTokenMinutes);
        const std::optional<qint64> actor = m_context->actorId();
        if (!SqlCall::run(query,
                          QStringLiteral("INSERT INTO password_reset_tokens (user_id, token, expires_at, created_by) "
                                         "VALUES (?, ?, ?, ?) RETURNING id"),
                          {created.id, AuthService::sha256Hex(created.resetToken),
                           dialect.timestampToSql(created.resetTokenExpiresAt),
                           actor ? QVariant(*actor) : QVariant(QMetaType(QMetaType::LongLong))},
                          &dbError) ||
            !query.next())
            return databaseError();
        const qint64 tokenId = query.value(0).toLongLong();
        query.finish();
        if (!audit.recordEvent(QStringLiteral("password_reset_issued"), *users, created.id, QJsonObject(),
                               {{QStringLiteral("reset_token_id"), tokenId},
                                {QStringLiteral("expires_at"), isoUtc(created.resetTokenExpiresAt)}},
                               &dbError))
            return fail(dbError);
    }
    if (!transaction.commit(&dbError))
        return databaseError();
    return created;
}

std::optional<qint64> UserAdminService::otherActiveAdmins(qint64 userId, QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // PostgreSQL (READ COMMITTED) would let two transactions each demote a different one of two
    // admins; locking the active admin rows serialises them, and the one that waits re-reads the
    // rows after the other commits. SQLite has one writer at a time and needs no lock.
    const QString sql = QStringLiteral("SELECT id FROM users WHERE role = ? AND is_active = ?") +
                        (dialect.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString());
    if (!SqlCall::run(query, sql, {adminRole, dialect.boolToSql(true)}, error))
        return std::nullopt;
    qint64 others = 0;
    while (query.next()) {
        if (query.value(0).toLongLong() != userId)
            ++others;
    }
    return others;
}

bool UserAdminService::changeRole(qint64 userId, const QString& role, QString* error)
{
    return apply(Change::Role, userId, role, error);
}

bool UserAdminService::deactivate(qint64 userId, QString* error)
{
    return apply(Change::Deactivate, userId, QString(), error);
}

bool UserAdminService::reactivate(qint64 userId, QString* error)
{
    return apply(Change::Reactivate, userId, QString(), error);
}

bool UserAdminService::apply(Change change, qint64 userId, const QString& role, QString* error)
{
    if (!canUpdate())
        return deny(usersTable, Action::Update, error);
    if (change == Change::Deactivate && !m_context->can(sessionsTable, Action::Update))
        return deny(sessionsTable, Action::Update, error);
    if (change == Change::Role && !PermissionService::roles().contains(role))
        return SqlCall::fail(
            error,
            tr("Unknown role \"%1\": use one of %2.").arg(role, PermissionService::roles().join(QStringLiteral(", "))));

    const TableSpec* users = TableCatalog::find(usersTable);
    const Dialect& dialect = m_database.dialect();
    QString dbError;
    auto databaseError = [&] { return SqlCall::fail(error, tr("The user could not be changed: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    // Lock first (PostgreSQL), then read the target: both reads see the latest committed state.
    const std::optional<qint64> otherAdmins = otherActiveAdmins(userId, &dbError);
    if (!otherAdmins)
        return databaseError();
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query, QStringLiteral("SELECT email, role, is_active FROM users WHERE id = ?"), {userId},
                      &dbError))
        return databaseError();
    if (!query.next())
        return SqlCall::fail(error, tr("There is no user with id %1.").arg(userId));
    const QString email = query.value(0).toString();
    const QString oldRole = query.value(1).toString();
    const bool active = query.value(2).toBool();
    query.finish();

    // Nothing to do: the user is already in the requested state.
    if ((change == Change::Role && oldRole == role) || (change == Change::Deactivate && !active) ||
        (change == Change::Reactivate && active))
        return true;

    const bool removesAdmin = oldRole == adminRole && active &&
                              (change == Change::Deactivate || (change == Change::Role && role != adminRole));
    if (removesAdmin && *otherAdmins == 0)
        return SqlCall::fail(error,
                             change == Change::Deactivate
                                 ? tr("%1 is the last active administrator and cannot be deactivated. Make another "
                                      "user an administrator first.")
                                       .arg(email)
                                 : tr("%1 is the last active administrator and must keep the administrator role. "
                                      "Make another user an administrator first.")
                                       .arg(email));
    if (userId == m_context->userId() && change != Change::Reactivate)
        return SqlCall::fail(error,
                             change == Change::Deactivate
                                 ? tr("You cannot deactivate your own account. Another administrator must do it.")
                                 : tr("You cannot change your own role. Another administrator must do it."));

    const AuditTrail audit(m_database, *m_context);
    if (change == Change::Role) {
        if (!SqlCall::run(query, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {role, userId}, &dbError))
            return databaseError();
        if (!audit.recordEvent(QStringLiteral("role_change"), *users, userId, {{QStringLiteral("role"), oldRole}},
                               {{QStringLiteral("role"), role}}, &dbError))
            return SqlCall::fail(error, dbError);
    } else {
        const bool activate = change == Change::Reactivate;
        if (!SqlCall::run(query, QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"),
                          {dialect.boolToSql(activate), userId}, &dbError))
            return databaseError();
        QJsonObject newValues{{QStringLiteral("is_active"), activate}};
        if (!activate) {
            if (!SqlCall::run(
                    query,
                    QStringLiteral("UPDATE user_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                    {dialect.timestampToSql(QDateTime::currentDateTimeUtc()), userId}, &dbError))
                return databaseError();
            newValues.insert(QStringLiteral("sessions_revoked"), std::max(0, query.numRowsAffected()));
        }
        if (!audit.recordEvent(activate ? QStringLiteral("reactivate") : QStringLiteral("deactivate"), *users, userId,
                               {{QStringLiteral("is_active"), !activate}}, newValues, &dbError))
            return SqlCall::fail(error, dbError);
    }
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}

std::optional<QString> UserAdminService::issuePasswordReset(qint64 userId, QString* error)
{
    if (!canIssuePasswordReset()) {
        deny(resetTokensTable, Action::Create, error);
        return std::nullopt;
    }
    const std::optional<qint64> actor = m_context->actorId();
    return AuthService(m_database).issuePasswordReset(actor.value_or(0), userId, error);
}
