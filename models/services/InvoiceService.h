#pragma once

#include "AccessContext.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// Receivables aging of an open invoice by days past its due date.
enum class AgingBucket
{
    None,       // nothing outstanding (paid, written off, or no balance)
    Current,    // not yet due (0 days overdue)
    Days1To30,  // 1..30
    Days31To60, // 31..60
    Days61To90, // 61..90
    Over90      // 91 and more
};

// One payment_records row as the Invoices tab lists it, with its derived aging.
struct Invoice
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString invoiceNumber;
    Money amount;
    Money amountPaid;
    QDate issuedDate; // invalid = not set
    QDate dueDate;
    QDateTime paidAt; // UTC; invalid = no payment yet
    QString status;   // pending, partial, paid, overdue, disputed, written_off
    QString description;
    int daysOverdue = 0;
    AgingBucket agingBucket = AgingBucket::None;
    // The row's updated_at as an exact key: pass it back to edit() to refuse a stale overwrite.
    QString version;

    QString currency() const { return amount.currency(); }
    Money balance() const { return amount - amountPaid; }
};

// What a user enters to add or edit an invoice. The currency is amount's.
struct InvoiceInput
{
    QString invoiceNumber;
    Money amount;
    QDate issuedDate; // optional
    QDate dueDate;
    QString status = QStringLiteral("pending");
    QString description;
};

// Sums of a customer's invoices in one currency.
struct InvoiceTotals
{
    QString currency;
    Money amount;
    Money paid;
    Money balance;
    Money overdue; // the balance of invoices at least one day overdue
    int count = 0;
};

// A customer's invoices (payment_records): list with days overdue and aging bucket, add, edit and
// record a payment. Money is exact (Money, integer minor units), never a double.
//
// Aging: days overdue = today - due_date (0 when not yet due), counted for invoices with an open
// balance whose status is pending, partial, overdue or disputed; paid and written-off invoices and
// those with nothing left to pay have no aging (AgingBucket::None). "Today" is the current UTC
// date, the same day calculate_customer_risk_score uses, so the tab and the risk score agree
// whoever looks and from where (not the customer's time zone: a due date is a calendar date of the
// debt, not of the debtor's clock). Buckets: 0 Current, 1-30, 31-60, 61-90, 91+ "90+".
//
// Payments: recordPayment adds the amount to amount_paid, refusing zero, negative, a different
// currency and anything above the balance. Fully paid -> status "paid"; a partial payment turns
// pending/overdue into "partial" and leaves partial, disputed and written_off as they are.
// paid_at becomes the latest payment time.
//
// Permissions: list needs read on payment_records, add create, edit and recordPayment update.
// Every method checks the AccessContext first and refuses with a translated message, changing
// nothing; every change writes its audit_logs row in the same transaction ("create", "update",
// "payment" with the amount paid and the old and new amount_paid/status/paid_at).
class InvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    InvoiceService(const Database& database, AccessContextPtr context);

    bool canRead() const;
    bool canAdd() const;
    bool canEdit() const;
    bool canRecordPayment() const;

    // The customer's invoices, due date descending. `today` defaults to todayUtc().
    std::optional<QList<Invoice>> list(qint64 customerId, const QDate& today = QDate(), QString* error = nullptr) const;
    std::optional<Invoice> invoice(qint64 invoiceId, const QDate& today = QDate(), QString* error = nullptr) const;

    // Adds an invoice for the customer and returns its id. The invoice number (trimmed) must be
    // unused: the message names the invoice and customer that already have it.
    std::optional<qint64> add(qint64 customerId, const InvoiceInput& input, QString* error = nullptr);
    // Changes number, amount, currency, dates, status and description. amount_paid is changed
    // only by recordPayment. With a non-empty expectedVersion (Invoice::version) the edit is
    // refused when someone else changed the invoice since it was read.
    bool edit(qint64 invoiceId, const InvoiceInput& input, const QString& expectedVersion = QString(),
              QString* error = nullptr);
    // Records a payment of `amount` (in the invoice's currency) made at `paidAt` (UTC; not in the
    // future).
    bool recordPayment(qint64 invoiceId, const Money& amount, const QDateTime& paidAt, QString* error = nullptr);

    // Input checks shared by add and edit (and the dialogs): empty when valid. `amountPaid` is
    // what is already paid (edit), 0 for a new invoice.
    static QString validate(const InvoiceInput& input, const Money& amountPaid);

    static QStringList statuses();
    static QString statusTitle(const QString& status);
    static QString bucketTitle(AgingBucket bucket);
    static QDate todayUtc();
    // Days past due for an invoice in that state (0 when it is not open or not yet due).
    static int daysOverdue(const QString& status, const Money& balance, const QDate& dueDate, const QDate& today);
    // The bucket of an open invoice `days` overdue; None when !open.
    static AgingBucket agingBucketFor(int days, bool open = true);
    static bool isOpen(const QString& status, const Money& balance);
    // Per currency (sorted by currency code).
    static QList<InvoiceTotals> totals(const QList<Invoice>& invoices);

private:
    std::optional<QList<Invoice>> select(const QString& where, const QVariantList& params, const QDate& today,
                                         QString* error) const;
    // "Invoice number X is already used by invoice #id of customer Y."; empty when unused (or
    // used only by `exceptId`).
    QString numberClash(const QString& number, qint64 exceptId) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
