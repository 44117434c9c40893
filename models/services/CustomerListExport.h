#pragma once

#include "AccessContext.h"
#include "CsvExporter.h"
#include "CustomerListFilter.h"
#include "CustomerListQuery.h"
#include "CustomerListSort.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;
class Dialect;
class QIODevice;
struct CustomerListRow;

// Exports exactly the customers the customer list shows for a CustomerListFilter (search text
// and filters) to CSV: every matching customer, not only the pages the list has loaded, in the
// list's order. The condition is the list's own (CustomerListQuery::condition, the same SQL the
// list pages and counts by); the rows are read in keyset pages by PageFetcher, the list's pager
// (sort key and id; customers without a sort key as a segment of their own), and written as they
// come, so memory does not grow with the table.
//
// Order (setSort): the list's sort column and direction, a column of sortableColumns(); by
// default the id, ascending. A column the list cannot sort by is refused before anything is
// written.
//
// Columns: the customers table's columns as CsvExporter writes them (readable again by
// CsvImporter), then, with setIncludeListColumns(true), the list's computed columns, read per
// page exactly as the list reads them (CustomerListDetails): risk_level (the stored level: low,
// medium, high, critical; empty without a profile), do_not_contact (true/false), holds (the
// active holds' translated titles joined by "; "), outstanding and overdue (one exact decimal
// amount and currency code per currency, joined by "; ": "1234.50 USD; 20.00 EUR"; empty when
// nothing is owed). The header holds column names (listColumns()), or translated titles with
// CsvExporter::Options::translatedHeaders. The importer maps none of the computed columns: they
// are ignored when the file is imported again.
//
// Needs what the list needs to read (customers, customer_profiles, payment_records) and
// "export" on customers; refused, it writes nothing and returns the denied message. Runs on the
// thread that owns `database` (a worker: a connection of its own, see WorkerConnection).
class CustomerListExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListExport)

public:
    // Rows per keyset page. Larger than CsvExporter's: with a search, each page's query finds the
    // search's matches again (SQLite: the FTS5 MATCH set), so fewer pages cost less in total;
    // rows are still streamed, not held.
    static constexpr int DefaultPageSize = 10000;

    // `database` must outlive the export. A null `access` means AccessContext::nobody().
    CustomerListExport(const Database& database, AccessContextPtr access);

    // The CsvExporter filter selecting the list's customers: the list's condition and values.
    // `today` decides what is overdue, as for the list.
    static CsvExporter::Filter exporterFilter(const CustomerListFilter& filter, const Dialect& dialect,
                                              const QDate& today = CustomerListQuery::utcToday());

    // The denied message when the context may not export the list; empty otherwise.
    QString refusal() const;
    bool canExport() const { return refusal().isEmpty(); }

    void setOptions(const CsvExporter::Options& options) { m_options = options; }
    const CsvExporter::Options& options() const { return m_options; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 50000); }
    int pageSize() const { return m_pageSize; }

    // The order of the rows: the list's current sort (see CustomerListSort). Default: id order.
    void setSort(const CustomerListSort& sort) { m_sort = sort; }
    const CustomerListSort& sort() const { return m_sort; }
    // The columns the list can be sorted by in this database, so the export too: "id" and the
    // list's customers columns that lead an index (as CustomerListModel::isSortable).
    static QStringList sortableColumns(const Database& database);
    // Why the export cannot be written in sort()'s order; empty when it can.
    QString sortRefusal() const;

    // Adds the list's computed columns (listColumns()) after the customers' columns. Off by default.
    void setIncludeListColumns(bool include) { m_includeListColumns = include; }
    bool includeListColumns() const { return m_includeListColumns; }
    // risk_level, do_not_contact, holds, outstanding, overdue.
    static QStringList listColumns();
    // The translated title of a computed column (the header with Options::translatedHeaders).
    static QString listColumnTitle(const QString& column);

    // The header row (column names, or titles with Options::translatedHeaders).
    QStringList header() const;

    // Writes the list's customers in sort()'s order. The progress callback runs after each page
    // and can cancel. To a path: the file appears (or is replaced) only when the export is complete.
    CsvExporter::Result exportTo(const CustomerListFilter& filter, QIODevice* device,
                                 const CsvExporter::Progress& progress = {},
                                 const QDate& today = CustomerListQuery::utcToday()) const;
    CsvExporter::Result exportTo(const CustomerListFilter& filter, const QString& path,
                                 const CsvExporter::Progress& progress = {},
                                 const QDate& today = CustomerListQuery::utcToday()) const;

    static QString table();

private:
    CsvExporter exporter() const;
    // Refusal or sort refusal; empty when the export may start.
    QString startRefusal() const;
    CsvExporter::Result write(const CustomerListFilter& filter, QIODevice* device,
                              const CsvExporter::Progress& progress, const QDate& today) const;
    static QStringList listCells(const CustomerListRow& row);
    // The header of the computed columns (empty without them).
    QStringList listHeader() const;

    const Database& m_database;
    AccessContextPtr m_access;
    CsvExporter::Options m_options;
    int m_pageSize = DefaultPageSize;
    CustomerListSort m_sort;
    bool m_includeListColumns = false;
};
