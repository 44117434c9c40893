#pragma once

#include "services/ImportSummary.h"

#include <QWizardPage>

class ImportSummaryView;
class ImportWizard;
class MessageLabel;
class QLabel;
class QProgressBar;
class QPushButton;

// The import wizard's last page: the import on the wizard's ImportJob (a worker thread with a
// connection of its own, batched transactions), with a progress bar by bytes read, records per
// second and Cancel (no question: it stops after the current batch and says how many records were
// stored and from which line on nothing was processed). At the end: created, updated, skipped,
// failed - every record read accounted for - and the error file with a button that copies its path.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const { return m_importing; }
    // The result of the import (empty before it finished).
    const ImportSummary& lastSummary() const { return m_summary; }

private:
    void showProgress(const ImportSummary& soFar);
    void importFinished(const ImportSummary& summary);
    void copyErrorPath();

    ImportWizard* m_wizard = nullptr;
    ImportSummary m_summary;
    bool m_importing = false;
    bool m_finished = false;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    ImportSummaryView* m_summaryView = nullptr;
    QLabel* m_errorFileTitle = nullptr;
    QLabel* m_errorFileLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
};
