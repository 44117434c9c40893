#include "AreaFactory.h"

#include "admin/ApiKeysPage.h"
#include "admin/AuditLogPage.h"
#include "admin/PermissionsPage.h"
#include "admin/SessionsPage.h"
#include "admin/UsersPage.h"
#include "common/TableBrowser.h"
#include "customers/CustomerListPage.h"

QWidget* AreaFactory::create(const Database& database, const AccessContextPtr& access, const QString& table,
                             QWidget* parent)
{
    if (table == QLatin1String("users"))
        return new UsersPage(database, access, parent);
    if (table == QLatin1String("user_sessions"))
        return new SessionsPage(database, access, parent);
    if (table == QLatin1String("api_keys"))
        return new ApiKeysPage(database, access, parent);
    if (table == QLatin1String("audit_logs"))
        return new AuditLogPage(database, access, parent);
    if (table == QLatin1String("role_permissions"))
        return new PermissionsPage(database, access, parent);
    if (table == QLatin1String("customers"))
        return new CustomerListPage(database, access, parent);
    return new TableBrowser(database, access, table, parent);
}

void AreaFactory::refresh(QWidget* area)
{
    if (auto* browser = qobject_cast<TableBrowser*>(area))
        browser->refresh();
    else if (auto* users = qobject_cast<UsersPage*>(area))
        users->refresh();
    else if (auto* sessions = qobject_cast<SessionsPage*>(area))
        sessions->refresh();
    else if (auto* keys = qobject_cast<ApiKeysPage*>(area))
        keys->refresh();
    else if (auto* audit = qobject_cast<AuditLogPage*>(area))
        audit->refresh();
    else if (auto* customers = qobject_cast<CustomerListPage*>(area))
        customers->refresh(); // keeps the current customer
    else if (auto* permissions = qobject_cast<PermissionsPage*>(area))
        permissions->reload(); // asks before dropping unsaved edits
}

void AreaFactory::onImportRequested(QWidget* area, QObject* context, std::function<void()> handler)
{
    if (auto* customers = qobject_cast<CustomerListPage*>(area))
        QObject::connect(customers, &CustomerListPage::importRequested, context, std::move(handler));
}
