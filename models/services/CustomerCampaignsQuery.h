#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One campaign of a customer as the Campaigns tab lists it.
struct CustomerCampaign
{
    qint64 id = 0;
    QString name;
    QString status; // draft, active, paused, completed, cancelled
    int currentStep = 0;
    int stepCount = 0;     // entries of escalation_steps
    qint64 paymentId = 0;  // 0 = not about one invoice
    QString invoiceNumber; // empty when paymentId is 0 or the context may not read payment_records
    QDateTime startedAt;   // UTC; invalid = not set
    QDateTime pausedAt;
    QDateTime completedAt;
    QDateTime createdAt;
};

// Reads a customer's campaigns (read-only), newest first, through its customer_id index.
// Needs read on campaigns; refuses with a translated message otherwise.
class CustomerCampaignsQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCampaignsQuery)

public:
    CustomerCampaignsQuery(const Database& database, AccessContextPtr context);

    bool canRead() const;
    std::optional<QList<CustomerCampaign>> list(qint64 customerId, QString* error = nullptr) const;

    // "Draft", "Active", "Paused", "Completed", "Cancelled" (translated).
    static QString statusTitle(const QString& status);

private:
    const Database& m_database;
    AccessContextPtr m_context;
};
