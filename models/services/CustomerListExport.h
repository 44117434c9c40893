#pragma once

#include "AccessContext.h"
#include "CsvExporter.h"
#include "CustomerListFilter.h"
#include "CustomerListQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;
class Dialect;
class QIODevice;

// Exports exactly the customers the customer list shows for a CustomerListFilter (search text
// and filters) to CSV: every matching customer, not only the pages the list has loaded. It is a
// CsvExporter over the customers table whose condition is the list's own
// (CustomerListQuery::condition, the same SQL the list pages and counts by), streamed in keyset
// pages of the primary key, so memory does not grow with the table.
//
// Columns: the customers table's columns as CsvExporter writes them (readable again by
// CsvImporter). The list's computed columns (risk level, outstanding and overdue balances per
// currency, holds) are not exported.
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
    void setPageSize(int rows) { m_pageSize = rows; }
    // The header row (column names, or titles with Options::translatedHeaders).
    QStringList header() const;

    // Writes the list's customers in id order. The progress callback runs after each page and
    // can cancel. To a path: the file appears (or is replaced) only when the export is complete.
    CsvExporter::Result exportTo(const CustomerListFilter& filter, QIODevice* device,
                                 const CsvExporter::Progress& progress = {},
                                 const QDate& today = CustomerListQuery::utcToday()) const;
    CsvExporter::Result exportTo(const CustomerListFilter& filter, const QString& path,
                                 const CsvExporter::Progress& progress = {},
                                 const QDate& today = CustomerListQuery::utcToday()) const;

    static QString table();

private:
    CsvExporter exporter() const;

    const Database& m_database;
    AccessContextPtr m_access;
    CsvExporter::Options m_options;
    int m_pageSize = DefaultPageSize;
};
