#include "CustomerListExportJob.h"

#include "services/WorkerConnection.h"
#include "services/CustomerListExport.h"

#include <QThread>
#include <QTimer>
#include <atomic>

struct CustomerListExportJob::State
{
    std::atomic<qint64> rows{0};
    std::atomic<bool> cancel{false};
    CsvExporter::Result result;
};

CustomerListExportJob::CustomerListExportJob(const Database& database, AccessContextPtr access, QObject* parent)
    : QObject(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody())
{
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] { emit progressed(rowsWritten()); });
}

CustomerListExportJob::~CustomerListExportJob()
{
    if (!m_thread)
        return;
    m_state->cancel = true;
    m_thread->wait(); // the worker holds nothing of the job, but the process must not end under it
    delete m_thread;
}

bool CustomerListExportJob::start(const CustomerListFilter& filter, const QString& path, const QDate& today)
{
    if (m_thread)
        return false;
    auto state = std::make_shared<State>();
    auto connection = std::make_shared<WorkerConnection>(m_database, m_access);
    const QDate day = today.isValid() ? today : CustomerListQuery::utcToday();
    const int pageSize = m_pageSize;
    const CustomerListSort sort = m_sort;
    const bool includeListColumns = m_includeListColumns;
    m_thread = QThread::create([state, connection, filter, path, day, pageSize, sort, includeListColumns] {
        QString error;
        if (connection->open(&error)) {
            CustomerListExport exporter(connection->database(), connection->access());
            CsvExporter::Options options;
            options.csv.byteOrderMark = true; // spreadsheets read the file as UTF-8
            exporter.setOptions(options);
            if (pageSize > 0)
                exporter.setPageSize(pageSize);
            exporter.setSort(sort);
            exporter.setIncludeListColumns(includeListColumns);
            state->result = exporter.exportTo(
                filter, path,
                [state](qint64 rows) {
                    state->rows = rows;
                    return !state->cancel.load();
                },
                day);
        } else {
            state->result.error = error;
        }
        connection->close(); // on the thread that opened it
    });
    m_thread->setObjectName(QStringLiteral("customerListExport"));
    m_state = state;
    m_path = path;
    connect(m_thread, &QThread::finished, this, &CustomerListExportJob::done);
    m_thread->start();
    m_timer->start();
    return true;
}

void CustomerListExportJob::cancel()
{
    if (m_thread && m_state)
        m_state->cancel = true;
}

bool CustomerListExportJob::isCancelling() const
{
    return m_thread && m_state && m_state->cancel.load();
}

qint64 CustomerListExportJob::rowsWritten() const
{
    return m_state ? m_state->rows.load() : 0;
}

void CustomerListExportJob::done()
{
    m_timer->stop();
    QThread* thread = m_thread;
    m_thread = nullptr;
    thread->wait();
    thread->deleteLater();
    const CsvExporter::Result result = m_state->result;
    m_state->rows = result.rows;
    emit progressed(result.rows);
    emit finished(result.ok, result.cancelled, result.rows, result.error);
}
