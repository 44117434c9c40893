#include "ImportCheckPage.h"

#include "ImportJob.h"
#include "ImportSummaryView.h"
#include "ImportWizard.h"
#include "auth/MessageLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

ImportCheckPage::ImportCheckPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check the records"));
    setSubTitle(tr("Every record is read and checked against the database as the import would; nothing is "
                   "written. Go back to change the mapping, or import."));
    setCommitPage(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setRange(0, ImportSummary::ProgressSteps);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("checkStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Check status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_cancelButton = new QPushButton(tr("&Cancel check"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancelButton->setToolTip(tr("Stop the check; the counts then cover the records read so far"));
    m_againButton = new QPushButton(tr("Check &again"), this);
    m_againButton->setObjectName(QStringLiteral("checkAgainButton"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_summaryView = new ImportSummaryView(true, this);

    m_errorFileEdit = new QLineEdit(this);
    m_errorFileEdit->setObjectName(QStringLiteral("errorFileEdit"));
    m_errorFileEdit->setAccessibleName(tr("Error file"));
    m_errorFileEdit->setToolTip(tr("The records that fail are written to this CSV file with the reason, to be fixed "
                                   "and imported again. It is replaced when it exists."));
    auto* errorFileLabel = new QLabel(tr("&Error file:"), this);
    errorFileLabel->setBuddy(m_errorFileEdit);
    m_errorFileMessage = new MessageLabel(this);
    m_errorFileMessage->setObjectName(QStringLiteral("errorFileMessage"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_againButton);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(errorFileLabel);
    errorRow->addWidget(m_errorFileEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_summaryView, 1);
    layout->addLayout(errorRow);
    layout->addWidget(m_errorFileMessage);

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_checking)
            m_wizard->job()->cancel();
        m_cancelButton->setEnabled(false);
        m_statusLabel->setText(tr("Cancelling after the current batch\u2026"));
    });
    connect(m_againButton, &QPushButton::clicked, this, &ImportCheckPage::startCheck);
    connect(m_errorFileEdit, &QLineEdit::textChanged, this, &ImportCheckPage::validateErrorPath);
    connect(wizard->job(), &ImportJob::progressed, this, [this](const ImportSummary& soFar) {
        if (m_checking && soFar.dryRun)
            showProgress(soFar);
    });
    connect(wizard->job(), &ImportJob::finished, this, [this](const ImportSummary& summary) {
        if (m_checking && summary.dryRun)
            checkFinished(summary);
    });
}

QString ImportCheckPage::errorFilePath() const
{
    return QDir::fromNativeSeparators(m_errorFileEdit->text().trimmed());
}

void ImportCheckPage::initializePage()
{
    // The default error file follows the source file unless the user typed another one.
    const QFileInfo source(m_wizard->sourcePath());
    const QString suggested =
        QDir::toNativeSeparators(source.dir().filePath(source.completeBaseName() + QStringLiteral(".errors.csv")));
    if (m_errorFileEdit->text().trimmed().isEmpty() || m_errorFileEdit->text() == m_defaultErrorPath)
        m_errorFileEdit->setText(suggested);
    m_defaultErrorPath = suggested;
    validateErrorPath();
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    // Back: the check is for a mapping that is about to change.
    ImportJob* job = m_wizard->job();
    if (m_checking) {
        job->cancel();
        job->wait();
    }
    m_checked = false;
}

void ImportCheckPage::startCheck()
{
    ImportJob* job = m_wizard->job();
    if (job->isRunning())
        return;
    m_checked = false;
    m_summary = ImportSummary();
    m_summaryView->clear();
    m_messageLabel->clearMessage();
    m_progress->setValue(0);
    m_statusLabel->setText(tr("Checking %1\u2026").arg(QFileInfo(m_wizard->sourcePath()).fileName()));
    m_checking = job->start(m_wizard->sourcePath(), m_wizard->options(true));
    if (!m_checking)
        m_messageLabel->showMessage(tr("Another import is still running."));
    updateButtons();
    if (m_checking)
        m_cancelButton->setFocus();
    emit completeChanged();
}

void ImportCheckPage::showProgress(const ImportSummary& soFar)
{
    m_progress->setValue(soFar.progress(ImportSummary::ProgressSteps));
    if (m_wizard->job()->isCancelling())
        return;
    m_statusLabel->setText(
        tr("Checking\u2026 %1 of %2 read, %n record(s) checked", nullptr, int(soFar.total))
            .arg(QLocale().formattedDataSize(soFar.bytesRead), QLocale().formattedDataSize(soFar.bytesTotal)));
    m_summaryView->setCounts(soFar);
}

void ImportCheckPage::checkFinished(const ImportSummary& summary)
{
    m_checking = false;
    m_checked = true;
    m_summary = summary;
    m_summaryView->setSummary(summary);
    const bool stopped = summary.cancelled || !summary.fatalError.isEmpty();
    m_progress->setValue(stopped ? summary.progress(ImportSummary::ProgressSteps) : ImportSummary::ProgressSteps);
    const QLocale locale;
    m_statusLabel->setText(tr("%n record(s) checked in %1 s.", nullptr, int(summary.total))
                               .arg(locale.toString(summary.elapsedMs / 1000.0, 'f', 1)));
    if (!summary.fatalError.isEmpty()) {
        QString text = tr("The check stopped: %1").arg(summary.fatalError);
        if (summary.notProcessedFromLine > 0)
            text += QLatin1Char(' ') +
                    tr("The records from line %1 on were not checked.").arg(summary.notProcessedFromLine);
        m_messageLabel->showMessage(text);
    } else if (summary.cancelled) {
        m_messageLabel->showMessage(tr("The check was cancelled; the counts cover the records before line %1. You "
                                       "can check again or import anyway.")
                                        .arg(summary.notProcessedFromLine),
                                    MessageLabel::Kind::Info);
    } else if (summary.failed > 0) {
        m_messageLabel->showMessage(
            tr("%n record(s) would fail and go to the error file with the reason; the others would be imported. "
               "Go back to change the mapping, or import.",
               nullptr, int(summary.failed)),
            MessageLabel::Kind::Info);
    } else {
        m_messageLabel->showMessage(tr("All %n record(s) can be imported.", nullptr, int(summary.total)),
                                    MessageLabel::Kind::Info);
    }
    const bool hadFocus = m_cancelButton->hasFocus();
    updateButtons();
    if (hadFocus)
        m_againButton->setFocus();
    emit completeChanged();
}

void ImportCheckPage::updateButtons()
{
    m_cancelButton->setEnabled(m_checking);
    m_cancelButton->setVisible(m_checking);
    m_againButton->setVisible(!m_checking);
    m_againButton->setEnabled(!m_checking);
}

void ImportCheckPage::validateErrorPath()
{
    const QString path = errorFilePath();
    m_errorPathProblem.clear();
    if (path.isEmpty()) {
        m_errorPathProblem = tr("Name a file for the records that fail.");
    } else {
        const QFileInfo info(path);
        const QFileInfo folder(info.absolutePath());
        if (info.absoluteFilePath() == QFileInfo(m_wizard->sourcePath()).absoluteFilePath())
            m_errorPathProblem = tr("The error file must not be the file being imported.");
        else if (info.isDir())
            m_errorPathProblem = tr("%1 is a folder; name a file in it.").arg(QDir::toNativeSeparators(path));
        else if (!folder.isDir())
            m_errorPathProblem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
        else if (!folder.isWritable())
            m_errorPathProblem =
                tr("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder.filePath()));
        else if (info.exists() && !info.isWritable())
            m_errorPathProblem = tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path));
    }
    if (m_errorPathProblem.isEmpty())
        m_errorFileMessage->clearMessage();
    else
        m_errorFileMessage->showMessage(m_errorPathProblem);
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && !m_checking && m_summary.fatalError.isEmpty() && m_errorPathProblem.isEmpty();
}
