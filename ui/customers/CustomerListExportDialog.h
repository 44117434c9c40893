#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

// The options of the customer list's CSV export, asked before the file: says which customers are
// written and in which order (the list's search, filters and sort), and offers the list's
// computed columns (risk level, do-not-contact, holds, outstanding and overdue balances) as a
// check box. "Choose File…" (Enter) accepts, Escape cancels.
class CustomerListExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `order` describes the list's sort for people, e.g. "Company, ascending".
    explicit CustomerListExportDialog(const QString& order, QWidget* parent = nullptr);

    bool includeListColumns() const;
    void setIncludeListColumns(bool include);

private:
    QLabel* m_summary = nullptr;
    QCheckBox* m_listColumns = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
