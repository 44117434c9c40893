#pragma once

#include "PermissionService.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class AccessContext;
using AccessContextPtr = std::shared_ptr<const AccessContext>;

// Who is acting, for every model and service that reads or writes: the user (id, role, email)
// and the PermissionService that answers for the role. Models hold it as a shared pointer
// (AccessContextPtr) and ask can() before every write and every read; the audit trail takes
// the actor from it.
//
// Kinds:
//   user    - a role checked against role_permissions. With a user id the audit names the user
//             (actor_type "user"); without one (0) it records actor_type "system".
//   system  - the CLI, migrations and the demo seeder: allowed everything without asking
//             role_permissions; audited with actor NULL, actor_type "system". Never the GUI's
//             context for a signed-in user.
//   nobody  - denies everything; what a model has until it is given a context.
class AccessContext
{
    Q_DECLARE_TR_FUNCTIONS(AccessContext)

public:
    enum class Kind
    {
        User,
        System,
        Nobody
    };

    static AccessContextPtr forUser(std::shared_ptr<PermissionService> permissions, qint64 userId, const QString& role,
                                    const QString& email = QString());
    static AccessContextPtr system();
    static AccessContextPtr nobody();

    Kind kind() const { return m_kind; }
    bool isSystem() const { return m_kind == Kind::System; }
    qint64 userId() const { return m_userId; }
    QString role() const { return m_role; }
    QString email() const { return m_email; }
    // The PermissionService of a user context; nullptr for system and nobody.
    PermissionService* permissions() const { return m_permissions.get(); }

    // The audit's actor: the user id, or nullopt (actor_type "system").
    std::optional<qint64> actorId() const;
    QString actorType() const;

    bool can(const QString& resource, PermissionService::Action action) const;
    // Why can() said no, for the user (translated).
    QString deniedMessage(const QString& resource, PermissionService::Action action) const;

private:
    AccessContext(Kind kind, std::shared_ptr<PermissionService> permissions, qint64 userId, const QString& role,
                  const QString& email);

    Kind m_kind = Kind::Nobody;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_userId = 0;
    QString m_role;
    QString m_email;
};
