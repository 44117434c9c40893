#include "CustomerRecordRisk.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

CustomerRecordRisk::CustomerRecordRisk(const Database& database) : m_database(database) {}

std::optional<CustomerRecordRisk::Inputs> CustomerRecordRisk::inputs(qint64 customerId, QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    const QString today = dialect.todayExpression();
    // The oldest overdue due date instead of the largest difference: date arithmetic differs
    // between the engines, so the days are counted in C++ against the database's own "today".
    const QString overdue = QStringLiteral("FROM payment_records p WHERE p.customer_id = c.id "
                                           "AND p.status IN ('pending', 'partial', 'overdue') AND p.due_date < %1")
                                .arg(today);
    const QString sql =
        QStringLiteral("SELECT (SELECT COUNT(*) %1), (SELECT MIN(p.due_date) %1), "
                       "EXISTS (SELECT 1 FROM payment_records d WHERE d.customer_id = c.id AND d.status = 'disputed'), "
                       "c.email IS NOT NULL AND EXISTS (SELECT 1 FROM email_bounces b WHERE b.bounce_type = 'hard' "
                       "AND lower(b.email_address) = lower(c.email)), "
                       "(SELECT COUNT(*) FROM contact_attempts a WHERE a.customer_id = c.id AND a.status = 'failed' "
                       "AND a.attempted_at >= ?), "
                       "%2 "
                       "FROM customers c WHERE c.id = ?")
            .arg(overdue, today);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(dialect.timestampToSql(QDateTime::currentDateTimeUtc().addDays(-30)));
    query.addBindValue(customerId);
    if (!query.exec()) {
        if (error)
            *error = tr("The risk inputs could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no customer with id %1.").arg(customerId);
        return std::nullopt;
    }
    Inputs result;
    result.overdueInvoices = query.value(0).toLongLong();
    const QDate oldestDue = dialect.dateFromSql(query.value(1));
    const QDate databaseToday = dialect.dateFromSql(query.value(5));
    result.maxDaysOverdue = oldestDue.isValid() && databaseToday.isValid() ? oldestDue.daysTo(databaseToday) : 0;
    result.disputedInvoice = query.value(2).toBool();
    result.hardBounce = query.value(3).toBool();
    result.failedContacts = query.value(4).toLongLong();
    return result;
}

QList<CustomerRiskFactor> CustomerRecordRisk::factors(const Inputs& in)
{
    QList<CustomerRiskFactor> list;
    list.append({QStringLiteral("overdue_invoices"),
                 tr("%n overdue invoice(s) (10 points each, at most 40)", nullptr, int(in.overdueInvoices)),
                 int(std::min<qint64>(40, 10 * in.overdueInvoices)), 40});
    list.append({QStringLiteral("days_overdue"),
                 tr("Oldest overdue invoice %n day(s) past due (1 point per 3 days, at most 30)", nullptr,
                    int(in.maxDaysOverdue)),
                 int(std::min<qint64>(30, in.maxDaysOverdue / 3)), 30});
    list.append({QStringLiteral("disputed_invoice"),
                 in.disputedInvoice ? tr("An invoice is disputed (10 points)") : tr("No invoice is disputed"),
                 in.disputedInvoice ? 10 : 0, 10});
    list.append({QStringLiteral("hard_bounce"),
                 in.hardBounce ? tr("E-mail to the customer's address hard-bounced (10 points)")
                               : tr("No hard bounce for the customer's e-mail address"),
                 in.hardBounce ? 10 : 0, 10});
    list.append({QStringLiteral("failed_contacts"),
                 tr("%n failed contact attempt(s) in the last 30 days (5 points each, at most 10)", nullptr,
                    int(in.failedContacts)),
                 int(std::min<qint64>(10, 5 * in.failedContacts)), 10});
    return list;
}

int CustomerRecordRisk::score(const QList<CustomerRiskFactor>& factors)
{
    int sum = 0;
    for (const CustomerRiskFactor& factor : factors)
        sum += factor.points;
    return std::clamp(sum, 0, 100);
}

QString CustomerRecordRisk::levelTitle(const QString& level)
{
    if (level == QLatin1String("low"))
        return tr("Low");
    if (level == QLatin1String("medium"))
        return tr("Medium");
    if (level == QLatin1String("high"))
        return tr("High");
    if (level == QLatin1String("critical"))
        return tr("Critical");
    return level;
}
