#pragma once

#include "services/AccessContext.h"
#include "services/CsvImporter.h"
#include "services/ImportSummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class Database;
class ImportTarget;
class QThread;
class QTimer;

// Runs one CsvImporter::run() - a dry run or the import - on a worker thread with a connection of
// its own: Database::clone() and an AccessContext for the same actor whose PermissionService reads
// through that clone, both made, used and destroyed on the worker (see CsvImporter.h). The GUI
// thread sees the summary so far (progressed(), polled about ten times a second) and gets
// finished() exactly once per run, on its own thread.
//
// cancel() asks the importer to stop after the batch being written (the batches committed so far
// stay, a batch is never half stored); wait() blocks until the worker has ended and delivers
// finished() before it returns. Destroying a running job cancels and waits, without signals.
//
// Test seam: setBatchHook() runs a function on the worker after each batch (before the cancel
// flag is read), e.g. to cancel at an exact batch.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    // Called on the WORKER thread after each batch with the summary so far.
    using BatchHook = std::function<void(const ImportSummary& soFar)>;

    // `database` and `target` must outlive the job. A null `access` means AccessContext::nobody().
    ImportJob(const Database& database, AccessContextPtr access, const ImportTarget& target, QObject* parent = nullptr);
    ~ImportJob() override;

    // Starts a run; false (nothing started) while another one runs.
    bool start(const QString& path, const CsvImporter::Options& options);
    bool isRunning() const { return m_thread != nullptr; }
    // The run started last was a dry run.
    bool isDryRun() const { return m_dryRun; }

    // Stops after the current batch. Safe to call at any time; a no-op when nothing runs.
    void cancel();
    bool isCancelling() const;
    // Waits for the worker (up to timeoutMs; -1: for ever) and delivers finished(). False on timeout.
    bool wait(int timeoutMs = -1);

    // The summary after the last batch written (empty before the first one).
    ImportSummary progress() const;
    // Milliseconds since the running (or last) run started.
    qint64 elapsedMs() const;

    void setBatchHook(BatchHook hook) { m_hook = std::move(hook); }

signals:
    void progressed(const ImportSummary& soFar);
    void finished(const ImportSummary& summary);

private:
    struct State;

    void poll();
    void complete(quint64 generation);

    const Database& m_database;
    AccessContextPtr m_access;
    const ImportTarget& m_target;
    BatchHook m_hook;
    QThread* m_thread = nullptr;
    std::shared_ptr<State> m_state;
    quint64 m_generation = 0;
    quint64 m_seenBatches = 0;
    bool m_dryRun = false;
    QElapsedTimer m_clock;
    QTimer* m_timer = nullptr;
};
