#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// Answers "may this role do this action on this resource?" from role_permissions (migration
// 0002 seeds the matrix; models/README.md, "Roles and permissions"). Resources are table names;
// '*' as resource or action in role_permissions is a wildcard (DatabaseFunctions::checkPermission,
// i.e. check_permission() on PostgreSQL).
//
// Answers are cached per (role, resource, action) for the life of the service; the permission
// editor calls invalidate() after changing role_permissions. A database error is a denial (never
// cached) and is kept in lastError(). The cache is guarded by a mutex; the database is read on
// the connection of `database`, so call check() on the thread that owns it.
class PermissionService
{
    Q_DECLARE_TR_FUNCTIONS(PermissionService)

public:
    enum class Action
    {
        Read,
        Create,
        Update,
        Delete,
        Export,
        Manage
    };

    // `database` must outlive the service.
    explicit PermissionService(const Database& database);

    bool check(const QString& role, const QString& resource, Action action) const;
    // `action` by name (read, create, update, delete, export, manage); an unknown name is denied.
    bool check(const QString& role, const QString& resource, const QString& action) const;
    // Forgets every cached answer (after role_permissions changed).
    void invalidate();

    // "Your role (collector) may not delete rows in Payment Records." Translated.
    static QString deniedMessage(const QString& role, const QString& resource, Action action);

    static QString actionName(Action action);
    static std::optional<Action> actionFromName(const QString& name);
    static QList<Action> actions();
    // The four roles of the schema (users.role).
    static QStringList roles();
    // "Administrator", "Manager", "Collector", "Auditor" (translated); an unknown role as is.
    static QString roleTitle(const QString& role);

    // Why the last check that could not ask the database failed; empty otherwise.
    QString lastError() const;

private:
    const Database& m_database;
    mutable QMutex m_mutex;
    mutable QHash<QString, bool> m_cache;
    mutable QString m_lastError;
};
