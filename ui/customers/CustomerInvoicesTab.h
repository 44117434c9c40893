#pragma once

#include "services/AccessContext.h"

#include <QWidget>
#include <functional>
#include <memory>

class Database;
class InvoiceService;
class MessageLabel;
class QDialog;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The Invoices tab of the customer form: the customer's payment records (invoice number, amount,
// paid, balance, currency, due date, status, days overdue, aging bucket) with a totals line per
// currency, and the actions Add Invoice…, Edit… and Record Payment…. The work is
// InvoiceService's; buttons are enabled only when the role may write payment_records; errors
// and results are shown in the tab's message line.
//
// Dialogs go through a replaceable function (setDialogRunner) so tests can fill and accept them
// without a modal loop; unattended (COLLECTDESK_NONINTERACTIVE=1) they count as cancelled.
class CustomerInvoicesTab : public QWidget
{
    Q_OBJECT

public:
    using DialogRunner = std::function<int(QDialog& dialog)>;

    CustomerInvoicesTab(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~CustomerInvoicesTab() override;

    // Shows that customer's invoices (0: none, the tab is empty and its actions disabled).
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reloads the invoices from the database, keeping the selection.
    void refresh();

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // The selected invoice's id, 0 when none; selects the row of an invoice (false: not listed).
    qint64 selectedInvoiceId() const;
    bool selectInvoice(qint64 invoiceId);

signals:
    // An invoice was added or edited, or a payment recorded.
    void changed();

public slots:
    void addInvoice();
    void editSelected();
    void recordPayment();

private:
    void updateActions();

    std::unique_ptr<InvoiceService> m_service;
    AccessContextPtr m_context;
    qint64 m_customerId = 0;
    MessageLabel* m_messageLabel = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_paymentButton = nullptr;
    DialogRunner m_runDialog;
};
