#include "CustomerListExport.h"

#include "db/Database.h"

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
    // The default plan: each customer is tested as the export walks the ids. Sets
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

CsvExporter CustomerListExport::exporter() const
{
    CsvExporter exporter(m_database, m_access, table());
    exporter.setOptions(m_options);
    exporter.setPageSize(m_pageSize);
    return exporter;
}

QStringList CustomerListExport::header() const
{
    return exporter().header();
}

CsvExporter::Result CustomerListExport::exportTo(const CustomerListFilter& filter, QIODevice* device,
                                                 const CsvExporter::Progress& progress, const QDate& today) const
{
    CsvExporter::Result result;
    result.error = refusal();
    if (!result.error.isEmpty())
        return result;
    return exporter().exportTo(exporterFilter(filter, m_database.dialect(), today), device, progress);
}

CsvExporter::Result CustomerListExport::exportTo(const CustomerListFilter& filter, const QString& path,
                                                 const CsvExporter::Progress& progress, const QDate& today) const
{
    CsvExporter::Result result;
    result.error = refusal();
    if (!result.error.isEmpty())
        return result; // nothing is created or replaced
    return exporter().exportTo(exporterFilter(filter, m_database.dialect(), today), path, progress);
}
