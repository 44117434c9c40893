#include "CustomerHoldService.h"

#include "AuditTrail.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

namespace {

const QString profilesTable = QStringLiteral("customer_profiles");
const QString tasksTable = QStringLiteral("tasks");
const QString campaignsTable = QStringLiteral("campaigns");
const QString usersTable = QStringLiteral("users");

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonIds(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

CustomerHoldService::CustomerHoldService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool CustomerHoldService::canRead() const
{
    return m_context->can(profilesTable, Action::Read);
}

QString CustomerHoldService::setHoldDeniedReason() const
{
    for (const QString& table : {profilesTable, tasksTable, campaignsTable}) {
        if (!m_context->can(table, Action::Update))
            return m_context->deniedMessage(table, Action::Update);
    }
    return QString();
}

QString CustomerHoldService::releaseDeniedReason() const
{
    if (!m_context->can(profilesTable, Action::Manage))
        return tr("Releasing a hold needs the manager role. %1")
            .arg(m_context->deniedMessage(profilesTable, Action::Manage));
    if (!m_context->can(profilesTable, Action::Update))
        return m_context->deniedMessage(profilesTable, Action::Update);
    return QString();
}

bool CustomerHoldService::canSetHold() const
{
    return setHoldDeniedReason().isEmpty();
}

bool CustomerHoldService::canReleaseHold() const
{
    return releaseDeniedReason().isEmpty();
}

std::optional<QList<CustomerHoldState>> CustomerHoldService::holds(qint64 customerId, QString* error) const
{
    if (!canRead()) {
        SqlCall::fail(error, m_context->deniedMessage(profilesTable, Action::Read));
        return std::nullopt;
    }
    const bool readUsers = m_context->can(usersTable, Action::Read);
    QStringList columns;
    QStringList joins;
    for (const CustomerHoldKind kind : CustomerHold::kinds()) {
        const QString key = CustomerHold::key(kind);
        columns << QStringLiteral("p.") + CustomerHold::atColumn(kind)
                << QStringLiteral("p.") + CustomerHold::reasonColumn(kind)
                << QStringLiteral("p.") + CustomerHold::byColumn(kind);
        if (readUsers) {
            columns << QStringLiteral("u_%1.email").arg(key);
            joins << QStringLiteral("LEFT JOIN users u_%1 ON u_%1.id = p.%2").arg(key, CustomerHold::byColumn(kind));
        }
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    // From customers, so that an unknown customer is told apart from one without a profile.
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT p.id, %1 FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id "
                           "%2 WHERE c.id = ?")
                .arg(columns.join(QStringLiteral(", ")), joins.join(QLatin1Char(' '))),
            {customerId}, &dbError)) {
        SqlCall::fail(error, tr("The holds could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    if (!query.next()) {
        SqlCall::fail(error, tr("There is no customer with id %1.").arg(customerId));
        return std::nullopt;
    }
    const Dialect& dialect = m_database.dialect();
    QList<CustomerHoldState> states;
    int column = 1;
    for (const CustomerHoldKind kind : CustomerHold::kinds()) {
        CustomerHoldState state;
        state.kind = kind;
        state.since = dialect.timestampFromSql(query.value(column++));
        state.active = state.since.isValid();
        state.reason = query.value(column++).toString();
        state.setById = query.value(column++).toLongLong();
        if (readUsers)
            state.setByEmail = query.value(column++).toString();
        else if (state.setById != 0 && state.setById == m_context->userId())
            state.setByEmail = m_context->email();
        states.append(state);
    }
    return states;
}

qint64 CustomerHoldService::lockedProfileId(qint64 customerId, bool createMissing, QString* error) const
{
    QSqlQuery query(m_database.connection());
    QString dbError;
    const bool postgres = m_database.dialect().isPostgres();
    // SQLite: take the write lock before reading (a no-op write), so the reads see the newest commit.
    if (!postgres &&
        !SqlCall::run(query, QStringLiteral("UPDATE customer_profiles SET id = id WHERE 0"), {}, &dbError)) {
        SqlCall::fail(error, tr("The hold could not be changed: %1").arg(dbError));
        return 0;
    }
    if (!SqlCall::run(query,
                      QStringLiteral("SELECT id FROM customers WHERE id = ?") +
                          (postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString()),
                      {customerId}, &dbError)) {
        SqlCall::fail(error, tr("The hold could not be changed: %1").arg(dbError));
        return 0;
    }
    if (!query.next()) {
        SqlCall::fail(error, tr("There is no customer with id %1.").arg(customerId));
        return 0;
    }
    if (!SqlCall::run(query,
                      QStringLiteral("SELECT id FROM customer_profiles WHERE customer_id = ?") +
                          (postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString()),
                      {customerId}, &dbError)) {
        SqlCall::fail(error, tr("The hold could not be changed: %1").arg(dbError));
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    if (!createMissing) {
        SqlCall::fail(error, tr("This customer has no hold to release."));
        return 0;
    }
    if (!m_context->can(profilesTable, Action::Create)) {
        SqlCall::fail(error, m_context->deniedMessage(profilesTable, Action::Create));
        return 0;
    }
    if (!SqlCall::run(query, QStringLiteral("INSERT INTO customer_profiles (customer_id) VALUES (?) RETURNING id"),
                      {customerId}, &dbError) ||
        !query.next()) {
        SqlCall::fail(error, tr("The customer's profile could not be created: %1").arg(dbError));
        return 0;
    }
    const qint64 profileId = query.value(0).toLongLong();
    query.finish();
    const TableSpec& profiles = *TableCatalog::find(profilesTable);
    const AuditTrail audit(m_database, *m_context);
    const auto created = audit.snapshot(profiles, profileId, error);
    if (!created || !audit.recordCreate(profiles, profileId, *created, error))
        return 0;
    return profileId;
}

std::optional<CustomerHoldEffects> CustomerHoldService::setHold(qint64 customerId, CustomerHoldKind kind,
                                                                const QString& reason, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<CustomerHoldEffects> {
        SqlCall::fail(error, message);
        return std::nullopt;
    };
    const QString denied = setHoldDeniedReason();
    if (!denied.isEmpty())
        return fail(denied);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Give the reason for the %1 hold.").arg(CustomerHold::title(kind)));

    const Dialect& dialect = m_database.dialect();
    const AuditTrail audit(m_database, *m_context);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<qint64> actor = m_context->actorId();
    QString dbError;
    const auto databaseError = [&] { return fail(tr("The hold could not be set: %1").arg(dbError)); };

    // Declared before the transaction: destroyed after its rollback, so PostgreSQL can free the statement.
    QSqlQuery query(m_database.connection());
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    const qint64 profileId = lockedProfileId(customerId, true, &dbError);
    if (profileId == 0)
        return fail(dbError);

    if (!SqlCall::run(query,
                      QStringLiteral("SELECT %1 FROM customer_profiles WHERE id = ?").arg(CustomerHold::atColumn(kind)),
                      {profileId}, &dbError) ||
        !query.next())
        return databaseError();
    const QDateTime activeSince = dialect.timestampFromSql(query.value(0));
    query.finish();
    if (activeSince.isValid())
        return fail(tr("This customer is already on a %1 hold (since %2 UTC).")
                        .arg(CustomerHold::title(kind), activeSince.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    if (!SqlCall::run(
            query,
            QStringLiteral("UPDATE customer_profiles SET %1 = ?, %2 = ?, %3 = ? WHERE id = ?")
                .arg(CustomerHold::atColumn(kind), CustomerHold::reasonColumn(kind), CustomerHold::byColumn(kind)),
            {dialect.timestampToSql(now), why, actor ? QVariant(*actor) : QVariant(QMetaType(QMetaType::LongLong)),
             profileId},
            &dbError))
        return databaseError();

    // The rows the hold stops, read first so that each gets its own audit row.
    CustomerHoldEffects effects;
    QList<QString> taskStatuses;
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT id, status FROM tasks WHERE customer_id = ? AND status IN ('pending', 'assigned') "
                           "ORDER BY id"),
            {customerId}, &dbError))
        return databaseError();
    while (query.next()) {
        effects.cancelledTaskIds << query.value(0).toLongLong();
        taskStatuses << query.value(1).toString();
    }
    if (!SqlCall::run(
            query, QStringLiteral("SELECT id FROM campaigns WHERE customer_id = ? AND status = 'active' ORDER BY id"),
            {customerId}, &dbError))
        return databaseError();
    while (query.next())
        effects.pausedCampaignIds << query.value(0).toLongLong();
    query.finish();

    const TableSpec& tasks = *TableCatalog::find(tasksTable);
    for (int i = 0; i < effects.cancelledTaskIds.size(); ++i) {
        const qint64 taskId = effects.cancelledTaskIds.at(i);
        if (!SqlCall::run(query, QStringLiteral("UPDATE tasks SET status = 'cancelled' WHERE id = ?"), {taskId},
                          &dbError))
            return databaseError();
        if (!audit.recordUpdate(tasks, taskId, {{QStringLiteral("status"), taskStatuses.at(i)}},
                                {{QStringLiteral("status"), QStringLiteral("cancelled")}}, &dbError))
            return fail(dbError);
    }
    const TableSpec& campaigns = *TableCatalog::find(campaignsTable);
    for (const qint64 campaignId : std::as_const(effects.pausedCampaignIds)) {
        if (!SqlCall::run(query, QStringLiteral("UPDATE campaigns SET status = 'paused', paused_at = ? WHERE id = ?"),
                          {dialect.timestampToSql(now), campaignId}, &dbError))
            return databaseError();
        if (!audit.recordUpdate(
                campaigns, campaignId, {{QStringLiteral("status"), QStringLiteral("active")}},
                {{QStringLiteral("status"), QStringLiteral("paused")}, {QStringLiteral("paused_at"), jsonTime(now)}},
                &dbError))
            return fail(dbError);
    }

    const QJsonObject oldValues{{CustomerHold::atColumn(kind), QJsonValue(QJsonValue::Null)},
                                {CustomerHold::reasonColumn(kind), QJsonValue(QJsonValue::Null)},
                                {CustomerHold::byColumn(kind), QJsonValue(QJsonValue::Null)}};
    const QJsonObject newValues{{QStringLiteral("customer_id"), customerId},
                                {QStringLiteral("hold"), CustomerHold::key(kind)},
                                {CustomerHold::atColumn(kind), jsonTime(now)},
                                {CustomerHold::reasonColumn(kind), why},
                                {CustomerHold::byColumn(kind), jsonId(actor.value_or(0))},
                                {QStringLiteral("cancelled_task_ids"), jsonIds(effects.cancelledTaskIds)},
                                {QStringLiteral("paused_campaign_ids"), jsonIds(effects.pausedCampaignIds)}};
    if (!audit.recordEvent(QStringLiteral("hold_set"), *TableCatalog::find(profilesTable), profileId, oldValues,
                           newValues, &dbError))
        return fail(dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return effects;
}

bool CustomerHoldService::releaseHold(qint64 customerId, CustomerHoldKind kind, const QString& reason, QString* error)
{
    const QString denied = releaseDeniedReason();
    if (!denied.isEmpty())
        return SqlCall::fail(error, denied);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return SqlCall::fail(error, tr("Give the reason for releasing the %1 hold.").arg(CustomerHold::title(kind)));

    const Dialect& dialect = m_database.dialect();
    QString dbError;
    const auto databaseError = [&] {
        return SqlCall::fail(error, tr("The hold could not be released: %1").arg(dbError));
    };
    // Declared before the transaction: destroyed after its rollback, so PostgreSQL can free the statement.
    QSqlQuery query(m_database.connection());
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    const qint64 profileId = lockedProfileId(customerId, false, &dbError);
    if (profileId == 0)
        return SqlCall::fail(error, dbError);
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT %1, %2, %3 FROM customer_profiles WHERE id = ?")
                .arg(CustomerHold::atColumn(kind), CustomerHold::reasonColumn(kind), CustomerHold::byColumn(kind)),
            {profileId}, &dbError) ||
        !query.next())
        return databaseError();
    const QDateTime since = dialect.timestampFromSql(query.value(0));
    const QString oldReason = query.value(1).toString();
    const qint64 oldBy = query.value(2).toLongLong();
    query.finish();
    if (!since.isValid())
        return SqlCall::fail(error, tr("This customer is not on a %1 hold.").arg(CustomerHold::title(kind)));

    if (!SqlCall::run(
            query,
            QStringLiteral("UPDATE customer_profiles SET %1 = NULL, %2 = NULL, %3 = NULL WHERE id = ?")
                .arg(CustomerHold::atColumn(kind), CustomerHold::reasonColumn(kind), CustomerHold::byColumn(kind)),
            {profileId}, &dbError))
        return databaseError();
    const QJsonObject oldValues{{CustomerHold::atColumn(kind), jsonTime(since)},
                                {CustomerHold::reasonColumn(kind), oldReason},
                                {CustomerHold::byColumn(kind), jsonId(oldBy)}};
    const QJsonObject newValues{{QStringLiteral("customer_id"), customerId},
                                {QStringLiteral("hold"), CustomerHold::key(kind)},
                                {CustomerHold::atColumn(kind), QJsonValue(QJsonValue::Null)},
                                {CustomerHold::reasonColumn(kind), QJsonValue(QJsonValue::Null)},
                                {CustomerHold::byColumn(kind), QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("release_reason"), why}};
    if (!AuditTrail(m_database, *m_context)
             .recordEvent(QStringLiteral("hold_release"), *TableCatalog::find(profilesTable), profileId, oldValues,
                          newValues, &dbError))
        return SqlCall::fail(error, dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}
