#pragma once

#include "AccessContext.h"
#include "io/CsvWriter.h"
#include "tables/PageRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

class Database;
class Dialect;
class QIODevice;
struct ColumnSpec;

// Exports the rows of a table (customers, payment_records; any catalogue table works) that
// match a filter to CSV: one header row, then one row per database row in id order. It streams:
// rows are read in keyset pages (PageFetcher: WHERE id > last id ORDER BY id LIMIT pageSize, on
// the primary key) and written as they come, so memory does not grow with the table. The
// progress callback runs after each page and can cancel. writePages() does the same in any order
// PageFetcher reads, with cells of the caller's after each row's (the customer list's export).
//
// Values are written so that CsvImporter reads them back unchanged: money as plain decimals in
// the row's currency ("1234.50"), dates as YYYY-MM-DD, timestamps as UTC ISO 8601 with
// milliseconds, booleans as true/false, NULL as an empty field. Secret columns are never
// exported. The header holds the column names (customers: company_name, email, ...), which the
// importer maps automatically; Options::translatedHeaders writes the translated titles instead.
// Formula neutralisation is on by default (CsvWriter): a company named "=cmd|' /C calc'!A0" is
// written as "'=cmd|' /C calc'!A0", which spreadsheets show as text.
//
// Filter: the seam for the customer list's filter. `condition` is an SQL condition with ?
// placeholders and `values` its parameters, exactly as PageRequest::filter/filterValues (what a
// CustomerListFilter turns into for the paged list), so "export the current list" hands over
// the list's condition unchanged; `searchText` adds a simple case-insensitive substring search
// over `searchColumns` (for the CLI and for callers without a list filter).
//
// Needs "read" and "export" on the table; refused, it writes nothing and returns the denied
// message. Runs on the thread that owns `database`: for a worker thread, a connection of its own
// (Database::clone() on that thread) and a matching AccessContext (see CsvImporter).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    struct Filter
    {
        QString condition;   // SQL with ? placeholders, e.g. from CustomerListFilter; empty: all rows
        QVariantList values; // bound to the condition's placeholders, in order
        QString searchText;  // case-insensitive substring; empty: no search
        QStringList
            searchColumns; // empty: the table's default search columns (customers: company, contact, email, phone)
    };

    struct Options
    {
        CsvWriter::Options csv;         // neutralizeFormulas on by default
        QStringList columns;            // empty: every non-secret column of the table
        bool translatedHeaders = false; // header: column titles instead of column names
    };

    static constexpr int DefaultPageSize = 1000;

    // After each page with the rows written so far; return false to cancel.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    struct Result
    {
        bool ok = false;        // every matching row was written
        bool cancelled = false; // the progress callback stopped it
        qint64 rows = 0;        // rows written (without the header)
        QString error;          // why not ok (also set when cancelled)
    };

    // `database` must outlive the exporter. A null `access` means AccessContext::nobody().
    CsvExporter(const Database& database, AccessContextPtr access, const QString& table);

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 50000); }
    int pageSize() const { return m_pageSize; }

    // The denied message when the context may not export this table (or it is unknown); empty otherwise.
    QString refusal() const;
    bool canExport() const { return refusal().isEmpty(); }

    // The exported columns and the header row.
    QStringList columns() const;
    QStringList header() const;

    // Writes to an open device. Cancelled or failed, what was written stays on the device.
    Result exportTo(const Filter& filter, QIODevice* device, const Progress& progress = Progress()) const;
    // Writes the file `path` (QSaveFile): it appears or is replaced only when the export is
    // complete; a cancelled or failed export leaves the path as it was.
    Result exportTo(const Filter& filter, const QString& path, const Progress& progress = Progress()) const;

    // Per page: the cells to add after each of the page's rows (one list per id, in order), or
    // false and *error.
    using ExtraCells = std::function<bool(const QList<qint64>& ids, QList<QStringList>* cells, QString* error)>;
    // What exportTo does, for the rows `request` selects in its order (its table, sort, filter and
    // cursor; the columns and the page size are set here): the header plus `extraHeader`, then
    // each row's cells plus those `extraCells` gives. Refused as exportTo is.
    Result writePages(PageRequest request, QIODevice* device, const Progress& progress,
                      const QStringList& extraHeader = {}, const ExtraCells& extraCells = {}) const;

    // The default search columns of a table (customers: company_name, contact_name, email, phone;
    // payment_records: invoice_number, description).
    static QStringList defaultSearchColumns(const QString& table);

    // One value as exportTo writes it (see above); `currency` is the row's, for money columns.
    static QString cellText(const Dialect& dialect, const ColumnSpec& column, const QVariant& value,
                            const QString& currency);

private:
    QString whereClause(const Filter& filter, QVariantList* values) const;

    const Database& m_database;
    AccessContextPtr m_access;
    QString m_table;
    Options m_options;
    int m_pageSize = DefaultPageSize;
};
