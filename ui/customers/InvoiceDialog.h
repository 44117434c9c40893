#pragma once

#include "services/InvoiceService.h"

#include <QDialog>
#include <functional>

class MessageLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// Adds or edits an invoice: invoice number, amount (typed as text and parsed exactly by Money),
// currency, issue date (optional), due date, status and description. Checked as the user types
// (InvoiceService::validate): the problem is shown under the fields and Save stays disabled while
// the input is invalid. Save hands the input to the submit function (the tab's call into
// InvoiceService); when that fails (e.g. a duplicate invoice number) the dialog stays open with
// the reason in its message line, otherwise it closes accepted.
class InvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    using SubmitFunction = std::function<bool(const InvoiceInput& input, QString* error)>;

    // A new invoice (due in 30 days, status pending, currency `currency`).
    InvoiceDialog(const QString& currency, SubmitFunction submit, QWidget* parent = nullptr);
    // Editing `invoice`.
    InvoiceDialog(const Invoice& invoice, SubmitFunction submit, QWidget* parent = nullptr);

    // The input as typed; std::nullopt (and *problem) when it is not valid.
    std::optional<InvoiceInput> input(QString* problem = nullptr) const;

private:
    void build(bool editing);
    void revalidate();
    void submit();

    SubmitFunction m_submit;
    Money m_amountPaid;
    QLineEdit* m_numberEdit = nullptr;
    QLineEdit* m_amountEdit = nullptr;
    QComboBox* m_currencyCombo = nullptr;
    QCheckBox* m_issuedCheck = nullptr;
    QDateEdit* m_issuedEdit = nullptr;
    QDateEdit* m_dueEdit = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_hintLabel = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};
