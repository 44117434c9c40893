#pragma once

#include "services/InvoiceService.h"

#include <QDialog>
#include <functional>

class MessageLabel;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// Records a payment on one invoice: shows its amount, what is paid and the balance, and asks for
// the amount paid (text parsed exactly by Money, prefilled with the balance) and when (local
// time, now by default). Checked as the user types: zero, negative, more decimals than the
// currency has and more than the balance are refused inline with Record disabled. Record hands
// the amount and the UTC time to the submit function; on failure the dialog stays open with the
// reason in its message line.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    using SubmitFunction = std::function<bool(const Money& amount, const QDateTime& paidAtUtc, QString* error)>;

    PaymentDialog(const Invoice& invoice, SubmitFunction submit, QWidget* parent = nullptr);

    // The amount as typed; std::nullopt (and *problem) when it is not valid.
    std::optional<Money> amount(QString* problem = nullptr) const;
    QDateTime paidAtUtc() const;

private:
    void revalidate();
    void submit();

    SubmitFunction m_submit;
    Invoice m_invoice;
    QLineEdit* m_amountEdit = nullptr;
    QDateTimeEdit* m_paidAtEdit = nullptr;
    QLabel* m_hintLabel = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QPushButton* m_recordButton = nullptr;
};
