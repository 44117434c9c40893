#include "ImportJob.h"

#include "db/Database.h"
#include "services/ImportTarget.h"
#include "services/WorkerConnection.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <atomic>

// What the worker and the GUI thread share: the summary so far, the result and the cancel flag.
struct ImportJob::State
{
    mutable QMutex mutex;
    ImportSummary soFar;
    quint64 batches = 0;
    ImportSummary result;
    std::atomic<bool> cancel{false};
    BatchHook hook;
};

ImportJob::ImportJob(const Database& database, AccessContextPtr access, const ImportTarget& target, QObject* parent)
    : QObject(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()),
      m_target(target)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportJob::poll);
}

ImportJob::~ImportJob()
{
    if (!m_thread)
        return;
    m_state->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool ImportJob::start(const QString& path, const CsvImporter::Options& options)
{
    if (m_thread)
        return false;
    auto state = std::make_shared<State>();
    state->hook = m_hook;
    m_state = state;
    m_dryRun = options.dryRun;
    m_seenBatches = 0;
    const quint64 generation = ++m_generation;

    // The worker gets copies of everything; its connection and access context are opened on
    // the worker and closed there.
    const ImportTarget* target = &m_target;
    m_thread =
        QThread::create([state, connection = WorkerConnection(m_database, m_access), target, path, options]() mutable {
            ImportSummary summary;
            QString error;
            if (!connection.open(&error)) {
                summary.fileName = QFileInfo(path).fileName();
                summary.table = target->table();
                summary.dryRun = options.dryRun;
                summary.fatalError = error;
            } else {
                const CsvImporter importer(connection.database(), connection.access(), *target);
                summary = importer.run(path, options, [state](const ImportSummary& soFar) {
                    {
                        QMutexLocker lock(&state->mutex);
                        state->soFar = soFar;
                        ++state->batches;
                    }
                    if (state->hook)
                        state->hook(soFar);
                    return !state->cancel.load();
                });
            }
            connection.close(); // on the thread that opened it
            QMutexLocker lock(&state->mutex);
            state->result = summary;
        });
    m_thread->setObjectName(QStringLiteral("importWorker"));
    connect(m_thread, &QThread::finished, this, [this, generation] { complete(generation); });
    m_clock.start();
    m_timer->start();
    m_thread->start();
    return true;
}

void ImportJob::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

bool ImportJob::isCancelling() const
{
    return m_thread && m_state && m_state->cancel.load();
}

bool ImportJob::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    const QDeadlineTimer deadline = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    if (!m_thread->wait(deadline))
        return false;
    complete(m_generation);
    return true;
}

ImportSummary ImportJob::progress() const
{
    if (!m_state)
        return ImportSummary();
    QMutexLocker lock(&m_state->mutex);
    return m_state->soFar;
}

qint64 ImportJob::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void ImportJob::poll()
{
    if (!m_thread || !m_state)
        return;
    ImportSummary soFar;
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->batches == m_seenBatches)
            return;
        m_seenBatches = m_state->batches;
        soFar = m_state->soFar;
    }
    emit progressed(soFar);
}

void ImportJob::complete(quint64 generation)
{
    // Either QThread::finished (queued) or wait() gets here first; the other finds nothing to do.
    if (!m_thread || generation != m_generation)
        return;
    QThread* thread = m_thread;
    m_thread = nullptr;
    thread->wait(); // finished() is emitted just before the thread ends
    thread->deleteLater();
    m_timer->stop();
    ImportSummary result;
    {
        QMutexLocker lock(&m_state->mutex);
        result = m_state->result;
    }
    emit finished(result);
}
