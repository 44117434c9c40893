#include "CsvExporter.h"

#include "core/Money.h"
#include "db/Database.h"
#include "io/SaveFileWriter.h"
#include "tables/TableCatalog.h"
#include "tables/ValueFormatter.h"

#include <QSqlError>
#include <QSqlQuery>

CsvExporter::CsvExporter(const Database& database, AccessContextPtr access, const QString& table)
    : m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()), m_table(table)
{
}

QString CsvExporter::refusal() const
{
    if (!TableCatalog::find(m_table))
        return tr("There is no table %1 to export.").arg(m_table);
    for (const auto action : {PermissionService::Action::Read, PermissionService::Action::Export}) {
        if (!m_access->can(m_table, action))
            return m_access->deniedMessage(m_table, action);
    }
    return QString();
}

QStringList CsvExporter::defaultSearchColumns(const QString& table)
{
    if (table == QLatin1String("customers"))
        return {QStringLiteral("company_name"), QStringLiteral("contact_name"), QStringLiteral("email"),
                QStringLiteral("phone")};
    if (table == QLatin1String("payment_records"))
        return {QStringLiteral("invoice_number"), QStringLiteral("description")};
    return {};
}

QStringList CsvExporter::columns() const
{
    const TableSpec* spec = TableCatalog::find(m_table);
    QStringList result;
    if (!spec)
        return result;
    for (const ColumnSpec& column : spec->columns) {
        if (column.type == ColumnType::Secret)
            continue;
        if (m_options.columns.isEmpty() || m_options.columns.contains(column.name))
            result << column.name;
    }
    return result;
}

QStringList CsvExporter::header() const
{
    const TableSpec* spec = TableCatalog::find(m_table);
    QStringList result;
    for (const QString& name : columns()) {
        const ColumnSpec* column = spec->column(name);
        result << (m_options.translatedHeaders ? TableCatalog::columnHeader(*column) : name);
    }
    return result;
}

QString CsvExporter::whereClause(const Filter& filter, QVariantList* values) const
{
    QStringList parts;
    if (!filter.condition.trimmed().isEmpty()) {
        parts << QLatin1Char('(') + filter.condition + QLatin1Char(')');
        *values << filter.values;
    }
    const QString search = filter.searchText.trimmed();
    if (!search.isEmpty()) {
        const TableSpec* spec = TableCatalog::find(m_table);
        const QStringList searchColumns =
            filter.searchColumns.isEmpty() ? defaultSearchColumns(m_table) : filter.searchColumns;
        QString pattern = search.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList any;
        for (const QString& column : searchColumns) {
            if (!spec->column(column) || spec->column(column)->type == ColumnType::Secret)
                continue;
            any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(Dialect::quoteIdentifier(column));
            *values << pattern;
        }
        if (!any.isEmpty())
            parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return parts.join(QStringLiteral(" AND "));
}

QString CsvExporter::cell(const ColumnSpec& column, const QVariant& value, const QString& currency) const
{
    return cellText(m_database.dialect(), column, value, currency);
}

QString CsvExporter::cellText(const Dialect& dialect, const ColumnSpec& column, const QVariant& value,
                              const QString& currency)
{
    if (value.isNull())
        return QString();
    switch (column.type) {
    case ColumnType::Money:
        return dialect.moneyFromSql(value, currency).toDecimalString();
    case ColumnType::MicroMoney: {
        const auto micros = dialect.microMoneyFromSql(value);
        return micros ? Money::microsToText(*micros) : QString();
    }
    case ColumnType::Timestamp:
        return dialect.timestampFromSql(value).toString(Qt::ISODateWithMs);
    case ColumnType::Date:
        return dialect.dateFromSql(value).toString(Qt::ISODate);
    case ColumnType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::TextArray:
        return dialect.arrayFromSql(value).join(QStringLiteral(", "));
    default:
        return value.toString();
    }
}

CsvExporter::Result CsvExporter::exportTo(const Filter& filter, QIODevice* device, const Progress& progress) const
{
    Result result;
    result.error = refusal();
    if (!result.error.isEmpty())
        return result;
    const TableSpec& spec = *TableCatalog::find(m_table);
    const QStringList exported = columns();

    // id first (the keyset), then the exported columns, then the currency for money columns.
    QStringList selected{QStringLiteral("id")};
    for (const QString& name : exported)
        selected << Dialect::quoteIdentifier(name);
    int currencyIndex = -1;
    for (const QString& name : exported) {
        const ColumnSpec* column = spec.column(name);
        if (column->type == ColumnType::Money && !column->currencyColumn.isEmpty()) {
            currencyIndex = int(selected.size());
            selected << Dialect::quoteIdentifier(column->currencyColumn);
            break;
        }
    }
    QVariantList filterValues;
    const QString where = whereClause(filter, &filterValues);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id > ?%3 ORDER BY id LIMIT %4")
                            .arg(selected.join(QStringLiteral(", ")), Dialect::quoteIdentifier(m_table),
                                 where.isEmpty() ? QString() : QStringLiteral(" AND ") + where)
                            .arg(m_pageSize);

    CsvWriter writer(device, m_options.csv);
    if (!writer.writeRow(header())) {
        result.error = writer.errorString();
        return result;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        result.error = tr("Cannot read %1: %2").arg(spec.translatedTitle(), query.lastError().text());
        return result;
    }
    qint64 lastId = 0;
    QList<const ColumnSpec*> specs;
    for (const QString& name : exported)
        specs << spec.column(name);
    QStringList fields;
    for (;;) {
        query.bindValue(0, lastId);
        for (int i = 0; i < filterValues.size(); ++i)
            query.bindValue(i + 1, filterValues.at(i));
        if (!query.exec()) {
            result.error = tr("Cannot read %1: %2").arg(spec.translatedTitle(), query.lastError().text());
            return result;
        }
        int read = 0;
        while (query.next()) {
            ++read;
            lastId = query.value(0).toLongLong();
            const QVariant currencyValue = currencyIndex >= 0 ? query.value(currencyIndex) : QVariant();
            const QString currency =
                currencyValue.isNull() ? ValueFormatter::defaultCurrency() : currencyValue.toString();
            fields.clear();
            for (int c = 0; c < specs.size(); ++c)
                fields << cell(*specs.at(c), query.value(c + 1), currency);
            if (!writer.writeRow(fields)) {
                result.error = writer.errorString();
                return result;
            }
            ++result.rows;
        }
        query.finish();
        const bool atEnd = read < m_pageSize;
        if (atEnd)
            break;
        if (progress && !progress(result.rows)) {
            result.cancelled = true;
            result.error = tr("The export was cancelled after %Ln rows.", nullptr, int(result.rows));
            return result;
        }
    }
    if (progress)
        progress(result.rows);
    result.ok = true;
    return result;
}

CsvExporter::Result CsvExporter::exportTo(const Filter& filter, const QString& path, const Progress& progress) const
{
    Result refused;
    refused.error = refusal();
    if (!refused.error.isEmpty())
        return refused; // nothing is created or replaced
    return SaveFileWriter::write<Result>(
        path, [&](QIODevice* device) { return exportTo(filter, device, progress); },
        [](const QString& file, const QString& reason) { return tr("Cannot write %1: %2").arg(file, reason); });
}
