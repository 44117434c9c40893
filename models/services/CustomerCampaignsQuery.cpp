#include "CustomerCampaignsQuery.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

CustomerCampaignsQuery::CustomerCampaignsQuery(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool CustomerCampaignsQuery::canRead() const
{
    return m_context->can(QStringLiteral("campaigns"), Action::Read);
}

QString CustomerCampaignsQuery::statusTitle(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

std::optional<QList<CustomerCampaign>> CustomerCampaignsQuery::list(qint64 customerId, QString* error) const
{
    if (!canRead()) {
        if (error)
            *error = m_context->deniedMessage(QStringLiteral("campaigns"), Action::Read);
        return std::nullopt;
    }
    const bool invoices = m_context->can(QStringLiteral("payment_records"), Action::Read);
    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, c.status, c.current_step, CAST(c.escalation_steps AS TEXT), c.payment_id, "
                       "%1, c.started_at, c.paused_at, c.completed_at, c.created_at FROM campaigns c %2"
                       "WHERE c.customer_id = ? ORDER BY c.created_at DESC, c.id DESC")
            .arg(invoices ? QStringLiteral("p.invoice_number") : QStringLiteral("CAST(NULL AS TEXT)"),
                 invoices ? QStringLiteral("LEFT JOIN payment_records p ON p.id = c.payment_id ") : QString());
    bool ok = query.prepare(sql);
    if (ok) {
        query.addBindValue(customerId);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = tr("The campaigns could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<CustomerCampaign> campaigns;
    while (query.next()) {
        CustomerCampaign campaign;
        campaign.id = query.value(0).toLongLong();
        campaign.name = query.value(1).toString();
        campaign.status = query.value(2).toString();
        campaign.currentStep = query.value(3).toInt();
        campaign.stepCount = int(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array().size());
        campaign.paymentId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
        campaign.invoiceNumber = query.value(6).toString();
        campaign.startedAt = dialect.timestampFromSql(query.value(7));
        campaign.pausedAt = dialect.timestampFromSql(query.value(8));
        campaign.completedAt = dialect.timestampFromSql(query.value(9));
        campaign.createdAt = dialect.timestampFromSql(query.value(10));
        campaigns.append(campaign);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = tr("The campaigns could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return campaigns;
}
