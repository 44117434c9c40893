#pragma once

#include "AccessContext.h"
#include "AuditLogFilter.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

struct AuditLogEntry;
class Database;
class QIODevice;

// Exports the audit log entries matching a filter to CSV (CsvWriter, formula neutralisation
// on), newest first, one header row then one row per entry:
//   time (UTC ISO 8601 with milliseconds), actor, actor type, action, entity type, entity id,
//   changed fields (the JSON keys, "; "-separated), old values JSON, new values JSON.
// It streams: entries are read in keyset pages of PageSize (AuditLogQuery) and written as they
// come, so memory does not grow with the log.
//
// Needs "read" and "export" on audit_logs (an auditor or an admin); refused, it writes nothing
// and returns the denied message.
//
// Runs on the thread that owns `database`. For a worker thread give it a connection of its own
// (WorkerConnection): an export of a large log takes a while, the progress callback reports
// it and can cancel.
class AuditLogExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogExporter)

public:
    static constexpr int PageSize = 1000;

    // Called after each page with the number of entries written so far; returning false cancels
    // the export.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    struct Result
    {
        bool ok = false;        // every matching entry was written
        bool cancelled = false; // the progress callback stopped it
        qint64 rows = 0;        // entries written (without the header)
        QString error;          // why not ok (also set when cancelled)
    };

    // `database` must outlive the exporter. A null `access` means AccessContext::nobody().
    AuditLogExporter(const Database& database, AccessContextPtr access);

    bool canExport() const;
    // Entries read per page (PageSize by default); the progress callback runs once per page.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 10000); }
    int pageSize() const { return m_pageSize; }
    void setCsvOptions(const CsvWriter::Options& options) { m_csvOptions = options; }
    const CsvWriter::Options& csvOptions() const { return m_csvOptions; }

    // Writes to an open device. Cancelled or failed, what was written stays on the device.
    Result exportTo(const AuditLogFilter& filter, QIODevice* device, const Progress& progress = Progress()) const;
    // Writes the file `path` (through QSaveFile): it appears, or is replaced, only when the
    // export is complete; a cancelled or failed export leaves the path as it was.
    Result exportTo(const AuditLogFilter& filter, const QString& path, const Progress& progress = Progress()) const;

    static QStringList header();
    static QStringList fields(const AuditLogEntry& entry);

private:
    // The denied message when the context may not export, else empty.
    QString refusal() const;

    const Database& m_database;
    AccessContextPtr m_access;
    CsvWriter::Options m_csvOptions;
    int m_pageSize = PageSize;
};
