#pragma once

#include "services/AccessContext.h"
#include "services/CustomerListFilter.h"
#include "services/CustomerListSort.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <memory>

class Database;
class QThread;
class QTimer;

// Runs one CSV export of the customer list (CustomerListExport) on a worker thread with a
// connection of its own (WorkerConnection: same database, same actor), so the GUI never waits
// for the database. Reports the rows written so far (progressed, every 100 ms while running) and
// the outcome (finished, on the GUI thread). cancel() stops it after the page being written; a
// cancelled or failed export leaves the target path as it was. Destroying the job cancels a
// running export and waits for the worker.
class CustomerListExportJob : public QObject
{
    Q_OBJECT

public:
    // `database` must outlive the job. A null `access` means AccessContext::nobody().
    CustomerListExportJob(const Database& database, AccessContextPtr access, QObject* parent = nullptr);
    ~CustomerListExportJob() override;

    // Rows per page read by the worker (CustomerListExport::setPageSize); 0: the export's default.
    void setPageSize(int rows) { m_pageSize = rows; }
    // The order and columns of the exports started from now on (CustomerListExport::setSort and
    // setIncludeListColumns): the list's sort, and its computed columns. Default: id order, the
    // customers' columns only.
    void setSort(const CustomerListSort& sort) { m_sort = sort; }
    CustomerListSort sort() const { return m_sort; }
    void setIncludeListColumns(bool include) { m_includeListColumns = include; }
    bool includeListColumns() const { return m_includeListColumns; }

    // Starts writing the customers `filter` selects to `path` (UTF-8 with a byte order mark, so
    // spreadsheets read it as UTF-8). `today` decides what is overdue (invalid: today in UTC, as
    // the list). False, with nothing started, while an export runs.
    bool start(const CustomerListFilter& filter, const QString& path, const QDate& today = QDate());
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const;
    // Rows written by the running (or last) export so far.
    qint64 rowsWritten() const;
    QString path() const { return m_path; }

signals:
    void progressed(qint64 rows);
    // ok: every row written and the file in place; cancelled: stopped by cancel(); error: why not ok.
    void finished(bool ok, bool cancelled, qint64 rows, const QString& error);

private:
    struct State;

    void done();

    const Database& m_database;
    AccessContextPtr m_access;
    int m_pageSize = 0;
    CustomerListSort m_sort;
    bool m_includeListColumns = false;
    QString m_path;
    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr;
    std::shared_ptr<State> m_state;
};
