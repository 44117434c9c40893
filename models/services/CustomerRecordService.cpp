#include "CustomerRecordService.h"

#include "AuditTrail.h"
#include "CustomerRecordValidator.h"
#include "DatabaseFunctions.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

namespace {

const QString customersTable = QStringLiteral("customers");
const QString profilesTable = QStringLiteral("customer_profiles");

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

// A field's value as bound to SQL: NULL for an empty text, the engine's boolean.
QVariant stored(const Dialect& dialect, const CustomerRecord& record, const QString& field)
{
    const QVariant value = record.value(field);
    if (value.metaType().id() == QMetaType::Bool)
        return dialect.boolToSql(value.toBool());
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QStringList only(const QStringList& fields, bool profile)
{
    QStringList result;
    for (const QString& field : fields) {
        if (CustomerRecord::isProfileField(field) == profile)
            result << field;
    }
    return result;
}

QString titles(const QStringList& fields)
{
    QStringList list;
    for (const QString& field : fields)
        list << CustomerRecord::fieldTitle(field);
    return list.join(QStringLiteral(", "));
}

} // namespace

CustomerRecordService::CustomerRecordService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool CustomerRecordService::canRead() const
{
    return m_context->can(customersTable, Action::Read) && m_context->can(profilesTable, Action::Read);
}

bool CustomerRecordService::canUpdate() const
{
    return m_context->can(customersTable, Action::Update) && m_context->can(profilesTable, Action::Update);
}

bool CustomerRecordService::canCreate() const
{
    return m_context->can(customersTable, Action::Create) && m_context->can(profilesTable, Action::Create);
}

bool CustomerRecordService::canRecalculateRisk() const
{
    return m_context->can(profilesTable, Action::Update);
}

QMap<QString, QString> CustomerRecordService::validate(const CustomerRecord& record)
{
    return CustomerRecordValidator::validate(record);
}

CustomerSaveResult CustomerRecordService::failed(const QString& message) const
{
    CustomerSaveResult result;
    result.status = CustomerSaveResult::Status::Failed;
    result.error = message;
    return result;
}

std::optional<CustomerRecord> CustomerRecordService::load(qint64 customerId, QString* error) const
{
    for (const QString& table : {customersTable, profilesTable}) {
        if (!m_context->can(table, Action::Read)) {
            SqlCall::fail(error, m_context->deniedMessage(table, Action::Read));
            return std::nullopt;
        }
    }
    return read(customerId, false, error);
}

bool CustomerRecordService::lockRows(qint64 customerId, QString* error) const
{
    QSqlQuery query(m_database.connection());
    if (m_database.dialect().isPostgres()) {
        // Row locks: a concurrent save waits here and then reads what this one committed.
        return SqlCall::run(query, QStringLiteral("SELECT id FROM customers WHERE id = ? FOR NO KEY UPDATE"),
                            {customerId}, error) &&
               SqlCall::run(query,
                            QStringLiteral("SELECT id FROM customer_profiles WHERE customer_id = ? FOR NO KEY UPDATE"),
                            {customerId}, error);
    }
    // SQLite: a write statement that changes nothing takes the database's write lock now, so no
    // other connection can commit between the reads below and the write.
    return SqlCall::run(query, QStringLiteral("UPDATE customers SET id = id WHERE 0"), {}, error);
}

std::optional<CustomerRecord> CustomerRecordService::read(qint64 customerId, bool lock, QString* error) const
{
    if (customerId <= 0) {
        SqlCall::fail(error, tr("%1 is not a valid customer id.").arg(customerId));
        return std::nullopt;
    }
    QString dbError;
    if (lock && !lockRows(customerId, &dbError)) {
        SqlCall::fail(error, tr("The customer could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QStringList columns;
    for (const QString& field : CustomerRecord::customerFields())
        columns << QStringLiteral("c.") + field;
    columns << QStringLiteral("c.updated_at") << QStringLiteral("p.id");
    for (const QString& field : CustomerRecord::profileFields())
        columns << QStringLiteral("p.") + field;
    columns << QStringLiteral("p.risk_level") << QStringLiteral("p.risk_score")
            << QStringLiteral("p.risk_calculated_at") << QStringLiteral("p.updated_at");

    const Dialect& dialect = m_database.dialect();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query,
                      QStringLiteral("SELECT %1 FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id "
                                     "WHERE c.id = ?")
                          .arg(columns.join(QStringLiteral(", "))),
                      {customerId}, &dbError)) {
        SqlCall::fail(error, tr("The customer could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    if (!query.next()) {
        SqlCall::fail(error, tr("There is no customer with id %1: someone may have deleted it.").arg(customerId));
        return std::nullopt;
    }
    CustomerRecord record;
    record.customerId = customerId;
    int column = 0;
    for (const QString& field : CustomerRecord::customerFields())
        record.setValue(field, query.value(column++).toString());
    record.customerUpdatedAt = dialect.timestampFromSql(query.value(column++));
    const QVariant profileId = query.value(column++);
    record.profileId = profileId.isNull() ? 0 : profileId.toLongLong();
    if (record.profileId != 0) {
        record.doNotContact = query.value(column++).toBool();
        record.doNotContactReason = query.value(column++).toString();
        record.preferredChannel = query.value(column++).toString();
        record.riskLevel = query.value(column++).toString();
        record.riskScore = query.value(column++).toInt();
        record.riskCalculatedAt = dialect.timestampFromSql(query.value(column++));
        record.profileUpdatedAt = dialect.timestampFromSql(query.value(column++));
    }
    query.finish();
    return record;
}

bool CustomerRecordService::writeFields(const CustomerRecord& current, const CustomerRecord& edited,
                                        const QStringList& fields, QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    const AuditTrail audit(m_database, *m_context);
    QSqlQuery query(m_database.connection());
    QString dbError;

    const auto update = [&](const TableSpec& table, qint64 id, const QStringList& columns) {
        const auto before = audit.snapshot(table, id, error);
        if (!before)
            return false;
        QStringList assignments;
        QVariantList params;
        for (const QString& column : columns) {
            assignments << column + QStringLiteral(" = ?");
            params << stored(dialect, edited, column);
        }
        params << id;
        if (!SqlCall::run(
                query,
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, assignments.join(QStringLiteral(", "))),
                params, &dbError))
            return SqlCall::fail(error, tr("The customer could not be saved: %1").arg(dbError));
        const auto after = audit.snapshot(table, id, error);
        return after && audit.recordUpdate(table, id, *before, *after, error);
    };

    const QStringList customerColumns = only(fields, false);
    if (!customerColumns.isEmpty() && !update(*TableCatalog::find(customersTable), current.customerId, customerColumns))
        return false;
    const QStringList profileColumns = only(fields, true);
    if (profileColumns.isEmpty())
        return true;
    const TableSpec& profiles = *TableCatalog::find(profilesTable);
    if (current.profileId != 0)
        return update(profiles, current.profileId, profileColumns);

    // No profile row yet (a customer added outside the form): create it with the edited values.
    QStringList columns = {QStringLiteral("customer_id")};
    QVariantList params = {current.customerId};
    for (const QString& field : CustomerRecord::profileFields()) {
        columns << field;
        params << stored(dialect, edited, field);
    }
    if (!SqlCall::run(query,
                      QStringLiteral("INSERT INTO customer_profiles (%1) VALUES (?%2) RETURNING id")
                          .arg(columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(columns.size() - 1)),
                      params, &dbError) ||
        !query.next())
        return SqlCall::fail(error, tr("The customer's profile could not be created: %1").arg(dbError));
    const qint64 profileId = query.value(0).toLongLong();
    query.finish();
    const auto created = audit.snapshot(profiles, profileId, error);
    return created && audit.recordCreate(profiles, profileId, *created, error);
}

CustomerSaveResult CustomerRecordService::save(const CustomerRecord& original, const CustomerRecord& edited)
{
    if (original.customerId <= 0 || edited.customerId != original.customerId)
        return failed(tr("Only a stored customer can be saved; a new one is created instead."));
    CustomerRecord mine = CustomerRecordValidator::normalized(edited);
    mine.profileId = original.profileId;
    const QStringList myChanges = mine.differingFields(original);

    // Permissions for what this save may write (checked again below for a profile that vanished).
    if (!m_context->can(customersTable, Action::Update))
        return failed(m_context->deniedMessage(customersTable, Action::Update));
    if (!only(myChanges, true).isEmpty() && !m_context->can(profilesTable, Action::Update))
        return failed(m_context->deniedMessage(profilesTable, Action::Update));

    CustomerSaveResult result;
    result.fieldErrors = CustomerRecordValidator::validate(mine);
    if (!result.fieldErrors.isEmpty()) {
        result.status = CustomerSaveResult::Status::Invalid;
        result.error = tr("The customer was not saved: %1 needs attention.").arg(titles(result.fieldErrors.keys()));
        return result;
    }

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(tr("The customer could not be saved: %1").arg(transaction.errorText()));
    QString error;
    const auto theirs = read(original.customerId, true, &error);
    if (!theirs)
        return failed(error);

    for (const QString& field : CustomerRecord::fields()) {
        const QVariant stored = theirs->value(field);
        if (CustomerRecord::sameValue(field, stored, original.value(field)) ||
            CustomerRecord::sameValue(field, stored, mine.value(field)))
            continue;
        result.conflicts.append({field, original.value(field), stored, mine.value(field),
                                 !CustomerRecord::sameValue(field, mine.value(field), original.value(field))});
    }
    if (!result.conflicts.isEmpty()) {
        transaction.rollback();
        QStringList fields;
        for (const CustomerFieldConflict& conflict : result.conflicts)
            fields << conflict.field;
        result.status = CustomerSaveResult::Status::Conflict;
        result.record = *theirs;
        result.error =
            tr("Not saved: someone else changed this customer since you opened it (%1).").arg(titles(fields));
        return result;
    }

    const QStringList toWrite = mine.differingFields(*theirs);
    if (theirs->profileId == 0 && !only(toWrite, true).isEmpty() && !m_context->can(profilesTable, Action::Create))
        return failed(m_context->deniedMessage(profilesTable, Action::Create));
    if (!toWrite.isEmpty() && !writeFields(*theirs, mine, toWrite, &error))
        return failed(error);
    if (!transaction.commit(&error))
        return failed(tr("The customer could not be saved: %1").arg(error));

    const auto reloaded = read(original.customerId, false, &error);
    if (!reloaded)
        return failed(error);
    result.status = CustomerSaveResult::Status::Saved;
    result.record = *reloaded;
    return result;
}

CustomerSaveResult CustomerRecordService::create(const CustomerRecord& record)
{
    if (record.customerId != 0)
        return failed(tr("This customer is already stored; save it instead."));
    for (const QString& table : {customersTable, profilesTable}) {
        if (!m_context->can(table, Action::Create))
            return failed(m_context->deniedMessage(table, Action::Create));
    }
    const CustomerRecord mine = CustomerRecordValidator::normalized(record);
    CustomerSaveResult result;
    result.fieldErrors = CustomerRecordValidator::validate(mine);
    if (!result.fieldErrors.isEmpty()) {
        result.status = CustomerSaveResult::Status::Invalid;
        result.error = tr("The customer was not created: %1 needs attention.").arg(titles(result.fieldErrors.keys()));
        return result;
    }

    const Dialect& dialect = m_database.dialect();
    const AuditTrail audit(m_database, *m_context);
    const auto insert = [&](const TableSpec& table, const QStringList& columns, const QVariantList& params,
                            QString* error) -> qint64 {
        QSqlQuery query(m_database.connection());
        QString dbError;
        if (!SqlCall::run(query,
                          QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3) RETURNING id")
                              .arg(table.name, columns.join(QStringLiteral(", ")),
                                   QStringLiteral(", ?").repeated(columns.size() - 1)),
                          params, &dbError) ||
            !query.next()) {
            SqlCall::fail(error, tr("The customer could not be created: %1").arg(dbError));
            return 0;
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish(); // SQLite cannot commit while a RETURNING statement is open
        const auto created = audit.snapshot(table, id, error);
        if (!created || !audit.recordCreate(table, id, *created, error))
            return 0;
        return id;
    };

    QString error;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return failed(tr("The customer could not be created: %1").arg(transaction.errorText()));
    QVariantList customerValues;
    for (const QString& field : CustomerRecord::customerFields())
        customerValues << stored(dialect, mine, field);
    const qint64 customerId =
        insert(*TableCatalog::find(customersTable), CustomerRecord::customerFields(), customerValues, &error);
    if (customerId == 0)
        return failed(error);
    QVariantList profileValues = {customerId};
    for (const QString& field : CustomerRecord::profileFields())
        profileValues << stored(dialect, mine, field);
    if (insert(*TableCatalog::find(profilesTable),
               QStringList{QStringLiteral("customer_id")} + CustomerRecord::profileFields(), profileValues,
               &error) == 0)
        return failed(error);
    if (!transaction.commit(&error))
        return failed(tr("The customer could not be created: %1").arg(error));

    const auto reloaded = read(customerId, false, &error);
    if (!reloaded)
        return failed(error);
    result.status = CustomerSaveResult::Status::Saved;
    result.record = *reloaded;
    return result;
}

CustomerRecord CustomerRecordService::merge(const CustomerRecord& original, const CustomerRecord& mine,
                                            const CustomerRecord& theirs, const QSet<QString>& keepMine)
{
    CustomerRecord merged = theirs;
    for (const QString& field : CustomerRecord::fields()) {
        const QVariant myValue = mine.value(field);
        const bool theyChanged = !CustomerRecord::sameValue(field, theirs.value(field), original.value(field));
        const bool iChanged = !CustomerRecord::sameValue(field, myValue, original.value(field));
        if (theyChanged ? keepMine.contains(field) : iChanged)
            merged.setValue(field, myValue);
    }
    return merged;
}

std::optional<CustomerRiskAssessment> CustomerRecordService::recalculateRisk(qint64 customerId, QString* error)
{
    if (!canRecalculateRisk()) {
        SqlCall::fail(error, m_context->deniedMessage(profilesTable, Action::Update));
        return std::nullopt;
    }
    if (!m_context->can(customersTable, Action::Read)) {
        SqlCall::fail(error, m_context->deniedMessage(customersTable, Action::Read));
        return std::nullopt;
    }
    const auto fail = [error](const QString& message) -> std::optional<CustomerRiskAssessment> {
        SqlCall::fail(error, message);
        return std::nullopt;
    };
    const Dialect& dialect = m_database.dialect();
    const TableSpec& profiles = *TableCatalog::find(profilesTable);
    const AuditTrail audit(m_database, *m_context);

    for (int attempt = 0; attempt < 3; ++attempt) {
        QString dbError;
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return fail(tr("The risk could not be recalculated: %1").arg(transaction.errorText()));
        const auto current = read(customerId, true, &dbError);
        if (!current)
            return fail(dbError);
        const auto inputs = CustomerRecordRisk(m_database).inputs(customerId, &dbError);
        if (!inputs)
            return fail(dbError);
        const auto score = DatabaseFunctions(m_database).calculateCustomerRiskScore(customerId, &dbError);
        if (!score)
            return fail(dbError);
        CustomerRiskAssessment assessment;
        assessment.customerId = customerId;
        assessment.factors = CustomerRecordRisk::factors(*inputs);
        if (CustomerRecordRisk::score(assessment.factors) != *score)
            continue; // the data changed between the two reads: read both again
        assessment.score = *score;
        assessment.level = DatabaseFunctions::riskLevelFor(*score);
        assessment.calculatedAt = QDateTime::currentDateTimeUtc();

        QSqlQuery query(m_database.connection());
        qint64 profileId = current->profileId;
        const QVariantList values = {assessment.score, assessment.level,
                                     dialect.timestampToSql(assessment.calculatedAt)};
        if (profileId == 0) {
            if (!m_context->can(profilesTable, Action::Create))
                return fail(m_context->deniedMessage(profilesTable, Action::Create));
            if (!SqlCall::run(
                    query,
                    QStringLiteral("INSERT INTO customer_profiles (risk_score, risk_level, risk_calculated_at, "
                                   "customer_id) VALUES (?, ?, ?, ?) RETURNING id"),
                    values + QVariantList{customerId}, &dbError) ||
                !query.next())
                return fail(tr("The risk could not be stored: %1").arg(dbError));
            profileId = query.value(0).toLongLong();
            query.finish();
            const auto created = audit.snapshot(profiles, profileId, &dbError);
            if (!created || !audit.recordCreate(profiles, profileId, *created, &dbError))
                return fail(dbError);
        } else if (!SqlCall::run(query,
                                 QStringLiteral("UPDATE customer_profiles SET risk_score = ?, risk_level = ?, "
                                                "risk_calculated_at = ? WHERE id = ?"),
                                 values + QVariantList{profileId}, &dbError)) {
            return fail(tr("The risk could not be stored: %1").arg(dbError));
        }
        QJsonObject factorPoints;
        for (const CustomerRiskFactor& factor : assessment.factors)
            factorPoints.insert(factor.key, factor.points);
        const QJsonObject oldValues{{QStringLiteral("risk_score"), current->riskScore},
                                    {QStringLiteral("risk_level"), current->riskLevel},
                                    {QStringLiteral("risk_calculated_at"), jsonTime(current->riskCalculatedAt)}};
        const QJsonObject newValues{{QStringLiteral("customer_id"), customerId},
                                    {QStringLiteral("risk_score"), assessment.score},
                                    {QStringLiteral("risk_level"), assessment.level},
                                    {QStringLiteral("risk_calculated_at"), jsonTime(assessment.calculatedAt)},
                                    {QStringLiteral("factors"), factorPoints}};
        if (!audit.recordEvent(QStringLiteral("risk_recalculated"), profiles, profileId, oldValues, newValues,
                               &dbError))
            return fail(dbError);
        if (!transaction.commit(&dbError))
            return fail(tr("The risk could not be stored: %1").arg(dbError));
        return assessment;
    }
    return fail(tr("The customer's invoices or contacts changed while the risk was calculated; try again."));
}
