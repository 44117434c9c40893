#pragma once

#include "services/ImportSummary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// The counts and problems of an import or of its dry run (ImportSummary): records read, created,
// updated, skipped as duplicates, failed, the line from which nothing was processed after a
// cancel, and the problems with their line numbers and reasons (each reason names its column).
// In dry-run wording ("would be created") or import wording ("created").
class ImportSummaryView : public QWidget
{
    Q_OBJECT

public:
    enum IssueColumn
    {
        LineColumn,
        TypeColumn,
        ReasonColumn
    };

    explicit ImportSummaryView(bool dryRun, QWidget* parent = nullptr);

    // The counts and the problems.
    void setSummary(const ImportSummary& summary);
    // The counts only (cheap; for progress while a job runs).
    void setCounts(const ImportSummary& summary);
    void clear();

private:
    QLabel* addCount(class QFormLayout* form, const QString& title, const QString& objectName);

    bool m_dryRun = false;
    QLabel* m_total = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_failed = nullptr;
    QLabel* m_notProcessedTitle = nullptr;
    QLabel* m_notProcessed = nullptr;
    QLabel* m_issuesLabel = nullptr;
    QTableWidget* m_issues = nullptr;
    QLabel* m_issuesNote = nullptr;
};
