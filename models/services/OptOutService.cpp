#include "OptOutService.h"

#include "AuditTrail.h"
#include "CustomerHold.h"
#include "DatabaseFunctions.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

namespace {

const QString optOutsTable = QStringLiteral("opt_outs");
const QString usersTable = QStringLiteral("users");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

const ChannelContactStatus* CustomerContactStatus::channel(const QString& name) const
{
    for (const ChannelContactStatus& status : channels) {
        if (status.channel == name)
            return &status;
    }
    return nullptr;
}

OptOutService::OptOutService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool OptOutService::canRead() const
{
    return m_context->can(optOutsTable, Action::Read);
}

bool OptOutService::canRecord() const
{
    return m_context->can(optOutsTable, Action::Create);
}

bool OptOutService::canRevoke() const
{
    return m_context->can(optOutsTable, Action::Update);
}

QStringList OptOutService::contactChannels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("voice"), QStringLiteral("letter")};
}

QStringList OptOutService::recordableChannels()
{
    return contactChannels() << QStringLiteral("all");
}

QStringList OptOutService::sources()
{
    return {QStringLiteral("customer_request"),
            QStringLiteral("sms_keyword"),
            QStringLiteral("email_unsubscribe"),
            QStringLiteral("agent"),
            QStringLiteral("staff"),
            QStringLiteral("legal"),
            QStringLiteral("import")};
}

QString OptOutService::channelTitle(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("voice"))
        return tr("Voice");
    if (channel == QLatin1String("letter"))
        return tr("Letter");
    if (channel == QLatin1String("all"))
        return tr("All channels");
    return channel;
}

QString OptOutService::channelInSentence(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("email");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("voice"))
        return tr("voice");
    if (channel == QLatin1String("letter"))
        return tr("letter");
    if (channel == QLatin1String("all"))
        return tr("all channels");
    return channel;
}

QString OptOutService::sourceTitle(const QString& source)
{
    if (source == QLatin1String("customer_request"))
        return tr("Customer request");
    if (source == QLatin1String("sms_keyword"))
        return tr("SMS keyword");
    if (source == QLatin1String("email_unsubscribe"))
        return tr("Email unsubscribe");
    if (source == QLatin1String("agent"))
        return tr("Agent");
    if (source == QLatin1String("staff"))
        return tr("Staff");
    if (source == QLatin1String("legal"))
        return tr("Legal");
    if (source == QLatin1String("import"))
        return tr("Import");
    return source;
}

QString OptOutService::holdTitle(const QString& hold)
{
    return CustomerHold::titleForKey(hold);
}

QString OptOutService::userLabel(qint64 userId, const QString& email, bool mayReadUsers) const
{
    if (userId <= 0)
        return QString();
    if (userId == m_context->userId() && !m_context->email().isEmpty())
        return m_context->email();
    if (!email.isEmpty() && mayReadUsers)
        return email;
    return tr("User #%1").arg(userId);
}

std::optional<QList<OptOutRecord>> OptOutService::select(const QString& where, const QVariantList& params,
                                                         QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    // Asked before the query runs: a permission lookup may query the database, which would
    // discard a PostgreSQL result still being read.
    const bool mayReadUsers = m_context->can(usersTable, Action::Read);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    const QString sql =
        QStringLiteral("SELECT o.id, o.customer_id, o.channel, o.reason, o.source, o.recorded_by, u.email, "
                       "o.created_at, o.revoked_at FROM opt_outs o LEFT JOIN users u ON u.id = o.recorded_by "
                       "WHERE ") +
        where +
        QStringLiteral(" ORDER BY CASE WHEN o.revoked_at IS NULL THEN 0 ELSE 1 END, o.created_at DESC, o.id DESC");
    if (!SqlCall::run(query, sql, params, &dbError)) {
        SqlCall::fail(error, tr("The opt-outs could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QList<OptOutRecord> records;
    while (query.next()) {
        OptOutRecord record;
        record.id = query.value(0).toLongLong();
        record.customerId = query.value(1).toLongLong();
        record.channel = query.value(2).toString();
        record.reason = query.value(3).toString();
        record.source = query.value(4).toString();
        record.recordedById = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
        record.recordedBy = userLabel(record.recordedById, query.value(6).toString(), mayReadUsers);
        record.createdAt = dialect.timestampFromSql(query.value(7));
        record.revokedAt = dialect.timestampFromSql(query.value(8));
        records.append(record);
    }
    if (query.lastError().isValid()) {
        SqlCall::fail(error, tr("The opt-outs could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    return records;
}

std::optional<QList<OptOutRecord>> OptOutService::list(qint64 customerId, QString* error) const
{
    if (!canRead()) {
        SqlCall::fail(error, m_context->deniedMessage(optOutsTable, Action::Read));
        return std::nullopt;
    }
    return select(QStringLiteral("o.customer_id = ?"), {customerId}, error);
}

std::optional<OptOutRecord> OptOutService::optOut(qint64 optOutId, QString* error) const
{
    if (!canRead()) {
        SqlCall::fail(error, m_context->deniedMessage(optOutsTable, Action::Read));
        return std::nullopt;
    }
    const auto records = select(QStringLiteral("o.id = ?"), {optOutId}, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        SqlCall::fail(error, tr("There is no opt-out with id %1.").arg(optOutId));
        return std::nullopt;
    }
    return records->first();
}

std::optional<qint64> OptOutService::record(qint64 customerId, const QString& channel, const QString& reason,
                                            const QString& source, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<qint64> {
        SqlCall::fail(error, message);
        return std::nullopt;
    };
    if (!canRecord())
        return fail(m_context->deniedMessage(optOutsTable, Action::Create));
    if (!recordableChannels().contains(channel))
        return fail(tr("Unknown channel \u201c%1\u201d: use one of %2.")
                        .arg(channel, recordableChannels().join(QStringLiteral(", "))));
    if (!sources().contains(source))
        return fail(tr("Unknown opt-out source \u201c%1\u201d: use one of %2.")
                        .arg(source, sources().join(QStringLiteral(", "))));
    const QString trimmedReason = reason.trimmed();

    const Dialect& dialect = m_database.dialect();
    QString dbError;
    auto databaseError = [&] { return fail(tr("The opt-out could not be recorded: %1").arg(dbError)); };
    // The active opt-out that blocks a second one, worded for the user; empty when there is none.
    auto activeConflict = [&]() -> QString {
        QSqlQuery check(m_database.connection());
        check.setForwardOnly(true);
        if (!SqlCall::run(
                check,
                QStringLiteral("SELECT created_at, reason FROM opt_outs WHERE customer_id = ? AND channel = ? "
                               "AND revoked_at IS NULL"),
                {customerId, channel}, nullptr) ||
            !check.next())
            return QString();
        const QString since =
            QLocale().toString(dialect.timestampFromSql(check.value(0)).toLocalTime(), QLocale::ShortFormat);
        return tr("The customer has already opted out of %1 (since %2). Revoke that opt-out first to record a new "
                  "one.")
            .arg(channelInSentence(channel), since);
    };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {customerId}, &dbError) ||
        !query.next())
        return databaseError();
    if (query.value(0).toLongLong() == 0)
        return fail(tr("There is no customer with id %1.").arg(customerId));
    query.finish();
    const QString conflict = activeConflict();
    if (!conflict.isEmpty())
        return fail(conflict);

    const std::optional<qint64> actor = m_context->actorId();
    if (!SqlCall::run(query,
                      QStringLiteral("INSERT INTO opt_outs (customer_id, channel, reason, source, recorded_by) "
                                     "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                      {customerId, channel, trimmedReason.isEmpty() ? nullText() : QVariant(trimmedReason), source,
                       actor ? QVariant(*actor) : nullId()},
                      &dbError) ||
        !query.next()) {
        // A concurrent opt-out for the same channel trips the unique partial index: say so plainly.
        transaction.rollback();
        const QString raced = activeConflict();
        if (!raced.isEmpty())
            return fail(raced);
        return databaseError();
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite cannot commit while a RETURNING statement is still open

    const TableSpec* table = TableCatalog::find(optOutsTable);
    const AuditTrail audit(m_database, *m_context);
    const auto created = audit.snapshot(*table, id, &dbError);
    if (!created)
        return databaseError();
    if (!audit.recordCreate(*table, id, *created, &dbError))
        return fail(dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return id;
}

bool OptOutService::revoke(qint64 optOutId, QString* error)
{
    if (!canRevoke())
        return SqlCall::fail(error, m_context->deniedMessage(optOutsTable, Action::Update));

    const Dialect& dialect = m_database.dialect();
    const TableSpec* table = TableCatalog::find(optOutsTable);
    QString dbError;
    auto databaseError = [&] { return SqlCall::fail(error, tr("The opt-out could not be revoked: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    const AuditTrail audit(m_database, *m_context);
    const auto before = audit.snapshot(*table, optOutId, &dbError);
    if (!before) {
        if (dbError.contains(QLatin1String("no longer exists")))
            return SqlCall::fail(error, tr("There is no opt-out with id %1.").arg(optOutId));
        return databaseError();
    }
    if (!before->value(QStringLiteral("revoked_at")).isNull())
        return SqlCall::fail(error, tr("This opt-out was already revoked."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(query, QStringLiteral("UPDATE opt_outs SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                      {dialect.timestampToSql(now), optOutId}, &dbError))
        return databaseError();
    if (query.numRowsAffected() != 1)
        return SqlCall::fail(error, tr("This opt-out was already revoked."));
    const auto after = audit.snapshot(*table, optOutId, &dbError);
    if (!after)
        return databaseError();
    const QJsonObject oldValues{{QStringLiteral("revoked_at"), QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("channel"), before->value(QStringLiteral("channel"))},
                                {QStringLiteral("customer_id"), before->value(QStringLiteral("customer_id"))}};
    const QJsonObject newValues{{QStringLiteral("revoked_at"), after->value(QStringLiteral("revoked_at"))},
                                {QStringLiteral("channel"), before->value(QStringLiteral("channel"))},
                                {QStringLiteral("customer_id"), before->value(QStringLiteral("customer_id"))}};
    if (!audit.recordEvent(QStringLiteral("revoke"), *table, optOutId, oldValues, newValues, &dbError))
        return SqlCall::fail(error, dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}

std::optional<CustomerContactStatus> OptOutService::mayContact(qint64 customerId, QString* error) const
{
    const auto records = list(customerId, error);
    if (!records)
        return std::nullopt;

    CustomerContactStatus status;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    const QList<CustomerHoldKind> holdKinds = CustomerHold::kinds();
    QStringList holdColumns;
    for (const CustomerHoldKind kind : holdKinds)
        holdColumns << CustomerHold::atColumn(kind);
    if (!SqlCall::run(query,
                      QStringLiteral("SELECT do_not_contact, do_not_contact_reason, %1 FROM customer_profiles "
                                     "WHERE customer_id = ?")
                          .arg(holdColumns.join(QStringLiteral(", "))),
                      {customerId}, &dbError)) {
        SqlCall::fail(error, tr("The contact status could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    if (query.next()) {
        status.doNotContact = query.value(0).toBool();
        status.doNotContactReason = query.value(1).toString();
        for (int i = 0; i < holdKinds.size(); ++i) {
            if (!query.value(2 + i).isNull())
                status.activeHolds << CustomerHold::key(holdKinds.at(i));
        }
    }
    query.finish();

    const DatabaseFunctions functions(m_database);
    for (const QString& channel : contactChannels()) {
        const std::optional<bool> blocked = functions.checkOptOutStatus(customerId, channel, error);
        if (!blocked)
            return std::nullopt;
        ChannelContactStatus entry;
        entry.channel = channel;
        entry.mayContact = !*blocked;
        if (*blocked) {
            QStringList reasons;
            for (const OptOutRecord& record : *records) {
                if (!record.isActive() || (record.channel != channel && record.channel != QLatin1String("all")))
                    continue;
                QString text = record.channel == QLatin1String("all")
                                   ? tr("opted out of all channels (%1)").arg(sourceTitle(record.source))
                                   : tr("opted out (%1)").arg(sourceTitle(record.source));
                if (!record.reason.isEmpty())
                    text += QStringLiteral(": ") + record.reason;
                reasons << text;
            }
            if (status.doNotContact) {
                reasons << (status.doNotContactReason.isEmpty()
                                ? tr("do not contact")
                                : tr("do not contact: %1").arg(status.doNotContactReason));
            }
            entry.reason = reasons.join(QStringLiteral("; "));
        }
        status.channels.append(entry);
    }
    return status;
}
