#include "TableModelFactory.h"

#include "AgentsModel.h"
#include "ApiKeysModel.h"
#include "AuditLogsModel.h"
#include "CampaignEmailStatsModel.h"
#include "CampaignsModel.h"
#include "ComplianceRulesModel.h"
#include "ContactAttemptsModel.h"
#include "CustomerProfilesModel.h"
#include "CustomersModel.h"
#include "EmailBouncesModel.h"
#include "EmailDeliveriesModel.h"
#include "EmailLinksModel.h"
#include "EmailSuppressionsModel.h"
#include "LlmBudgetLimitsModel.h"
#include "LlmCacheModel.h"
#include "LlmUsageLogsModel.h"
#include "OptOutsModel.h"
#include "PagedTableModel.h"
#include "PasswordResetTokensModel.h"
#include "PaymentRecordsModel.h"
#include "RolePermissionsModel.h"
#include "SystemMetricsModel.h"
#include "TableCatalog.h"
#include "TasksModel.h"
#include "TemplatesModel.h"
#include "UserSessionsModel.h"
#include "UsersModel.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <functional>

namespace {

using Creator = std::function<SqlTableModel*(const Database&, QObject*)>;

template <typename Model> Creator creator()
{
    return [](const Database& database, QObject* parent) -> SqlTableModel* { return new Model(database, parent); };
}

const QHash<QString, Creator>& creators()
{
    static const QHash<QString, Creator> table = {
        {QStringLiteral("users"), creator<UsersModel>()},
        {QStringLiteral("user_sessions"), creator<UserSessionsModel>()},
        {QStringLiteral("password_reset_tokens"), creator<PasswordResetTokensModel>()},
        {QStringLiteral("api_keys"), creator<ApiKeysModel>()},
        {QStringLiteral("role_permissions"), creator<RolePermissionsModel>()},
        {QStringLiteral("customers"), creator<CustomersModel>()},
        {QStringLiteral("customer_profiles"), creator<CustomerProfilesModel>()},
        {QStringLiteral("payment_records"), creator<PaymentRecordsModel>()},
        {QStringLiteral("opt_outs"), creator<OptOutsModel>()},
        {QStringLiteral("campaigns"), creator<CampaignsModel>()},
        {QStringLiteral("tasks"), creator<TasksModel>()},
        {QStringLiteral("agents"), creator<AgentsModel>()},
        {QStringLiteral("contact_attempts"), creator<ContactAttemptsModel>()},
        {QStringLiteral("templates"), creator<TemplatesModel>()},
        {QStringLiteral("email_deliveries"), creator<EmailDeliveriesModel>()},
        {QStringLiteral("email_bounces"), creator<EmailBouncesModel>()},
        {QStringLiteral("email_suppressions"), creator<EmailSuppressionsModel>()},
        {QStringLiteral("email_links"), creator<EmailLinksModel>()},
        {QStringLiteral("audit_logs"), creator<AuditLogsModel>()},
        {QStringLiteral("compliance_rules"), creator<ComplianceRulesModel>()},
        {QStringLiteral("system_metrics"), creator<SystemMetricsModel>()},
        {QStringLiteral("llm_usage_logs"), creator<LlmUsageLogsModel>()},
        {QStringLiteral("llm_budget_limits"), creator<LlmBudgetLimitsModel>()},
        {QStringLiteral("llm_cache"), creator<LlmCacheModel>()},
        {QStringLiteral("campaign_email_stats"), creator<CampaignEmailStatsModel>()},
    };
    return table;
}

QString unknownTable(const QString& table)
{
    return QCoreApplication::translate("TableModelFactory", "Unknown table %1.").arg(table);
}

} // namespace

SqlTableModel* TableModelFactory::createTableModel(const Database& database, const AccessContextPtr& access,
                                                   const QString& table, QObject* parent)
{
    const auto it = creators().constFind(table);
    if (it == creators().constEnd() || !TableCatalog::find(table))
        return nullptr;
    SqlTableModel* model = (*it)(database, parent);
    model->setAccessContext(access);
    return model;
}

QAbstractItemModel* TableModelFactory::createBrowseModel(const Database& database, const AccessContextPtr& access,
                                                         const QString& table, QObject* parent, QString* error)
{
    const TableSpec* spec = TableCatalog::find(table);
    if (!spec) {
        if (error)
            *error = unknownTable(table);
        return nullptr;
    }
    if (spec->large) {
        auto* model = new PagedTableModel(database, access, *spec, parent);
        if (!model->select()) {
            if (error)
                *error = model->lastError();
            delete model;
            return nullptr;
        }
        return model;
    }
    SqlTableModel* model = createTableModel(database, access, table, parent);
    if (!model) {
        if (error)
            *error = unknownTable(table);
        return nullptr;
    }
    if (!model->select()) {
        if (error)
            *error = model->lastError().text();
        delete model;
        return nullptr;
    }
    return model;
}
