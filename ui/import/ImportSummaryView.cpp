#include "ImportSummaryView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

ImportSummaryView::ImportSummaryView(bool dryRun, QWidget* parent) : QWidget(parent), m_dryRun(dryRun)
{
    setObjectName(dryRun ? QStringLiteral("checkSummary") : QStringLiteral("importSummary"));
    setAccessibleName(dryRun ? tr("Result of the check") : tr("Result of the import"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_total = addCount(form, tr("Records read:"), QStringLiteral("totalCount"));
    m_created = addCount(form, dryRun ? tr("Would be created:") : tr("Created:"), QStringLiteral("createdCount"));
    m_updated = addCount(form, dryRun ? tr("Would be updated:") : tr("Updated:"), QStringLiteral("updatedCount"));
    m_skipped = addCount(form, dryRun ? tr("Would be skipped (duplicates):") : tr("Skipped (duplicates):"),
                         QStringLiteral("skippedCount"));
    m_failed = addCount(form, dryRun ? tr("Would fail:") : tr("Failed:"), QStringLiteral("failedCount"));
    m_notProcessed = addCount(form, tr("Not processed:"), QStringLiteral("notProcessedLabel"));
    m_notProcessedTitle = qobject_cast<QLabel*>(form->labelForField(m_notProcessed));

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("issuesTable"));
    m_issues->setAccessibleName(tr("Problems, with line number and reason"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Type"), tr("Reason")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setTabKeyNavigation(false);
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = m_issues->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_issues->setColumnWidth(LineColumn, digit * 9);
    m_issues->setColumnWidth(TypeColumn, digit * 20);
    m_issuesLabel = new QLabel(tr("&Problems:"), this);
    m_issuesLabel->setBuddy(m_issues);

    m_issuesNote = new QLabel(this);
    m_issuesNote->setObjectName(QStringLiteral("issuesNote"));
    m_issuesNote->setWordWrap(true);
    m_issuesNote->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_issuesNote);
    clear();
}

QLabel* ImportSummaryView::addCount(QFormLayout* form, const QString& title, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(title);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(title, value);
    return value;
}

void ImportSummaryView::clear()
{
    for (QLabel* label : {m_total, m_created, m_updated, m_skipped, m_failed, m_notProcessed})
        label->setText(QStringLiteral("\u2013"));
    m_notProcessed->hide();
    m_notProcessedTitle->hide();
    m_issues->setRowCount(0);
    m_issuesNote->clear();
    m_issuesNote->hide();
}

void ImportSummaryView::setCounts(const ImportSummary& summary)
{
    const QLocale locale;
    m_total->setText(locale.toString(summary.total));
    m_created->setText(locale.toString(summary.created));
    m_updated->setText(locale.toString(summary.updated));
    m_skipped->setText(locale.toString(summary.skippedDuplicates));
    m_failed->setText(locale.toString(summary.failed));
    const bool stopped = summary.notProcessedFromLine > 0;
    m_notProcessed->setText(stopped ? tr("the records from line %1 on").arg(summary.notProcessedFromLine) : QString());
    m_notProcessed->setVisible(stopped);
    m_notProcessedTitle->setVisible(stopped);
}

void ImportSummaryView::setSummary(const ImportSummary& summary)
{
    setCounts(summary);

    const QColor errorColor =
        palette().color(QPalette::Text).lightness() > 128 ? QColor(255, 140, 140) : QColor(170, 0, 0);
    m_issues->setRowCount(0);
    m_issues->setRowCount(int(summary.issues.size()));
    for (int row = 0; row < summary.issues.size(); ++row) {
        const ImportSummary::Issue& issue = summary.issues.at(row);
        auto* line = new QTableWidgetItem(QString::number(issue.line));
        line->setData(Qt::UserRole, issue.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* type = new QTableWidgetItem(issue.failed ? (m_dryRun ? tr("Would fail") : tr("Failed"))
                                                       : tr("Duplicate, skipped"));
        auto* reason = new QTableWidgetItem(issue.message);
        reason->setToolTip(issue.message);
        if (issue.failed) {
            for (QTableWidgetItem* item : {line, type, reason})
                item->setForeground(errorColor);
        }
        m_issues->setItem(row, LineColumn, line);
        m_issues->setItem(row, TypeColumn, type);
        m_issues->setItem(row, ReasonColumn, reason);
    }
    QString note;
    if (summary.issues.isEmpty())
        note = tr("No problems.");
    else if (summary.issuesTruncated)
        note = tr("Only the first %n problem(s) are listed; the error file has every failed record.", nullptr,
                  int(summary.issues.size()));
    m_issuesNote->setText(note);
    m_issuesNote->setVisible(!note.isEmpty());
}
