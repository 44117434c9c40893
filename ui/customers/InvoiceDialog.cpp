#include "InvoiceDialog.h"

#include "auth/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

const QStringList commonCurrencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                      QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"),
                                      QStringLiteral("JPY"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                                      QStringLiteral("DKK"), QStringLiteral("KWD")};

} // namespace

InvoiceDialog::InvoiceDialog(const QString& currency, SubmitFunction submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_amountPaid(0, currency)
{
    build(false);
    setWindowTitle(tr("Add Invoice"));
    setAccessibleName(tr("Add invoice"));
    m_currencyCombo->setCurrentText(currency);
    const QDate today = InvoiceService::todayUtc();
    m_issuedCheck->setChecked(true);
    m_issuedEdit->setDate(today);
    m_dueEdit->setDate(today.addDays(30));
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(QStringLiteral("pending")));
    revalidate();
}

InvoiceDialog::InvoiceDialog(const Invoice& invoice, SubmitFunction submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_amountPaid(invoice.amountPaid)
{
    build(true);
    setWindowTitle(tr("Edit Invoice %1").arg(invoice.invoiceNumber));
    setAccessibleName(tr("Edit invoice"));
    m_numberEdit->setText(invoice.invoiceNumber);
    m_amountEdit->setText(invoice.amount.toDecimalString());
    m_currencyCombo->setCurrentText(invoice.currency());
    m_issuedCheck->setChecked(invoice.issuedDate.isValid());
    m_issuedEdit->setDate(invoice.issuedDate.isValid() ? invoice.issuedDate : invoice.dueDate);
    m_dueEdit->setDate(invoice.dueDate);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(invoice.status));
    m_descriptionEdit->setText(invoice.description);
    if (invoice.amountPaid.minorUnits() > 0) {
        m_currencyCombo->setEnabled(false);
        m_currencyCombo->setToolTip(tr("The currency cannot change after payments were recorded."));
    }
    revalidate();
}

void InvoiceDialog::build(bool editing)
{
    setObjectName(QStringLiteral("invoiceDialog"));

    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(QStringLiteral("invoiceNumberEdit"));
    m_numberEdit->setAccessibleName(tr("Invoice number"));
    m_numberEdit->setMaxLength(100);

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setAccessibleName(tr("Amount"));
    m_amountEdit->setPlaceholderText(tr("e.g. 1250.00"));
    m_amountEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency"));
    m_currencyCombo->setEditable(true);
    m_currencyCombo->addItems(commonCurrencies);
    m_currencyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_currencyCombo->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currencyCombo));

    m_issuedCheck = new QCheckBox(tr("&Issued on:"), this);
    m_issuedCheck->setObjectName(QStringLiteral("issuedDateCheck"));
    m_issuedEdit = new QDateEdit(this);
    m_issuedEdit->setObjectName(QStringLiteral("issuedDateEdit"));
    m_issuedEdit->setAccessibleName(tr("Issue date"));
    m_issuedEdit->setCalendarPopup(true);
    m_issuedEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_dueEdit = new QDateEdit(this);
    m_dueEdit->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueEdit->setAccessibleName(tr("Due date"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setAccessibleName(tr("Status"));
    for (const QString& status : InvoiceService::statuses())
        m_statusCombo->addItem(InvoiceService::statusTitle(status), status);

    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setMaxLength(1000);

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Invoice &number:"), m_numberEdit);
    addRow(tr("&Amount:"), m_amountEdit);
    addRow(tr("C&urrency:"), m_currencyCombo);
    form->addRow(m_issuedCheck, m_issuedEdit);
    addRow(tr("&Due date:"), m_dueEdit);
    addRow(tr("&Status:"), m_statusCombo);
    addRow(tr("D&escription:"), m_descriptionEdit);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("color: #8a1c14;"));

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(editing ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &InvoiceDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(m_numberEdit, &QLineEdit::textChanged, this, &InvoiceDialog::revalidate);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &InvoiceDialog::revalidate);
    connect(m_currencyCombo, &QComboBox::currentTextChanged, this, &InvoiceDialog::revalidate);
    connect(m_issuedCheck, &QCheckBox::toggled, m_issuedEdit, &QWidget::setEnabled);
    connect(m_issuedCheck, &QCheckBox::toggled, this, &InvoiceDialog::revalidate);
    connect(m_issuedEdit, &QDateEdit::dateChanged, this, &InvoiceDialog::revalidate);
    connect(m_dueEdit, &QDateEdit::dateChanged, this, &InvoiceDialog::revalidate);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &InvoiceDialog::revalidate);
    m_numberEdit->setFocus();
}

std::optional<InvoiceInput> InvoiceDialog::input(QString* problem) const
{
    auto fail = [problem](const QString& text) -> std::optional<InvoiceInput> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    const QString currency = m_currencyCombo->currentText().trimmed().toUpper();
    if (!Money::isValidCurrency(currency))
        return fail(tr("Enter a three-letter currency code, e.g. USD."));
    const QString amountText = m_amountEdit->text().trimmed();
    if (amountText.isEmpty())
        return fail(tr("Enter the amount."));
    const std::optional<Money> amount = Money::parse(amountText, currency);
    if (!amount) {
        const int decimals = Money::decimalsFor(currency);
        return fail(decimals == 0
                        ? tr("Enter the amount as a whole number (%1 has no decimals), without grouping.").arg(currency)
                        : tr("Enter the amount as a number with at most %1 decimals, e.g. 1250.%2, without grouping.")
                              .arg(decimals)
                              .arg(QString(decimals, QLatin1Char('0'))));
    }
    InvoiceInput input;
    input.invoiceNumber = m_numberEdit->text().trimmed();
    input.amount = *amount;
    input.issuedDate = m_issuedCheck->isChecked() ? m_issuedEdit->date() : QDate();
    input.dueDate = m_dueEdit->date();
    input.status = m_statusCombo->currentData().toString();
    input.description = m_descriptionEdit->text().trimmed();
    const QString invalid =
        InvoiceService::validate(input, m_amountPaid.minorUnits() > 0 ? m_amountPaid : Money(0, currency));
    if (!invalid.isEmpty())
        return fail(invalid);
    return input;
}

void InvoiceDialog::revalidate()
{
    QString problem;
    const bool valid = input(&problem).has_value();
    m_hintLabel->setText(valid ? QString() : problem);
    m_hintLabel->setVisible(!valid);
    m_saveButton->setEnabled(valid);
}

void InvoiceDialog::submit()
{
    QString problem;
    const std::optional<InvoiceInput> value = input(&problem);
    if (!value) {
        m_messageLabel->showMessage(problem);
        return;
    }
    QString error;
    if (m_submit && !m_submit(*value, &error)) {
        m_messageLabel->showMessage(error);
        return;
    }
    m_messageLabel->clearMessage();
    accept();
}
