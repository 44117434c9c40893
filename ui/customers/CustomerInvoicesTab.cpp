#include "CustomerInvoicesTab.h"

#include "InvoiceDialog.h"
#include "PaymentDialog.h"
#include "auth/MessageLabel.h"
#include "common/UserMessage.h"
#include "services/InvoiceService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum Column
{
    NumberColumn,
    AmountColumn,
    PaidColumn,
    BalanceColumn,
    CurrencyColumn,
    IssuedColumn,
    DueColumn,
    StatusColumn,
    DaysOverdueColumn,
    AgingColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;

// Exact decimal text of the amount with the locale's grouping and decimal point.
QString moneyDisplay(const Money& money)
{
    const QLocale locale;
    const QString plain = money.toDecimalString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    QString text = locale.toString(whole.toLongLong());
    if (point >= 0)
        text += locale.decimalPoint() + digits.mid(point + 1);
    return negative ? locale.negativeSign() + text : text;
}

QStandardItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(alignment);
    return item;
}

QStandardItem* moneyCell(const Money& money)
{
    return cell(moneyDisplay(money), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

CustomerInvoicesTab::CustomerInvoicesTab(const Database& database, AccessContextPtr context, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<InvoiceService>(database, context)), m_context(std::move(context))
{
    setObjectName(QStringLiteral("customerInvoicesTab"));
    setAccessibleName(tr("Invoices"));
    m_runDialog = [](QDialog& dialog) { return UserMessage::isInteractive() ? dialog.exec() : int(QDialog::Rejected); };

    m_messageLabel = new MessageLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Invoice"), tr("Amount"), tr("Paid"), tr("Balance"), tr("Currency"),
                                        tr("Issued"), tr("Due"), tr("Status"), tr("Days Overdue"), tr("Aging")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoicesTable"));
    m_view->setAccessibleName(tr("Invoices"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_addButton = new QPushButton(tr("&Add Invoice\u2026"), this);
    m_addButton->setObjectName(QStringLiteral("addInvoiceButton"));
    m_addButton->setAccessibleName(tr("Add invoice"));
    m_editButton = new QPushButton(tr("&Edit\u2026"), this);
    m_editButton->setObjectName(QStringLiteral("editInvoiceButton"));
    m_editButton->setAccessibleName(tr("Edit the selected invoice"));
    m_paymentButton = new QPushButton(tr("Record &Payment\u2026"), this);
    m_paymentButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_paymentButton->setAccessibleName(tr("Record a payment on the selected invoice"));
    connect(m_addButton, &QPushButton::clicked, this, &CustomerInvoicesTab::addInvoice);
    connect(m_editButton, &QPushButton::clicked, this, &CustomerInvoicesTab::editSelected);
    connect(m_paymentButton, &QPushButton::clicked, this, &CustomerInvoicesTab::recordPayment);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_editButton->isEnabled())
            editSelected();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_paymentButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsLabel);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerInvoicesTab::updateActions);
    refresh();
}

CustomerInvoicesTab::~CustomerInvoicesTab() = default;

void CustomerInvoicesTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_messageLabel->clearMessage();
    refresh();
}

qint64 CustomerInvoicesTab::selectedInvoiceId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->index(rows.first().row(), 0).data(IdRole).toLongLong();
}

bool CustomerInvoicesTab::selectInvoice(qint64 invoiceId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(IdRole).toLongLong() == invoiceId) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void CustomerInvoicesTab::refresh()
{
    const qint64 selected = selectedInvoiceId();
    m_model->removeRows(0, m_model->rowCount());
    m_totalsLabel->clear();
    if (m_customerId <= 0) {
        updateActions();
        return;
    }
    QString error;
    const auto invoices = m_service->list(m_customerId, QDate(), &error);
    if (!invoices) {
        m_messageLabel->showMessage(error);
        updateActions();
        return;
    }
    const QLocale locale;
    for (const Invoice& invoice : *invoices) {
        QList<QStandardItem*> row{
            cell(invoice.invoiceNumber),
            moneyCell(invoice.amount),
            moneyCell(invoice.amountPaid),
            moneyCell(invoice.balance()),
            cell(invoice.currency()),
            cell(invoice.issuedDate.isValid() ? locale.toString(invoice.issuedDate, QLocale::ShortFormat) : QString()),
            cell(locale.toString(invoice.dueDate, QLocale::ShortFormat)),
            cell(InvoiceService::statusTitle(invoice.status)),
            cell(invoice.agingBucket == AgingBucket::None ? QString() : QString::number(invoice.daysOverdue),
                 Qt::AlignRight | Qt::AlignVCenter),
            cell(InvoiceService::bucketTitle(invoice.agingBucket)),
        };
        row.first()->setData(invoice.id, IdRole);
        if (!invoice.description.isEmpty())
            row.first()->setToolTip(invoice.description);
        if (invoice.daysOverdue > 0) {
            for (QStandardItem* item : row)
                item->setForeground(QColor(0x8a, 0x1c, 0x14));
        }
        m_model->appendRow(row);
    }

    QStringList lines;
    for (const InvoiceTotals& total : InvoiceService::totals(*invoices)) {
        lines << tr("%1: %n invoice(s), amount %2, paid %3, balance %4, overdue %5", nullptr, total.count)
                     .arg(total.currency, moneyDisplay(total.amount), moneyDisplay(total.paid),
                          moneyDisplay(total.balance), moneyDisplay(total.overdue));
    }
    m_totalsLabel->setText(lines.isEmpty() ? tr("No invoices.")
                                           : tr("Totals \u2014 %1").arg(lines.join(QStringLiteral("; "))));
    m_totalsLabel->setAccessibleName(m_totalsLabel->text());
    m_view->resizeColumnsToContents();
    if (selected > 0)
        selectInvoice(selected);
    updateActions();
}

void CustomerInvoicesTab::updateActions()
{
    const bool customer = m_customerId > 0;
    const bool selected = selectedInvoiceId() > 0;
    m_addButton->setEnabled(customer && m_service->canAdd());
    m_editButton->setEnabled(customer && selected && m_service->canEdit());
    m_paymentButton->setEnabled(customer && selected && m_service->canRecordPayment());
    if (!m_service->canAdd() && m_context)
        m_addButton->setToolTip(
            m_context->deniedMessage(QStringLiteral("payment_records"), PermissionService::Action::Create));
    if (!m_service->canEdit() && m_context) {
        const QString denied =
            m_context->deniedMessage(QStringLiteral("payment_records"), PermissionService::Action::Update);
        m_editButton->setToolTip(denied);
        m_paymentButton->setToolTip(denied);
    }
}

void CustomerInvoicesTab::addInvoice()
{
    if (m_customerId <= 0)
        return;
    m_messageLabel->clearMessage();
    qint64 created = 0;
    InvoiceDialog dialog(
        QStringLiteral("USD"),
        [this, &created](const InvoiceInput& input, QString* error) {
            const auto id = m_service->add(m_customerId, input, error);
            created = id.value_or(0);
            return id.has_value();
        },
        this);
    if (m_runDialog(dialog) != QDialog::Accepted || created <= 0)
        return;
    refresh();
    selectInvoice(created);
    m_messageLabel->showMessage(tr("Invoice added."), MessageLabel::Kind::Info);
    emit changed();
}

void CustomerInvoicesTab::editSelected()
{
    const qint64 id = selectedInvoiceId();
    if (id <= 0)
        return;
    m_messageLabel->clearMessage();
    QString error;
    const auto invoice = m_service->invoice(id, QDate(), &error);
    if (!invoice) {
        m_messageLabel->showMessage(error);
        return;
    }
    const QString version = invoice->version;
    InvoiceDialog dialog(
        *invoice,
        [this, id, version](const InvoiceInput& input, QString* submitError) {
            return m_service->edit(id, input, version, submitError);
        },
        this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    refresh();
    m_messageLabel->showMessage(tr("Invoice saved."), MessageLabel::Kind::Info);
    emit changed();
}

void CustomerInvoicesTab::recordPayment()
{
    const qint64 id = selectedInvoiceId();
    if (id <= 0)
        return;
    m_messageLabel->clearMessage();
    QString error;
    const auto invoice = m_service->invoice(id, QDate(), &error);
    if (!invoice) {
        m_messageLabel->showMessage(error);
        return;
    }
    if (invoice->balance().minorUnits() <= 0) {
        m_messageLabel->showMessage(tr("Invoice %1 is already paid in full.").arg(invoice->invoiceNumber));
        return;
    }
    PaymentDialog dialog(
        *invoice,
        [this, id](const Money& amount, const QDateTime& paidAt, QString* submitError) {
            return m_service->recordPayment(id, amount, paidAt, submitError);
        },
        this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    refresh();
    m_messageLabel->showMessage(tr("Payment recorded."), MessageLabel::Kind::Info);
    emit changed();
}
