#include "CustomerListExport.h"

#include "CustomerHold.h"
#include "CustomerListDetails.h"
#include "db/Database.h"
#include "io/SaveFileWriter.h"
#include "tables/CustomerListFetcher.h"
#include "tables/PageFetcher.h"

namespace {

QString amountsText(const QList<Money>& amounts)
{
    QStringList parts;
    for (const Money& amount : amounts)
        parts << amount.toDecimalString() + QLatin1Char(' ') + amount.currency();
    return parts.join(QStringLiteral("; "));
}

} // namespace

CustomerListExport::CustomerListExport(const Database& database, AccessContextPtr access)
    : m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
}

QString CustomerListExport::table()
{
    return QStringLiteral("customers");
}

CsvExporter::Filter CustomerListExport::exporterFilter(const CustomerListFilter& filter, const Dialect& dialect,
                                                       const QDate& today)
{
    // The default plan: each customer is tested as the export walks the order. Sets
    // (Plan::filtersAsSets) would be read again for every page of the walk.
    const CustomerListQuery::Condition condition = CustomerListQuery::condition(filter, dialect, today);
    CsvExporter::Filter result;
    result.condition = condition.sql;
    result.values = condition.values;
    return result;
}

QString CustomerListExport::refusal() const
{
    const QString refused = exporter().refusal(); // read and export on customers
    if (!refused.isEmpty())
        return refused;
    for (const QString& table : {QStringLiteral("customer_profiles"), QStringLiteral("payment_records")}) {
        if (!m_access->can(table, PermissionService::Action::Read))
            return m_access->deniedMessage(table, PermissionService::Action::Read);
    }
    return QString();
}

QStringList CustomerListExport::sortableColumns(const Database& database)
{
    const QStringList indexed = PageFetcher(database).indexedColumns(table());
    QStringList result{PageFetcher::idColumn()};
    for (const QString& column : CustomerListFetcher::columns()) {
        if (!result.contains(column) && indexed.contains(column))
            result << column;
    }
    return result;
}

QString CustomerListExport::sortRefusal() const
{
    if (m_sort.isIdOrder())
        return QString();
    const QStringList sortable = sortableColumns(m_database);
    if (sortable.contains(m_sort.column))
        return QString();
    return tr("The customer list cannot be sorted by \"%1\"; it sorts by %2.")
        .arg(m_sort.column, sortable.join(QStringLiteral(", ")));
}

QString CustomerListExport::startRefusal() const
{
    const QString refused = refusal();
    return refused.isEmpty() ? sortRefusal() : refused;
}

QStringList CustomerListExport::listColumns()
{
    return {QStringLiteral("risk_level"), QStringLiteral("do_not_contact"), QStringLiteral("holds"),
            QStringLiteral("outstanding"), QStringLiteral("overdue")};
}

QString CustomerListExport::listColumnTitle(const QString& column)
{
    if (column == QLatin1String("risk_level"))
        return tr("Risk level");
    if (column == QLatin1String("do_not_contact"))
        return tr("Do not contact");
    if (column == QLatin1String("holds"))
        return tr("Holds");
    if (column == QLatin1String("outstanding"))
        return tr("Outstanding balance");
    if (column == QLatin1String("overdue"))
        return tr("Overdue balance");
    return column;
}

CsvExporter CustomerListExport::exporter() const
{
    CsvExporter exporter(m_database, m_access, table());
    exporter.setOptions(m_options);
    exporter.setPageSize(m_pageSize);
    return exporter;
}

QStringList CustomerListExport::listHeader() const
{
    QStringList result;
    if (m_includeListColumns) {
        for (const QString& column : listColumns())
            result << (m_options.translatedHeaders ? listColumnTitle(column) : column);
    }
    return result;
}

QStringList CustomerListExport::header() const
{
    return exporter().header() + listHeader();
}

QStringList CustomerListExport::listCells(const CustomerListRow& row)
{
    QStringList holds;
    for (const QString& kind : row.holds)
        holds << CustomerHold::titleForKey(kind);
    return {row.riskLevel, row.doNotContact ? QStringLiteral("true") : QStringLiteral("false"),
            holds.join(QStringLiteral("; ")), amountsText(row.outstanding), amountsText(row.overdue)};
}

CsvExporter::Result CustomerListExport::write(const CustomerListFilter& filter, QIODevice* device,
                                              const CsvExporter::Progress& progress, const QDate& today) const
{
    PageRequest request;
    request.table = table();
    if (m_sort.isIdOrder()) {
        request.sortColumn = PageFetcher::idColumn();
        request.sortColumnNullable = false;
    } else {
        request.sortColumn = m_sort.column;
        request.sortColumnNullable = !PageFetcher(m_database).notNullColumns(table()).contains(m_sort.column);
    }
    request.order = m_sort.order;
    const CsvExporter::Filter condition = exporterFilter(filter, m_database.dialect(), today);
    request.filter = condition.condition;
    request.filterValues = condition.values;

    // The list's computed columns: each page's profiles and balances, read for its ids.
    CsvExporter::ExtraCells listCellsOfPage;
    if (m_includeListColumns) {
        listCellsOfPage = [&](const QList<qint64>& ids, QList<QStringList>* cells, QString* error) {
            QList<CustomerListRow> rows;
            rows.reserve(ids.size());
            for (qint64 id : ids) {
                CustomerListRow row;
                row.id = id;
                rows << row;
            }
            if (!CustomerListDetails::add(m_database, &rows, today, error))
                return false;
            for (const CustomerListRow& row : std::as_const(rows))
                *cells << listCells(row);
            return true;
        };
    }
    return exporter().writePages(request, device, progress, listHeader(), listCellsOfPage);
}

CsvExporter::Result CustomerListExport::exportTo(const CustomerListFilter& filter, QIODevice* device,
                                                 const CsvExporter::Progress& progress, const QDate& today) const
{
    CsvExporter::Result result;
    result.error = startRefusal();
    if (!result.error.isEmpty())
        return result;
    return write(filter, device, progress, today);
}

CsvExporter::Result CustomerListExport::exportTo(const CustomerListFilter& filter, const QString& path,
                                                 const CsvExporter::Progress& progress, const QDate& today) const
{
    CsvExporter::Result result;
    result.error = startRefusal();
    if (!result.error.isEmpty())
        return result; // nothing is created or replaced
    return SaveFileWriter::write<CsvExporter::Result>(
        path, [&](QIODevice* device) { return write(filter, device, progress, today); },
        [](const QString& file, const QString& reason) { return tr("Cannot write %1: %2").arg(file, reason); });
}
