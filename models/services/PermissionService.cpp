#include "PermissionService.h"

#include "DatabaseFunctions.h"
#include "tables/TableCatalog.h"

#include <QDebug>
#include <QMutexLocker>

namespace {

QString cacheKey(const QString& role, const QString& resource, const QString& action)
{
    // Roles, resources and actions are identifiers: a control character cannot occur in them.
    return role + QChar(0x1f) + resource + QChar(0x1f) + action;
}

} // namespace

PermissionService::PermissionService(const Database& database) : m_database(database) {}

QList<PermissionService::Action> PermissionService::actions()
{
    return {Action::Read, Action::Create, Action::Update, Action::Delete, Action::Export, Action::Manage};
}

QStringList PermissionService::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("collector"), QStringLiteral("auditor")};
}

QString PermissionService::actionName(Action action)
{
    switch (action) {
    case Action::Read:
        return QStringLiteral("read");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Manage:
        return QStringLiteral("manage");
    }
    return QString();
}

std::optional<PermissionService::Action> PermissionService::actionFromName(const QString& name)
{
    for (const Action action : actions()) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

bool PermissionService::check(const QString& role, const QString& resource, const QString& action) const
{
    const auto known = actionFromName(action);
    return known && check(role, resource, *known);
}

bool PermissionService::check(const QString& role, const QString& resource, Action action) const
{
    if (role.isEmpty() || resource.isEmpty())
        return false;
    const QString name = actionName(action);
    const QString key = cacheKey(role, resource, name);
    QMutexLocker locker(&m_mutex);
    // Changes made elsewhere (another administrator's editor, another computer) apply within
    // cacheLifetimeMs: older answers are asked again.
    if (!m_cacheAge.isValid() || m_cacheAge.hasExpired(m_cacheLifetimeMs)) {
        m_cache.clear();
        m_cacheAge.start();
    }
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QString error;
    const std::optional<bool> allowed = DatabaseFunctions(m_database).checkPermission(role, resource, name, &error);
    if (!allowed) {
        m_lastError = error;
        qWarning().noquote() << "PermissionService: cannot check" << role << resource << name << "-" << error;
        return false; // a failed check denies, and is asked again next time
    }
    m_cache.insert(key, *allowed);
    return *allowed;
}

void PermissionService::invalidate()
{
    QMutexLocker locker(&m_mutex);
    m_cache.clear();
    m_lastError.clear();
}

QString PermissionService::lastError() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastError;
}

QString PermissionService::deniedMessage(const QString& role, const QString& resource, Action action)
{
    const TableSpec* table = TableCatalog::find(resource);
    const QString title = table ? table->translatedTitle() : resource;
    const QString who = role.isEmpty() ? tr("none") : role;
    switch (action) {
    case Action::Read:
        return tr("Your role (%1) may not read %2.").arg(who, title);
    case Action::Create:
        return tr("Your role (%1) may not add rows to %2.").arg(who, title);
    case Action::Update:
        return tr("Your role (%1) may not change rows in %2.").arg(who, title);
    case Action::Delete:
        return tr("Your role (%1) may not delete rows in %2.").arg(who, title);
    case Action::Export:
        return tr("Your role (%1) may not export %2.").arg(who, title);
    case Action::Manage:
        return tr("Your role (%1) may not manage %2.").arg(who, title);
    }
    return QString();
}

QString PermissionService::roleTitle(const QString& role)
{
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    if (role == QLatin1String("collector"))
        return tr("Collector");
    if (role == QLatin1String("auditor"))
        return tr("Auditor");
    return role;
}
