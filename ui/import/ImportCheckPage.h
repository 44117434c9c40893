#pragma once

#include "services/ImportSummary.h"

#include <QWizardPage>

class ImportSummaryView;
class ImportWizard;
class MessageLabel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The import wizard's third page: the dry run (CsvImporter::run with dryRun, on the wizard's
// ImportJob, writing nothing) with progress and Cancel, then what the import would do - the
// counts and the problems with their line numbers and reasons - and where the failed records
// will be written (default: NAME.errors.csv next to the file; editable). Back cancels a running
// check. It is the commit page: Next reads "Import" and starts ImportRunPage.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Also when next() is called directly (not through the disabled button).
    bool validatePage() override { return isComplete(); }

    QString errorFilePath() const;
    // The result of the last finished check (empty before).
    const ImportSummary& lastSummary() const { return m_summary; }

    // Runs the check again (also done each time the page is entered).
    void startCheck();

private:
    void showProgress(const ImportSummary& soFar);
    void checkFinished(const ImportSummary& summary);
    void validateErrorPath();
    void updateButtons();

    ImportWizard* m_wizard = nullptr;
    ImportSummary m_summary;
    bool m_checked = false;  // a check finished for the current options
    bool m_checking = false; // this page's dry run is running
    QString m_errorPathProblem;
    QString m_defaultErrorPath;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_againButton = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    ImportSummaryView* m_summaryView = nullptr;
    QLineEdit* m_errorFileEdit = nullptr;
    MessageLabel* m_errorFileMessage = nullptr;
};
