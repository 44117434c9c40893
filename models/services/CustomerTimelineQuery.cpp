#include "CustomerTimelineQuery.h"

#include "InvoiceService.h"
#include "OptOutService.h"
#include "db/Database.h"
#include "tables/TableCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

namespace {

// Columns of every branch of the UNION, in this order.
enum Column
{
    TimeColumn,
    KeyColumn,
    KindColumn,
    IdColumn,
    ChannelColumn,
    ActorTypeColumn,
    ActorIdColumn,
    ActorNameColumn,
    A1,
    A2,
    A3,
    A4,
    A5,
    A6,
    Time2Column
};

const QString nullText = QStringLiteral("CAST(NULL AS TEXT)");
const QString nullId = QStringLiteral("CAST(NULL AS BIGINT)");

QString text(const QString& expression)
{
    return QStringLiteral("CAST(%1 AS TEXT)").arg(expression);
}

QString tableTitle(const QString& table)
{
    const TableSpec* spec = TableCatalog::find(table);
    return spec ? spec->translatedTitle() : table;
}

QString columnTitle(const QString& table, const QString& column)
{
    const TableSpec* spec = TableCatalog::find(table);
    const ColumnSpec* columnSpec = spec ? spec->column(column) : nullptr;
    return columnSpec ? TableCatalog::columnHeader(*columnSpec) : column;
}

} // namespace

// One branch of the UNION: a SELECT over the customer's rows of one table, for one kind.
struct CustomerTimelineQuery::Source
{
    TimelineKind kind = TimelineKind::Audit;
    QStringList readTables; // every one must be readable
    QString time;           // the entry's time expression
    QString from;
    QString where; // with `customerParams` placeholders for the customer id
    int customerParams = 1;
    bool customerIdAsText = false; // bind the id as text (audit_logs.entity_id)
    QString id;
    QString channel = nullText;
    QString actorType = QStringLiteral("'system'");
    QString actorId = nullId;
    QString actorName = nullText;
    QStringList values; // A1..A6, padded with NULL text
    QString time2;      // a second timestamp (task due); empty = NULL of the time's type
};

CustomerTimelineQuery::CustomerTimelineQuery(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

QList<TimelineKind> CustomerTimelineQuery::allKinds()
{
    return {TimelineKind::ContactAttempt, TimelineKind::EmailSent, TimelineKind::EmailOpen,
            TimelineKind::EmailClick,     TimelineKind::Bounce,    TimelineKind::Task,
            TimelineKind::Payment,        TimelineKind::Invoice,   TimelineKind::Audit};
}

QString CustomerTimelineQuery::kindTitle(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Audit:
        return tr("Audit entry");
    case TimelineKind::Invoice:
        return tr("Invoice");
    case TimelineKind::Payment:
        return tr("Payment");
    case TimelineKind::Task:
        return tr("Task");
    case TimelineKind::Bounce:
        return tr("Email bounce");
    case TimelineKind::EmailClick:
        return tr("Email click");
    case TimelineKind::EmailOpen:
        return tr("Email open");
    case TimelineKind::EmailSent:
        return tr("Email");
    case TimelineKind::ContactAttempt:
        return tr("Contact attempt");
    }
    return QString();
}

bool CustomerTimelineQuery::mayRead(const QString& table) const
{
    return m_context->can(table, Action::Read);
}

QList<CustomerTimelineQuery::Source> CustomerTimelineQuery::sources() const
{
    QList<Source> list;

    Source contact;
    contact.kind = TimelineKind::ContactAttempt;
    contact.readTables = {QStringLiteral("contact_attempts")};
    contact.time = QStringLiteral("ca.attempted_at");
    contact.from = QStringLiteral("contact_attempts ca LEFT JOIN agents ag ON ag.id = ca.agent_id "
                                  "LEFT JOIN users u ON u.id = ca.staff_user_id");
    contact.where = QStringLiteral("ca.customer_id = ?");
    contact.id = QStringLiteral("ca.id");
    contact.channel = QStringLiteral("ca.channel");
    contact.actorType = QStringLiteral("CASE WHEN ca.agent_id IS NOT NULL THEN 'agent' "
                                       "WHEN ca.staff_user_id IS NOT NULL THEN 'user' ELSE 'system' END");
    contact.actorId = QStringLiteral("ca.staff_user_id");
    contact.actorName = QStringLiteral("CASE WHEN ca.agent_id IS NOT NULL THEN ag.name ELSE u.email END");
    contact.values = {QStringLiteral("ca.direction"), QStringLiteral("ca.status"), QStringLiteral("ca.outcome"),
                      text(QStringLiteral("ca.duration_seconds"))};
    list << contact;

    Source sent;
    sent.kind = TimelineKind::EmailSent;
    sent.readTables = {QStringLiteral("email_deliveries")};
    sent.time = QStringLiteral("COALESCE(d.sent_at, d.created_at)");
    sent.from = QStringLiteral("email_deliveries d");
    sent.where = QStringLiteral("d.customer_id = ?");
    sent.id = QStringLiteral("d.id");
    sent.channel = QStringLiteral("'email'");
    sent.values = {QStringLiteral("d.subject"), QStringLiteral("d.status"), QStringLiteral("d.to_address"),
                   QStringLiteral("d.last_error")};
    list << sent;

    Source opened = sent;
    opened.kind = TimelineKind::EmailOpen;
    opened.time = QStringLiteral("d.opened_at");
    opened.where = QStringLiteral("d.customer_id = ? AND d.opened_at IS NOT NULL");
    opened.values = {QStringLiteral("d.subject"), QStringLiteral("d.status"), QStringLiteral("d.to_address")};
    list << opened;

    Source clicked = sent;
    clicked.kind = TimelineKind::EmailClick;
    clicked.time = QStringLiteral("d.clicked_at");
    clicked.where = QStringLiteral("d.customer_id = ? AND d.clicked_at IS NOT NULL");
    clicked.values = {QStringLiteral("d.subject"), QStringLiteral("d.status"), QStringLiteral("d.to_address")};
    if (mayRead(QStringLiteral("email_links"))) {
        clicked.values << QStringLiteral("(SELECT l.original_url FROM email_links l WHERE l.delivery_id = d.id "
                                         "AND l.first_clicked_at IS NOT NULL ORDER BY l.first_clicked_at, l.id "
                                         "LIMIT 1)");
    }
    list << clicked;

    Source bounce;
    bounce.kind = TimelineKind::Bounce;
    bounce.readTables = {QStringLiteral("email_bounces"), QStringLiteral("email_deliveries")};
    bounce.time = QStringLiteral("b.bounced_at");
    bounce.from = QStringLiteral("email_deliveries d JOIN email_bounces b ON b.delivery_id = d.id");
    bounce.where = QStringLiteral("d.customer_id = ?");
    bounce.id = QStringLiteral("b.id");
    bounce.channel = QStringLiteral("'email'");
    bounce.values = {QStringLiteral("b.bounce_type"), QStringLiteral("b.diagnostic"), QStringLiteral("b.email_address"),
                     QStringLiteral("d.subject")};
    list << bounce;

    Source task;
    task.kind = TimelineKind::Task;
    task.readTables = {QStringLiteral("tasks")};
    task.time = QStringLiteral("tk.created_at");
    task.from = QStringLiteral("tasks tk LEFT JOIN agents ag ON ag.id = tk.assigned_agent_id");
    task.where = QStringLiteral("tk.customer_id = ?");
    task.id = QStringLiteral("tk.id");
    task.channel = QStringLiteral("CASE tk.type WHEN 'email' THEN 'email' WHEN 'sms' THEN 'sms' "
                                  "WHEN 'voice_call' THEN 'voice' WHEN 'letter' THEN 'letter' END");
    task.actorType = QStringLiteral("CASE WHEN tk.assigned_agent_id IS NOT NULL THEN 'agent' ELSE 'system' END");
    task.actorName = QStringLiteral("ag.name");
    task.values = {QStringLiteral("tk.type"), QStringLiteral("tk.status"), text(QStringLiteral("tk.priority"))};
    task.time2 = QStringLiteral("tk.due_at");
    list << task;

    Source invoice;
    invoice.kind = TimelineKind::Invoice;
    invoice.readTables = {QStringLiteral("payment_records")};
    invoice.time = QStringLiteral("p.created_at");
    invoice.from = QStringLiteral("payment_records p");
    invoice.where = QStringLiteral("p.customer_id = ?");
    invoice.id = QStringLiteral("p.id");
    invoice.values = {QStringLiteral("p.invoice_number"),    text(QStringLiteral("p.amount")),
                      QStringLiteral("p.currency"),          QStringLiteral("p.status"),
                      text(QStringLiteral("p.amount_paid")), text(QStringLiteral("p.due_date"))};
    list << invoice;

    Source payment = invoice;
    payment.kind = TimelineKind::Payment;
    payment.time = QStringLiteral("p.paid_at");
    payment.where = QStringLiteral("p.customer_id = ? AND p.paid_at IS NOT NULL");
    list << payment;

    // Audit entries: the customer row itself and the rows that belong to it, each through the
    // (entity_type, entity_id) index.
    const QStringList owned = {QStringLiteral("customer_profiles"), QStringLiteral("payment_records"),
                               QStringLiteral("opt_outs"), QStringLiteral("campaigns"), QStringLiteral("tasks")};
    Source audit;
    audit.kind = TimelineKind::Audit;
    audit.time = QStringLiteral("a.created_at");
    audit.from = QStringLiteral("audit_logs a LEFT JOIN users u ON u.id = a.actor_id");
    audit.id = QStringLiteral("a.id");
    audit.actorType = QStringLiteral("a.actor_type");
    audit.actorId = QStringLiteral("a.actor_id");
    audit.actorName = QStringLiteral("u.email");
    audit.values = {QStringLiteral("a.action"), QStringLiteral("a.entity_type"), QStringLiteral("a.entity_id"),
                    text(QStringLiteral("a.new_values"))};
    Source onCustomer = audit;
    onCustomer.readTables = {QStringLiteral("audit_logs"), QStringLiteral("customers")};
    onCustomer.where = QStringLiteral("a.entity_type = 'customers' AND a.entity_id = ?");
    onCustomer.customerIdAsText = true;
    list << onCustomer;
    for (const QString& table : owned) {
        Source onRow = audit;
        onRow.readTables = {QStringLiteral("audit_logs"), table};
        onRow.where = QStringLiteral("a.entity_type = '%1' AND a.entity_id IN "
                                     "(SELECT CAST(x.id AS TEXT) FROM %1 x WHERE x.customer_id = ?)")
                          .arg(table);
        list << onRow;
    }
    return list;
}

std::optional<CustomerTimelinePage> CustomerTimelineQuery::fetch(qint64 customerId, const CustomerTimelineCursor& after,
                                                                 int limit, const QSet<TimelineKind>& kinds,
                                                                 QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    const int wanted = qBound(1, limit, 10000);
    QStringList branches;
    QVariantList params;
    bool anyReadable = false;
    QString firstDenied;
    for (const Source& source : sources()) {
        bool readable = true;
        for (const QString& table : source.readTables) {
            if (!mayRead(table)) {
                readable = false;
                if (firstDenied.isEmpty())
                    firstDenied = m_context->deniedMessage(table, Action::Read);
                break;
            }
        }
        if (!readable)
            continue;
        anyReadable = true;
        if (!kinds.isEmpty() && !kinds.contains(source.kind))
            continue;

        QStringList values = source.values;
        while (values.size() < 6)
            values << nullText;
        const QString time2 =
            source.time2.isEmpty() ? QStringLiteral("CASE WHEN 1 = 0 THEN %1 END").arg(source.time) : source.time2;
        QString where = source.where;
        const QVariant customer =
            source.customerIdAsText ? QVariant(QString::number(customerId)) : QVariant(customerId);
        for (int i = 0; i < source.customerParams; ++i)
            params << customer;
        if (after.valid) {
            const int kind = int(source.kind);
            if (kind < after.kind) {
                where += QStringLiteral(" AND %1 <= ?").arg(source.time);
                params << after.timeKey;
            } else if (kind > after.kind) {
                where += QStringLiteral(" AND %1 < ?").arg(source.time);
                params << after.timeKey;
            } else {
                where += QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 < ?))").arg(source.time, source.id);
                params << after.timeKey << after.timeKey << after.id;
            }
        }
        const QString select =
            QStringLiteral("SELECT %1 AS t, %2 AS k, %3 AS kind, %4 AS id, %5 AS channel, %6 AS actor_type, "
                           "%7 AS actor_id, %8 AS actor_name, %9 AS a1, %10 AS a2, %11 AS a3, %12 AS a4, %13 AS a5, "
                           "%14 AS a6, %15 AS t2 FROM %16 WHERE %17 ORDER BY 1 DESC, 4 DESC LIMIT %18")
                .arg(source.time, dialect.sortKeyExpression(source.time), QString::number(int(source.kind)), source.id,
                     source.channel, source.actorType, source.actorId, source.actorName, values.at(0))
                .arg(values.at(1), values.at(2), values.at(3), values.at(4), values.at(5), time2, source.from, where)
                .arg(wanted + 1);
        branches << QStringLiteral("SELECT * FROM (%1) AS s%2").arg(select).arg(branches.size() + 1);
    }
    if (!anyReadable) {
        if (error)
            *error = firstDenied;
        return std::nullopt;
    }
    CustomerTimelinePage page;
    if (branches.isEmpty())
        return page;

    // Asked before the query runs: a permission lookup may query the database, which would
    // discard a PostgreSQL result still being read.
    const bool mayReadUsers = mayRead(QStringLiteral("users"));
    const QString sql = branches.join(QStringLiteral(" UNION ALL ")) +
                        QStringLiteral(" ORDER BY 1 DESC, 3 DESC, 4 DESC LIMIT %1").arg(wanted + 1);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& param : std::as_const(params))
            query.addBindValue(param);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = tr("The timeline could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        if (page.items.size() == wanted) {
            page.hasMore = true;
            break;
        }
        page.items.append(toItem(query, mayReadUsers));
        page.next.valid = true;
        page.next.timeKey = query.value(KeyColumn);
        page.next.kind = query.value(KindColumn).toInt();
        page.next.id = query.value(IdColumn).toLongLong();
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = tr("The timeline could not be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!page.next.valid)
        page.next = after;
    return page;
}

QString CustomerTimelineQuery::userLabel(qint64 userId, const QString& email, bool mayReadUsers) const
{
    if (userId <= 0)
        return tr("Staff");
    if (userId == m_context->userId() && !m_context->email().isEmpty())
        return m_context->email();
    if (!email.isEmpty() && mayReadUsers)
        return email;
    return tr("User #%1").arg(userId);
}

CustomerTimelineItem CustomerTimelineQuery::toItem(const QSqlQuery& query, bool mayReadUsers) const
{
    const Dialect& dialect = m_database.dialect();
    CustomerTimelineItem item;
    item.time = dialect.timestampFromSql(query.value(TimeColumn));
    item.kind = TimelineKind(query.value(KindColumn).toInt());
    item.linkId = query.value(IdColumn).toLongLong();
    item.channel = query.value(ChannelColumn).toString();
    const QString actorType = query.value(ActorTypeColumn).toString();
    const qint64 actorId = query.value(ActorIdColumn).isNull() ? 0 : query.value(ActorIdColumn).toLongLong();
    const QString actorName = query.value(ActorNameColumn).toString();
    if (actorType == QLatin1String("agent")) {
        item.actorType = TimelineActorType::Agent;
        item.actor = actorName.isEmpty() ? tr("Agent") : actorName;
    } else if (actorType == QLatin1String("user") && actorId > 0) {
        item.actorType = TimelineActorType::User;
        item.actor = userLabel(actorId, actorName, mayReadUsers);
    } else if (actorType == QLatin1String("api_key")) {
        item.actor = tr("API key");
    } else {
        item.actor = tr("System");
    }
    auto value = [&query](int column) { return query.value(column).toString(); };
    const QLocale locale;

    switch (item.kind) {
    case TimelineKind::ContactAttempt: {
        item.linkTable = QStringLiteral("contact_attempts");
        const QString direction = value(A1) == QLatin1String("inbound") ? tr("inbound") : tr("outbound");
        QString summary = tr("%1, %2: %3")
                              .arg(OptOutService::channelTitle(item.channel), direction,
                                   value(A2).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (!query.value(A4).isNull()) {
            const int seconds = query.value(A4).toInt();
            summary += tr(" (%1:%2 min)").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
        if (!value(A3).isEmpty())
            summary += QStringLiteral(" - ") + value(A3);
        item.summary = summary;
        break;
    }
    case TimelineKind::EmailSent:
        item.linkTable = QStringLiteral("email_deliveries");
        item.summary = tr("Email \u201c%1\u201d to %2 (%3)")
                           .arg(value(A1), value(A3), value(A2).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (!value(A4).isEmpty())
            item.summary += QStringLiteral(": ") + value(A4);
        break;
    case TimelineKind::EmailOpen:
        item.linkTable = QStringLiteral("email_deliveries");
        item.summary = tr("Opened email \u201c%1\u201d").arg(value(A1));
        break;
    case TimelineKind::EmailClick:
        item.linkTable = QStringLiteral("email_deliveries");
        item.summary = value(A4).isEmpty() ? tr("Clicked a link in email \u201c%1\u201d").arg(value(A1))
                                           : tr("Clicked %1 in email \u201c%2\u201d").arg(value(A4), value(A1));
        break;
    case TimelineKind::Bounce: {
        item.linkTable = QStringLiteral("email_bounces");
        const QString type = value(A1) == QLatin1String("hard")   ? tr("Hard bounce")
                             : value(A1) == QLatin1String("soft") ? tr("Soft bounce")
                                                                  : tr("Complaint");
        item.summary = tr("%1 from %2 for email \u201c%3\u201d").arg(type, value(A3), value(A4));
        if (!value(A2).isEmpty())
            item.summary += QStringLiteral(": ") + value(A2);
        break;
    }
    case TimelineKind::Task: {
        item.linkTable = QStringLiteral("tasks");
        const QDateTime due = dialect.timestampFromSql(query.value(Time2Column));
        item.summary = tr("Task %1 (priority %2): %3")
                           .arg(value(A1).replace(QLatin1Char('_'), QLatin1Char(' ')), value(A3),
                                value(A2).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (due.isValid())
            item.summary += tr(", due %1").arg(locale.toString(due.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    case TimelineKind::Invoice:
    case TimelineKind::Payment: {
        item.linkTable = QStringLiteral("payment_records");
        const QString currency = value(A3);
        const Money amount = dialect.moneyFromSql(query.value(A2), currency);
        const Money paid = dialect.moneyFromSql(query.value(A5), currency);
        const QDate due = dialect.dateFromSql(query.value(A6));
        if (item.kind == TimelineKind::Invoice) {
            item.summary = tr("Invoice %1 issued: %2 %3, due %4 (%5)")
                               .arg(value(A1), amount.toDecimalString(), currency,
                                    locale.toString(due, QLocale::ShortFormat), InvoiceService::statusTitle(value(A4)));
        } else {
            item.summary = tr("Payment on invoice %1: %2 of %3 %4 paid (%5)")
                               .arg(value(A1), paid.toDecimalString(), amount.toDecimalString(), currency,
                                    InvoiceService::statusTitle(value(A4)));
        }
        break;
    }
    case TimelineKind::Audit: {
        item.linkTable = QStringLiteral("audit_logs");
        const QString action = value(A1);
        const QString table = value(A2);
        QString verb;
        if (action == QLatin1String("create"))
            verb = tr("created");
        else if (action == QLatin1String("update"))
            verb = tr("changed");
        else if (action == QLatin1String("delete"))
            verb = tr("deleted");
        else if (action == QLatin1String("revoke"))
            verb = tr("revoked");
        else if (action == QLatin1String("payment"))
            verb = tr("payment recorded");
        else
            verb = QString(action).replace(QLatin1Char('_'), QLatin1Char(' '));
        item.summary = tr("%1 #%2: %3").arg(tableTitle(table), value(A3), verb);
        if (action == QLatin1String("update")) {
            const QJsonObject changed = QJsonDocument::fromJson(value(A4).toUtf8()).object();
            QStringList fields;
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
                fields << columnTitle(table, it.key());
            if (!fields.isEmpty())
                item.summary += QStringLiteral(" (") + fields.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        break;
    }
    }
    return item;
}
