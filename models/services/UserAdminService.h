#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// One row of the user administration list (never the password hash).
struct UserSummary
{
    qint64 id = 0;
    QString email;
    QString fullName;
    QString role;
    bool active = false;
    QDateTime lastLoginAt; // UTC; invalid = never
    QDateTime lockedUntil; // UTC; invalid = not locked
    int failedLoginCount = 0;
    QDateTime createdAt; // UTC
};

// What createUser() made. resetToken is the raw one-time token when no initial password was given:
// it exists only here (the database holds its SHA-256) and must be shown to the admin once.
struct CreatedUser
{
    qint64 id = 0;
    QString resetToken;
    QDateTime resetTokenExpiresAt; // UTC
};

// The administration of accounts for the Users screen: list, create (with an initial password or
// a one-time reset token), change role, deactivate (revoking the user's open sessions),
// reactivate and issue a password reset. Every method checks the AccessContext first (read /
// create / update on users; the reset token also needs create on password_reset_tokens and
// deactivation update on user_sessions) and refuses with a translated message, changing nothing.
// Every change writes its audit_logs row (AuditTrail, actor from the context) in the same
// transaction; hashes and tokens never appear in audit values.
//
// Invariant: at least one active administrator remains. Demoting or deactivating the last active
// admin is refused; the check runs inside the writing transaction, with the active admin rows
// locked on PostgreSQL (SQLite serialises writers). A user may not deactivate themselves or
// change their own role (another administrator must).
class UserAdminService
{
    Q_DECLARE_TR_FUNCTIONS(UserAdminService)

public:
    UserAdminService(const Database& database, AccessContextPtr context);

    // What the context may do, for enabling actions (the methods check again).
    bool canList() const;
    bool canCreate() const;
    bool canUpdate() const;
    bool canIssuePasswordReset() const;

    // Every user, ordered by email; std::nullopt and *error when refused or on a database error.
    std::optional<QList<UserSummary>> listUsers(QString* error = nullptr) const;
    std::optional<UserSummary> user(qint64 userId, QString* error = nullptr) const;

    // Creates a user. email is trimmed and lower-cased and must be unused; role one of
    // PermissionService::roles(). With an initialPassword it must pass UserDirectory's strength
    // rule; without one (std::nullopt) the account gets an unusable random hash and a password
    // reset token is issued in the same transaction (CreatedUser::resetToken).
    std::optional<CreatedUser> createUser(const QString& email, const QString& fullName, const QString& role,
                                          const std::optional<QString>& initialPassword, QString* error = nullptr);

    bool changeRole(qint64 userId, const QString& role, QString* error = nullptr);
    // Deactivates the account and revokes its open sessions.
    bool deactivate(qint64 userId, QString* error = nullptr);
    bool reactivate(qint64 userId, QString* error = nullptr);

    // A one-time reset token for the user, raw (show it once). Delegates to
    // AuthService::issuePasswordReset, which also requires the actor to be an active admin.
    std::optional<QString> issuePasswordReset(qint64 userId, QString* error = nullptr);

private:
    enum class Change
    {
        Role,
        Deactivate,
        Reactivate
    };
    bool apply(Change change, qint64 userId, const QString& role, QString* error);
    // Locks (PostgreSQL) and counts the active admins other than userId, inside the caller's transaction.
    std::optional<qint64> otherActiveAdmins(qint64 userId, QString* error) const;
    bool deny(const QString& resource, PermissionService::Action action, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
