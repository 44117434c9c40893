#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "common/UserMessage.h"
#include "services/ImportTarget.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace {

const ImportTarget& targetFor(ImportWizard::Kind kind)
{
    return kind == ImportWizard::Kind::Customers ? ImportTarget::customers() : ImportTarget::paymentRecords();
}

} // namespace

ImportWizard::ImportWizard(const Database& database, AccessContextPtr access, Kind kind, QWidget* parent)
    : QWizard(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()),
      m_kind(kind), m_target(targetFor(kind))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == Kind::Customers ? tr("Import customers") : tr("Import payment records"));
    setAccessibleName(windowTitle());
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setMinimumSize(760, 560);

    m_chooseFile = [this] {
        if (!UserMessage::isInteractive())
            return QString(); // no dialog may block an unattended run
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty())
            folder = QDir::homePath();
        return QFileDialog::getOpenFileName(this, windowTitle(), folder,
                                            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    };

    m_job = new ImportJob(m_database, m_access, m_target, this);
    connect(m_job, &ImportJob::finished, this, &ImportWizard::jobFinished);

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_checkPage = new ImportCheckPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard()
{
    // Before the pages go: a running job is cancelled and waited for, without signals (the pages
    // and this object are half destroyed from here on).
    if (m_job) {
        m_job->blockSignals(true);
        delete m_job;
        m_job = nullptr;
    }
}

void ImportWizard::setBatchSize(int records)
{
    m_batchSize = qBound(1, records, 50000);
}

void ImportWizard::setBatchHook(BatchHook hook)
{
    m_job->setBatchHook(std::move(hook));
}

bool ImportWizard::waitForJob(int timeoutMs)
{
    return m_job->wait(timeoutMs);
}

bool ImportWizard::isJobRunning() const
{
    return m_job && m_job->isRunning();
}

QString ImportWizard::refusal(const CsvImporter::Options& options) const
{
    return CsvImporter(m_database, m_access, m_target).refusal(options);
}

QString ImportWizard::sourcePath() const
{
    return QDir::fromNativeSeparators(m_filePage->path());
}

const CsvImporter::Preview& ImportWizard::preview() const
{
    return m_filePage->preview();
}

CsvImporter::Options ImportWizard::options(bool dryRun) const
{
    CsvImporter::Options options;
    options.dryRun = dryRun;
    options.mapping = m_mappingPage->mapping();
    options.onDuplicate = m_mappingPage->onDuplicate();
    options.batchSize = m_batchSize;
    options.encoding = m_filePage->encoding();
    // The delimiter the preview was read with (detected or chosen): what the user saw is imported.
    options.delimiter = preview().ok() ? preview().delimiter : m_filePage->delimiter();
    // The dry run writes nothing, not even the error file: its problems are listed on the page.
    options.errorFilePath = dryRun ? QString() : m_checkPage->errorFilePath();
    return options;
}

void ImportWizard::done(int result)
{
    // Closing (Cancel, Escape, the window's close button) while a job runs: stop after the
    // current batch and wait, so no committed batch is lost and no thread outlives the wizard.
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::done(result);
}

void ImportWizard::jobFinished(const ImportSummary& summary)
{
    if (summary.dryRun)
        return;
    const bool stored = summary.created + summary.updated > 0;
    const bool wentThrough = summary.fatalError.isEmpty() && !summary.cancelled;
    if (stored || wentThrough)
        emit imported(summary);
}
