#include "PaymentDialog.h"

#include "auth/MessageLabel.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString moneyText(const Money& money)
{
    return QStringLiteral("%1 %2").arg(money.toDecimalString(), money.currency());
}

} // namespace

PaymentDialog::PaymentDialog(const Invoice& invoice, SubmitFunction submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_invoice(invoice)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record Payment on %1").arg(invoice.invoiceNumber));
    setAccessibleName(tr("Record payment"));

    auto* summary = new QLabel(tr("Invoice %1: amount %2, paid %3, balance %4.")
                                   .arg(invoice.invoiceNumber, moneyText(invoice.amount), moneyText(invoice.amountPaid),
                                        moneyText(invoice.balance())),
                               this);
    summary->setObjectName(QStringLiteral("invoiceSummaryLabel"));
    summary->setWordWrap(true);

    m_amountEdit = new QLineEdit(invoice.balance().toDecimalString(), this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setAccessibleName(tr("Amount paid in %1").arg(invoice.currency()));
    m_amountEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_paidAtEdit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_paidAtEdit->setObjectName(QStringLiteral("paidAtEdit"));
    m_paidAtEdit->setAccessibleName(tr("Paid at (local time)"));
    m_paidAtEdit->setCalendarPopup(true);
    m_paidAtEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_paidAtEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));

    auto* form = new QFormLayout;
    auto* amountLabel = new QLabel(tr("&Amount (%1):").arg(invoice.currency()), this);
    amountLabel->setBuddy(m_amountEdit);
    auto* paidAtLabel = new QLabel(tr("&Paid at:"), this);
    paidAtLabel->setBuddy(m_paidAtEdit);
    form->addRow(amountLabel, m_amountEdit);
    form->addRow(paidAtLabel, m_paidAtEdit);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("color: #8a1c14;"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_recordButton = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &PaymentDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(m_amountEdit, &QLineEdit::textChanged, this, &PaymentDialog::revalidate);
    m_amountEdit->setFocus();
    m_amountEdit->selectAll();
    revalidate();
}

std::optional<Money> PaymentDialog::amount(QString* problem) const
{
    auto fail = [problem](const QString& text) -> std::optional<Money> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    const QString text = m_amountEdit->text().trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the amount paid."));
    const std::optional<Money> value = Money::parse(text, m_invoice.currency());
    if (!value)
        return fail(tr("Enter the amount as a number with at most %1 decimals, without grouping.")
                        .arg(Money::decimalsFor(m_invoice.currency())));
    if (value->minorUnits() <= 0)
        return fail(tr("The payment must be greater than zero."));
    if (m_invoice.balance() < *value)
        return fail(tr("That is more than the balance of %1.").arg(moneyText(m_invoice.balance())));
    return value;
}

QDateTime PaymentDialog::paidAtUtc() const
{
    return m_paidAtEdit->dateTime().toUTC();
}

void PaymentDialog::revalidate()
{
    QString problem;
    const bool valid = amount(&problem).has_value();
    m_hintLabel->setText(valid ? QString() : problem);
    m_hintLabel->setVisible(!valid);
    m_recordButton->setEnabled(valid);
}

void PaymentDialog::submit()
{
    QString problem;
    const std::optional<Money> value = amount(&problem);
    if (!value) {
        m_messageLabel->showMessage(problem);
        return;
    }
    QString error;
    if (m_submit && !m_submit(*value, paidAtUtc(), &error)) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->clearMessage();
    accept();
}
