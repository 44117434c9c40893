#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportSummaryView.h"
#include "ImportWizard.h"
#include "auth/MessageLabel.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The records are stored in batches, each in one transaction. Cancel stops after the current "
                   "batch; the batches stored so far stay."));
    setFinalPage(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress (bytes read)"));
    m_progress->setRange(0, ImportSummary::ProgressSteps);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_cancelButton = new QPushButton(tr("&Cancel import"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setToolTip(tr("Stop after the current batch; what was stored so far stays"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Import status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_rateLabel->setAccessibleName(tr("Records per second"));
    m_rateLabel->setTextFormat(Qt::PlainText);

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_summaryView = new ImportSummaryView(false, this);

    m_errorFileTitle = new QLabel(tr("Error file:"), this);
    m_errorFileLabel = new QLabel(this);
    m_errorFileLabel->setObjectName(QStringLiteral("errorFileLabel"));
    m_errorFileLabel->setAccessibleName(tr("Error file"));
    m_errorFileLabel->setTextFormat(Qt::PlainText);
    m_errorFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorFileLabel->setWordWrap(true);
    m_copyButton = new QPushButton(tr("Co&py path"), this);
    m_copyButton->setObjectName(QStringLiteral("copyErrorPathButton"));
    m_copyButton->setToolTip(tr("Copy the error file's path to the clipboard"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rateLabel);
    progressRow->addWidget(m_cancelButton);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorFileTitle);
    errorRow->addWidget(m_errorFileLabel, 1);
    errorRow->addWidget(m_copyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_summaryView, 1);
    layout->addLayout(errorRow);

    for (QWidget* widget : std::initializer_list<QWidget*>{m_errorFileTitle, m_errorFileLabel, m_copyButton})
        widget->hide();

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_importing)
            return;
        m_wizard->job()->cancel();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling after the current batch\u2026"));
    });
    connect(m_copyButton, &QPushButton::clicked, this, &ImportRunPage::copyErrorPath);
    connect(wizard->job(), &ImportJob::progressed, this, [this](const ImportSummary& soFar) {
        if (m_importing && !soFar.dryRun)
            showProgress(soFar);
    });
    connect(wizard->job(), &ImportJob::finished, this, [this](const ImportSummary& summary) {
        if (m_importing && !summary.dryRun)
            importFinished(summary);
    });
}

void ImportRunPage::initializePage()
{
    m_summary = ImportSummary();
    m_finished = false;
    m_summaryView->clear();
    m_messageLabel->clearMessage();
    m_progress->setValue(0);
    m_rateLabel->clear();
    m_statusLabel->setText(
        tr("Importing %1 into %2\u2026").arg(QFileInfo(m_wizard->sourcePath()).fileName(), m_wizard->target().title()));
    m_importing = m_wizard->job()->start(m_wizard->sourcePath(), m_wizard->options(false));
    if (!m_importing) {
        m_finished = true;
        m_messageLabel->showMessage(tr("Another import is still running; nothing was imported."));
    }
    m_cancelButton->setEnabled(m_importing);
    m_cancelButton->setVisible(m_importing);
    if (m_importing)
        m_cancelButton->setFocus();
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_finished && !m_importing;
}

void ImportRunPage::showProgress(const ImportSummary& soFar)
{
    const QLocale locale;
    m_progress->setValue(soFar.progress(ImportSummary::ProgressSteps));
    const qint64 elapsed = m_wizard->job()->elapsedMs();
    if (elapsed > 0)
        m_rateLabel->setText(tr("%1 records/s").arg(locale.toString(qRound64(soFar.total * 1000.0 / elapsed))));
    m_summaryView->setCounts(soFar);
    if (m_wizard->job()->isCancelling())
        return;
    m_statusLabel->setText(
        tr("Importing\u2026 %1 of %2 read, %n record(s) so far", nullptr, int(soFar.total))
            .arg(locale.formattedDataSize(soFar.bytesRead), locale.formattedDataSize(soFar.bytesTotal)));
}

void ImportRunPage::importFinished(const ImportSummary& summary)
{
    m_importing = false;
    m_finished = true;
    m_summary = summary;
    const QLocale locale;
    const bool stopped = summary.cancelled || !summary.fatalError.isEmpty();
    if (stopped) {
        m_progress->setValue(summary.progress(ImportSummary::ProgressSteps));
    } else {
        m_progress->setValue(ImportSummary::ProgressSteps);
    }
    if (summary.elapsedMs > 0)
        m_rateLabel->setText(
            tr("%1 records/s").arg(locale.toString(qRound64(summary.total * 1000.0 / summary.elapsedMs))));
    m_summaryView->setSummary(summary);
    const bool hadFocus = m_cancelButton->hasFocus();
    m_cancelButton->hide();

    const qint64 stored = summary.created + summary.updated;
    const QString accounted = tr("Of the %n record(s) read, %1 were created, %2 updated, %3 skipped as duplicates "
                                 "and %4 failed.",
                                 nullptr, int(qMin<qint64>(summary.total, INT_MAX)))
                                  .arg(locale.toString(summary.created), locale.toString(summary.updated),
                                       locale.toString(summary.skippedDuplicates), locale.toString(summary.failed));
    const QString rest = summary.notProcessedFromLine > 0
                             ? tr("The records from line %1 on were not processed; import them again (with the "
                                  "duplicates skipped) to finish.")
                                   .arg(summary.notProcessedFromLine)
                             : QString();
    m_statusLabel->setText(tr("Finished in %1 s.").arg(locale.toString(summary.elapsedMs / 1000.0, 'f', 1)));
    if (!summary.fatalError.isEmpty()) {
        QStringList text{tr("The import stopped: %1").arg(summary.fatalError)};
        text << tr("%n record(s) were stored before.", nullptr, int(qMin<qint64>(stored, INT_MAX))) << accounted;
        if (!rest.isEmpty())
            text << rest;
        m_messageLabel->showMessage(text.join(QLatin1Char(' ')));
    } else if (summary.cancelled) {
        QStringList text{tr("The import was cancelled. %n record(s) were stored (created or updated) in %1 "
                            "transaction(s).",
                            nullptr, int(qMin<qint64>(stored, INT_MAX)))
                             .arg(summary.batchesCommitted)};
        text << accounted;
        if (!rest.isEmpty())
            text << rest;
        m_messageLabel->showMessage(text.join(QLatin1Char(' ')), MessageLabel::Kind::Info);
    } else if (summary.failed > 0) {
        m_messageLabel->showMessage(tr("The import finished. %1 The failed records are in the error file with the "
                                       "reason; fix them there and import that file again.")
                                        .arg(accounted),
                                    MessageLabel::Kind::Info);
    } else {
        m_messageLabel->showMessage(tr("The import finished: every record was imported. %1").arg(accounted),
                                    MessageLabel::Kind::Info);
    }

    const bool hasErrorFile = !summary.errorFilePath.isEmpty();
    m_errorFileLabel->setText(hasErrorFile
                                  ? tr("%1 (%n record(s))", nullptr, int(qMin<qint64>(summary.errorRows, INT_MAX)))
                                        .arg(QDir::toNativeSeparators(summary.errorFilePath))
                                  : QString());
    for (QWidget* widget : std::initializer_list<QWidget*>{m_errorFileTitle, m_errorFileLabel, m_copyButton})
        widget->setVisible(hasErrorFile);
    // Nothing is left to cancel: Finish closes the wizard.
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
    emit completeChanged();
    if (hadFocus) {
        if (hasErrorFile)
            m_copyButton->setFocus();
        else if (QAbstractButton* finish = m_wizard->button(QWizard::FinishButton))
            finish->setFocus();
    }
}

void ImportRunPage::copyErrorPath()
{
    if (m_summary.errorFilePath.isEmpty())
        return;
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(QDir::toNativeSeparators(m_summary.errorFilePath));
    m_statusLabel->setText(tr("The error file's path was copied to the clipboard."));
}
