#include "CsvExporter.h"

#include "core/Money.h"
#include "db/Database.h"
#include "io/SaveFileWriter.h"
#include "tables/PageFetcher.h"
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
    PageRequest request; // writePages() checks the context
    request.table = m_table;
    request.sortColumn = PageFetcher::idColumn();
    request.sortColumnNullable = false;
    request.filter = whereClause(filter, &request.filterValues);
    return writePages(request, device, progress);
}

CsvExporter::Result CsvExporter::writePages(PageRequest request, QIODevice* device, const Progress& progress,
                                            const QStringList& extraHeader, const ExtraCells& extraCells) const
{
    Result result;
    result.error = refusal();
    if (!result.error.isEmpty())
        return result;
    const TableSpec& spec = *TableCatalog::find(m_table);
    QList<const ColumnSpec*> specs;
    for (const QString& name : columns())
        specs << spec.column(name);

    // The exported columns, then the id (unless exported: the keyset and extraCells' key) and the
    // currency of the first money column.
    request.columns.clear();
    for (const ColumnSpec* column : std::as_const(specs))
        request.columns << column->name;
    qsizetype idIndex = request.columns.indexOf(PageFetcher::idColumn());
    if (idIndex < 0) {
        idIndex = request.columns.size();
        request.columns << PageFetcher::idColumn();
    }
    qsizetype currencyIndex = -1;
    for (const ColumnSpec* column : std::as_const(specs)) {
        if (column->type == ColumnType::Money && !column->currencyColumn.isEmpty()) {
            currencyIndex = request.columns.size();
            request.columns << column->currencyColumn;
            break;
        }
    }
    request.limit = m_pageSize;

    CsvWriter writer(device, m_options.csv);
    if (!writer.writeRow(header() + extraHeader)) {
        result.error = writer.errorString();
        return result;
    }
    const Dialect& dialect = m_database.dialect();
    PageFetcher pages(m_database);
    QList<qint64> ids;
    QList<QStringList> extra;
    QStringList fields;
    const QVariant noCurrency;
    for (;;) {
        const Page page = pages.fetch(request);
        if (!page.error.isEmpty()) {
            result.error = tr("Cannot read %1: %2").arg(spec.translatedTitle(), page.error);
            return result;
        }
        if (extraCells) {
            ids.clear();
            for (const QVariantList& values : page.rows)
                ids << values.value(idIndex).toLongLong();
            extra.clear();
            QString error;
            if (!extraCells(ids, &extra, &error)) {
                result.error = tr("Cannot read %1: %2").arg(spec.translatedTitle(), error);
                return result;
            }
        }
        for (qsizetype r = 0; r < page.rows.size(); ++r) {
            const QVariantList& values = page.rows.at(r);
            const QVariant& currencyValue = currencyIndex >= 0 ? values.at(currencyIndex) : noCurrency;
            const QString currency =
                currencyValue.isNull() ? ValueFormatter::defaultCurrency() : currencyValue.toString();
            fields.clear();
            for (qsizetype c = 0; c < specs.size(); ++c)
                fields << cellText(dialect, *specs.at(c), values.at(c), currency);
            if (extraCells)
                fields << extra.value(r);
            if (!writer.writeRow(fields)) {
                result.error = writer.errorString();
                return result;
            }
            ++result.rows;
        }
        if (page.atEnd)
            break;
        if (progress && !progress(result.rows)) {
            result.cancelled = true;
            result.error = tr("The export was cancelled after %Ln rows.", nullptr, int(result.rows));
            return result;
        }
        request.after = page.next;
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
