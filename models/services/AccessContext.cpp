#include "AccessContext.h"

#include "tables/TableCatalog.h"

AccessContext::AccessContext(Kind kind, std::shared_ptr<PermissionService> permissions, qint64 userId,
                             const QString& role, const QString& email)
    : m_kind(kind), m_permissions(std::move(permissions)), m_userId(userId), m_role(role), m_email(email)
{
}

AccessContextPtr AccessContext::forUser(std::shared_ptr<PermissionService> permissions, qint64 userId,
                                        const QString& role, const QString& email)
{
    if (!permissions)
        return nobody();
    return AccessContextPtr(
        new AccessContext(Kind::User, std::move(permissions), userId > 0 ? userId : 0, role, email));
}

AccessContextPtr AccessContext::system()
{
    static const AccessContextPtr context(
        new AccessContext(Kind::System, nullptr, 0, QStringLiteral("system"), QString()));
    return context;
}

AccessContextPtr AccessContext::nobody()
{
    static const AccessContextPtr context(new AccessContext(Kind::Nobody, nullptr, 0, QString(), QString()));
    return context;
}

std::optional<qint64> AccessContext::actorId() const
{
    return m_kind == Kind::User && m_userId > 0 ? std::optional<qint64>(m_userId) : std::nullopt;
}

QString AccessContext::actorType() const
{
    return actorId() ? QStringLiteral("user") : QStringLiteral("system");
}

bool AccessContext::can(const QString& resource, PermissionService::Action action) const
{
    switch (m_kind) {
    case Kind::System:
        return true;
    case Kind::Nobody:
        return false;
    case Kind::User:
        return m_permissions->check(m_role, resource, action);
    }
    return false;
}

QString AccessContext::deniedMessage(const QString& resource, PermissionService::Action action) const
{
    if (m_kind == Kind::Nobody) {
        const TableSpec* table = TableCatalog::find(resource);
        return tr("Nobody is signed in: %1 cannot be used.").arg(table ? table->translatedTitle() : resource);
    }
    return PermissionService::deniedMessage(m_role, resource, action);
}
