#include "AuditTrail.h"

#include "DatabaseFunctions.h"
#include "db/Database.h"
#include "tables/TableCatalog.h"
#include "tables/ValueFormatter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace {

QJsonValue parseJson(const QString& text)
{
    QJsonParseError parseError;
    // Wrapped in an array so scalars ("3", "\"x\"", "null") parse too.
    const QJsonDocument document = QJsonDocument::fromJson(('[' + text + ']').toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return QJsonValue(text);
    return document.array().at(0);
}

QString currencyOf(const ColumnSpec& column, const QSqlRecord& record)
{
    if (column.currencyColumn.isEmpty())
        return QString();
    const int index = record.indexOf(column.currencyColumn);
    const QString currency = index >= 0 ? record.value(index).toString() : QString();
    return currency.isEmpty() ? ValueFormatter::defaultCurrency() : currency;
}

} // namespace

AuditTrail::AuditTrail(const Database& database, const AccessContext& context)
    : m_database(database), m_context(context)
{
}

QJsonValue AuditTrail::toJson(const ColumnSpec& column, const QVariant& stored, const QString& currency) const
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    const Dialect& dialect = m_database.dialect();
    const ValueFormatter formatter(dialect);
    switch (column.type) {
    case ColumnType::Id:
    case ColumnType::ForeignKey:
    case ColumnType::Integer:
        return QJsonValue(stored.toLongLong());
    case ColumnType::Decimal:
        return QJsonValue(stored.toDouble());
    case ColumnType::Money:
        return formatter.money(stored, currency.isEmpty() ? ValueFormatter::defaultCurrency() : currency)
            .toDecimalString();
    case ColumnType::MicroMoney:
        return Money::microsToText(formatter.micros(stored).value_or(0));
    case ColumnType::Boolean:
        return QJsonValue(stored.toBool());
    case ColumnType::Timestamp:
        return dialect.timestampFromSql(stored).toUTC().toString(Qt::ISODateWithMs);
    case ColumnType::Date:
        return dialect.dateFromSql(stored).toString(Qt::ISODate);
    case ColumnType::Json:
        return parseJson(stored.toString());
    case ColumnType::TextArray:
        return QJsonArray::fromStringList(dialect.arrayFromSql(stored));
    default:
        return stored.toString();
    }
}

QJsonObject AuditTrail::toJson(const TableSpec& table, const QSqlRecord& record, bool generatedOnly) const
{
    QJsonObject values;
    for (int i = 0; i < record.count(); ++i) {
        if (generatedOnly && !record.isGenerated(i))
            continue;
        const ColumnSpec* column = table.column(record.fieldName(i));
        if (!column)
            continue;
        values.insert(column->name, toJson(*column, record.value(i), currencyOf(*column, record)));
    }
    return values;
}

std::optional<QJsonObject> AuditTrail::snapshot(const TableSpec& table, const QVariant& id, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(Dialect::quoteIdentifier(table.name)));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read row %1 of %2: %3")
                         .arg(id.toString(), table.translatedTitle(), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("Row %1 of %2 no longer exists: someone else deleted it. Reload and try again.")
                         .arg(id.toString(), table.translatedTitle());
        return std::nullopt;
    }
    const QJsonObject values = toJson(table, query.record());
    query.finish();
    return values;
}

bool AuditTrail::changedFields(const TableSpec& table, const QJsonObject& before, const QJsonObject& after,
                               QJsonObject* oldValues, QJsonObject* newValues)
{
    bool changed = false;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const ColumnSpec* column = table.column(it.key());
        if (!column || column->readOnly)
            continue; // id, created_at, updated_at: maintained by the database
        const QJsonValue old = before.value(it.key());
        if (old == it.value())
            continue;
        changed = true;
        if (oldValues)
            oldValues->insert(it.key(), old.isUndefined() ? QJsonValue(QJsonValue::Null) : old);
        if (newValues)
            newValues->insert(it.key(), it.value());
    }
    return changed;
}

bool AuditTrail::recordCreate(const TableSpec& table, const QVariant& id, const QJsonObject& created,
                              QString* error) const
{
    return write(QStringLiteral("create"), table, id, QJsonObject(), created, error);
}

bool AuditTrail::recordDelete(const TableSpec& table, const QVariant& id, const QJsonObject& deleted,
                              QString* error) const
{
    return write(QStringLiteral("delete"), table, id, deleted, QJsonObject(), error);
}

bool AuditTrail::recordUpdate(const TableSpec& table, const QVariant& id, const QJsonObject& before,
                              const QJsonObject& after, QString* error) const
{
    QJsonObject oldValues;
    QJsonObject newValues;
    if (!changedFields(table, before, after, &oldValues, &newValues))
        return true;
    return write(QStringLiteral("update"), table, id, oldValues, newValues, error);
}

bool AuditTrail::write(const QString& action, const TableSpec& table, const QVariant& id, const QJsonObject& oldValues,
                       const QJsonObject& newValues, QString* error) const
{
    const auto redact = [&table](QJsonObject values) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            const ColumnSpec* column = table.column(it.key());
            if (column && column->type == ColumnType::Secret && !it.value().isNull())
                it.value() = redacted();
        }
        return values;
    };
    QString auditError;
    const auto auditId = DatabaseFunctions(m_database)
                             .logAuditEvent(m_context.actorId(), action, table.name, id.toString(), redact(oldValues),
                                            redact(newValues), QString(), QString(), &auditError);
    if (!auditId) {
        if (error)
            *error = tr("The change was not saved because its audit entry could not be written: %1").arg(auditError);
        return false;
    }
    return true;
}
