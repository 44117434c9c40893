#pragma once

#include "services/AccessContext.h"
#include "services/CsvImporter.h"
#include "services/ImportSummary.h"

#include <QWizard>
#include <functional>

class Database;
class ImportCheckPage;
class ImportFilePage;
class ImportJob;
class ImportMappingPage;
class ImportRunPage;
class ImportTarget;

// The CSV import wizard for customers or payment records, on top of CsvImporter:
//   1. file       path, encoding, delimiter, what was detected and a preview (ImportFilePage);
//                 a role that may not import is told so here and cannot go on
//   2. mapping    one field per file column, checked as it changes; duplicates: skip or update
//                 (ImportMappingPage)
//   3. check      a dry run on a worker with progress and Cancel: counts and problems; the error
//                 file's path (ImportCheckPage). Its Next button is "Import" (a commit page)
//   4. import     the real run on a worker (ImportJob) with progress by bytes, records per second
//                 and Cancel; the final counts and the error file (ImportRunPage)
// Closing the wizard while a job runs cancels it and waits for it: the batches committed so far
// stay, nothing is half stored. imported() is emitted after a real run that stored something or
// reached the end of the file.
//
// Test seams: setFileChooser() replaces the open-file dialog; waitForJob() blocks until the
// running dry run or import ended (its page is updated before it returns); setBatchSize() and
// setBatchHook() (run on the worker after each batch) make cancelling at a batch deterministic.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Kind
    {
        Customers,
        PaymentRecords
    };

    enum PageId
    {
        FilePageId,
        MappingPageId,
        CheckPageId,
        RunPageId
    };

    // Returns the chosen file, or an empty string when the user cancelled.
    using FileChooser = std::function<QString()>;
    // Called on the worker thread after each batch with the summary so far.
    using BatchHook = std::function<void(const ImportSummary& soFar)>;

    // `database` must outlive the wizard. A null `access` means AccessContext::nobody().
    ImportWizard(const Database& database, AccessContextPtr access, Kind kind, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Kind kind() const { return m_kind; }
    const ImportTarget& target() const { return m_target; }

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Records per transaction (1..50000; default CsvImporter::DefaultBatchSize).
    void setBatchSize(int records);
    int batchSize() const { return m_batchSize; }
    void setBatchHook(BatchHook hook);
    // True when the job ended within the timeout (or none was running).
    bool waitForJob(int timeoutMs = 30000);
    bool isJobRunning() const;

    // For the pages.
    QString chooseFile() const { return m_chooseFile ? m_chooseFile() : QString(); }
    ImportJob* job() const { return m_job; }
    // The denied message when the user may not run an import with these options; empty when allowed.
    QString refusal(const CsvImporter::Options& options) const;
    // The source file, its preview (as the file page last read it) and the options chosen on the
    // pages so far (mapping, duplicates, error file, encoding, delimiter, batch size).
    QString sourcePath() const;
    const CsvImporter::Preview& preview() const;
    CsvImporter::Options options(bool dryRun) const;

    void done(int result) override;

signals:
    // After a real (not dry) run that stored something or went through the whole file.
    void imported(const ImportSummary& summary);

private:
    void jobFinished(const ImportSummary& summary);

    const Database& m_database;
    AccessContextPtr m_access;
    Kind m_kind;
    const ImportTarget& m_target;
    FileChooser m_chooseFile;
    int m_batchSize = CsvImporter::DefaultBatchSize;
    ImportJob* m_job = nullptr;
    ImportFilePage* m_filePage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportCheckPage* m_checkPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
};
