#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
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
// Answers are cached per (role, resource, action) for at most a minute (setCacheLifetime), so a
// change saved in another session applies soon; the permission editor calls invalidate() after
// changing role_permissions so its own session sees the change at once. A database error is a denial (never
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
    // How long a cached answer is trusted before role_permissions is asked again, so changes
    // saved by another session apply without signing in again. Default 60 s.
    void setCacheLifetime(int ms) { m_cacheLifetimeMs = ms; }
    static constexpr int DefaultCacheLifetimeMs = 60 * 1000;

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
    mutable QElapsedTimer m_cacheAge; // since the cache was last emptied
    int m_cacheLifetimeMs = DefaultCacheLifetimeMs;
    mutable QString m_lastError;
};
