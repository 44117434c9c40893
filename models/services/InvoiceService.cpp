#include "InvoiceService.h"

#include "AuditTrail.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "tables/TableCatalog.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using Action = PermissionService::Action;

namespace {

const QString paymentsTable = QStringLiteral("payment_records");
const int maxInvoiceNumberLength = 100;
// A payment time may be at most this far in the future (clock skew between machines).
const qint64 futureToleranceSeconds = 300;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString moneyText(const Money& money)
{
    return QStringLiteral("%1 %2").arg(money.toDecimalString(), money.currency());
}

} // namespace

InvoiceService::InvoiceService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool InvoiceService::canRead() const
{
    return m_context->can(paymentsTable, Action::Read);
}

bool InvoiceService::canAdd() const
{
    return m_context->can(paymentsTable, Action::Create);
}

bool InvoiceService::canEdit() const
{
    return m_context->can(paymentsTable, Action::Update);
}

bool InvoiceService::canRecordPayment() const
{
    return m_context->can(paymentsTable, Action::Update);
}

QStringList InvoiceService::statuses()
{
    return {QStringLiteral("pending"), QStringLiteral("partial"),  QStringLiteral("paid"),
            QStringLiteral("overdue"), QStringLiteral("disputed"), QStringLiteral("written_off")};
}

QString InvoiceService::statusTitle(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("partial"))
        return tr("Partially paid");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("overdue"))
        return tr("Overdue");
    if (status == QLatin1String("disputed"))
        return tr("Disputed");
    if (status == QLatin1String("written_off"))
        return tr("Written off");
    return status;
}

QString InvoiceService::bucketTitle(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::None:
        return QString();
    case AgingBucket::Current:
        return tr("Current");
    case AgingBucket::Days1To30:
        return tr("1-30 days");
    case AgingBucket::Days31To60:
        return tr("31-60 days");
    case AgingBucket::Days61To90:
        return tr("61-90 days");
    case AgingBucket::Over90:
        return tr("Over 90 days");
    }
    return QString();
}

QDate InvoiceService::todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

bool InvoiceService::isOpen(const QString& status, const Money& balance)
{
    static const QStringList open = {QStringLiteral("pending"), QStringLiteral("partial"), QStringLiteral("overdue"),
                                     QStringLiteral("disputed")};
    return open.contains(status) && balance.minorUnits() > 0;
}

int InvoiceService::daysOverdue(const QString& status, const Money& balance, const QDate& dueDate, const QDate& today)
{
    if (!isOpen(status, balance) || !dueDate.isValid() || !today.isValid())
        return 0;
    const qint64 days = dueDate.daysTo(today);
    return days > 0 ? int(days) : 0;
}

AgingBucket InvoiceService::agingBucketFor(int days, bool open)
{
    if (!open)
        return AgingBucket::None;
    if (days <= 0)
        return AgingBucket::Current;
    if (days <= 30)
        return AgingBucket::Days1To30;
    if (days <= 60)
        return AgingBucket::Days31To60;
    if (days <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

QList<InvoiceTotals> InvoiceService::totals(const QList<Invoice>& invoices)
{
    QMap<QString, InvoiceTotals> byCurrency;
    for (const Invoice& invoice : invoices) {
        const QString currency = invoice.currency();
        auto it = byCurrency.find(currency);
        if (it == byCurrency.end()) {
            InvoiceTotals empty;
            empty.currency = currency;
            empty.amount = empty.paid = empty.balance = empty.overdue = Money(0, currency);
            it = byCurrency.insert(currency, empty);
        }
        it->amount = it->amount + invoice.amount;
        it->paid = it->paid + invoice.amountPaid;
        it->balance = it->balance + invoice.balance();
        if (invoice.daysOverdue > 0)
            it->overdue = it->overdue + invoice.balance();
        ++it->count;
    }
    return byCurrency.values();
}

QString InvoiceService::validate(const InvoiceInput& input, const Money& amountPaid)
{
    const QString number = input.invoiceNumber.trimmed();
    if (number.isEmpty())
        return tr("Enter an invoice number.");
    if (number.size() > maxInvoiceNumberLength)
        return tr("The invoice number is too long (at most %1 characters).").arg(maxInvoiceNumberLength);
    if (input.amount.isNull() || !Money::isValidCurrency(input.amount.currency()))
        return tr("Enter the amount and a three-letter currency code (e.g. USD).");
    if (input.amount.minorUnits() <= 0)
        return tr("The amount must be greater than zero.");
    if (!input.dueDate.isValid())
        return tr("Enter the due date.");
    if (input.issuedDate.isValid() && input.issuedDate > input.dueDate)
        return tr("The issue date cannot be after the due date.");
    if (!statuses().contains(input.status))
        return tr("Unknown status \u201c%1\u201d.").arg(input.status);

    const qint64 paid = amountPaid.minorUnits();
    if (paid > 0 && !amountPaid.currency().isEmpty() && amountPaid.currency() != input.amount.currency())
        return tr("The currency cannot change after payments were recorded (%1 paid).").arg(moneyText(amountPaid));
    if (input.amount.minorUnits() < paid)
        return tr("The amount cannot be less than what was already paid (%1).").arg(moneyText(amountPaid));
    const qint64 balance = input.amount.minorUnits() - paid;
    if (input.status == QLatin1String("paid") && balance != 0)
        return tr("The status can be \u201cPaid\u201d only when nothing is left to pay; record a payment instead.");
    if (input.status == QLatin1String("partial") && (paid == 0 || balance == 0))
        return tr("The status can be \u201cPartially paid\u201d only when part of the amount was paid.");
    if (balance == 0 && input.status != QLatin1String("paid") && input.status != QLatin1String("written_off"))
        return tr("The invoice is fully paid: its status must be \u201cPaid\u201d.");
    return QString();
}

std::optional<QList<Invoice>> InvoiceService::select(const QString& where, const QVariantList& params,
                                                     const QDate& today, QString* error) const
{
    const Dialect& dialect = m_database.dialect();
    const QDate day = today.isValid() ? today : todayUtc();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString dbError;
    const QString sql = QStringLiteral("SELECT id, customer_id, invoice_number, amount, amount_paid, currency, "
                                       "issued_date, due_date, paid_at, status, description, %1 AS version "
                                       "FROM payment_records WHERE ")
                            .arg(dialect.sortKeyExpression(QStringLiteral("updated_at"))) +
                        where + QStringLiteral(" ORDER BY due_date DESC, id DESC");
    if (!SqlCall::run(query, sql, params, &dbError)) {
        SqlCall::fail(error, tr("The invoices could not be read: %1").arg(dbError));
        return std::nullopt;
    }
    QList<Invoice> invoices;
    while (query.next()) {
        Invoice invoice;
        invoice.id = query.value(0).toLongLong();
        invoice.customerId = query.value(1).toLongLong();
        invoice.invoiceNumber = query.value(2).toString();
        const QString currency = query.value(5).toString();
        invoice.amount = dialect.moneyFromSql(query.value(3), currency);
        invoice.amountPaid = dialect.moneyFromSql(query.value(4), currency);
        invoice.issuedDate = dialect.dateFromSql(query.value(6));
        invoice.dueDate = dialect.dateFromSql(query.value(7));
        invoice.paidAt = dialect.timestampFromSql(query.value(8));
        invoice.status = query.value(9).toString();
        invoice.description = query.value(10).toString();
        invoice.version = query.value(11).toString();
        invoice.daysOverdue = daysOverdue(invoice.status, invoice.balance(), invoice.dueDate, day);
        invoice.agingBucket = agingBucketFor(invoice.daysOverdue, isOpen(invoice.status, invoice.balance()));
        invoices.append(invoice);
    }
    if (query.lastError().isValid()) {
        SqlCall::fail(error, tr("The invoices could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    return invoices;
}

std::optional<QList<Invoice>> InvoiceService::list(qint64 customerId, const QDate& today, QString* error) const
{
    if (!canRead()) {
        SqlCall::fail(error, m_context->deniedMessage(paymentsTable, Action::Read));
        return std::nullopt;
    }
    return select(QStringLiteral("customer_id = ?"), {customerId}, today, error);
}

std::optional<Invoice> InvoiceService::invoice(qint64 invoiceId, const QDate& today, QString* error) const
{
    if (!canRead()) {
        SqlCall::fail(error, m_context->deniedMessage(paymentsTable, Action::Read));
        return std::nullopt;
    }
    const auto invoices = select(QStringLiteral("id = ?"), {invoiceId}, today, error);
    if (!invoices)
        return std::nullopt;
    if (invoices->isEmpty()) {
        SqlCall::fail(error, tr("There is no invoice with id %1.").arg(invoiceId));
        return std::nullopt;
    }
    return invoices->first();
}

QString InvoiceService::numberClash(const QString& number, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(
            query,
            QStringLiteral("SELECT p.id, p.customer_id, c.company_name FROM payment_records p "
                           "LEFT JOIN customers c ON c.id = p.customer_id WHERE p.invoice_number = ? AND p.id <> ?"),
            {number, exceptId}, nullptr) ||
        !query.next())
        return QString();
    return tr("Invoice number \u201c%1\u201d is already used by invoice #%2 of customer \u201c%3\u201d (#%4). "
              "Invoice numbers must be unique.")
        .arg(number, query.value(0).toString(), query.value(2).toString(), query.value(1).toString());
}

std::optional<qint64> InvoiceService::add(qint64 customerId, const InvoiceInput& input, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<qint64> {
        SqlCall::fail(error, message);
        return std::nullopt;
    };
    if (!canAdd())
        return fail(m_context->deniedMessage(paymentsTable, Action::Create));
    const QString problem = validate(input, Money(0, input.amount.currency()));
    if (!problem.isEmpty())
        return fail(problem);

    const QString number = input.invoiceNumber.trimmed();
    const QString description = input.description.trimmed();
    const Dialect& dialect = m_database.dialect();
    QString dbError;
    auto databaseError = [&] { return fail(tr("The invoice could not be added: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {customerId}, &dbError) ||
        !query.next())
        return databaseError();
    if (query.value(0).toLongLong() == 0)
        return fail(tr("There is no customer with id %1.").arg(customerId));
    query.finish();
    const QString clash = numberClash(number, 0);
    if (!clash.isEmpty())
        return fail(clash);

    const Money zero(0, input.amount.currency());
    if (!SqlCall::run(
            query,
            QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, amount_paid, currency, "
                           "issued_date, due_date, status, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {customerId, number, dialect.moneyToSql(input.amount), dialect.moneyToSql(zero), input.amount.currency(),
             dialect.dateToSql(input.issuedDate), dialect.dateToSql(input.dueDate), input.status,
             description.isEmpty() ? nullText() : QVariant(description)},
            &dbError) ||
        !query.next()) {
        // A concurrent insert of the same number trips the unique index: name the clash.
        transaction.rollback();
        const QString raced = numberClash(number, 0);
        if (!raced.isEmpty())
            return fail(raced);
        return databaseError();
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish(); // SQLite cannot commit while a RETURNING statement is still open

    const TableSpec* table = TableCatalog::find(paymentsTable);
    const AuditTrail audit(m_database, *m_context);
    const auto created = audit.snapshot(*table, id, &dbError);
    if (!created)
        return databaseError();
    if (!audit.recordCreate(*table, id, *created, &dbError))
        return fail(dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return id;
}

bool InvoiceService::edit(qint64 invoiceId, const InvoiceInput& input, const QString& expectedVersion, QString* error)
{
    if (!canEdit())
        return SqlCall::fail(error, m_context->deniedMessage(paymentsTable, Action::Update));

    const QString number = input.invoiceNumber.trimmed();
    const QString description = input.description.trimmed();
    const Dialect& dialect = m_database.dialect();
    const TableSpec* table = TableCatalog::find(paymentsTable);
    QString dbError;
    auto databaseError = [&] { return SqlCall::fail(error, tr("The invoice could not be saved: %1").arg(dbError)); };
    const QString stale = tr("Someone else changed this invoice since you opened it. Reload and try again.");

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    const auto current = select(QStringLiteral("id = ?"), {invoiceId}, QDate(), &dbError);
    if (!current)
        return SqlCall::fail(error, dbError);
    if (current->isEmpty())
        return SqlCall::fail(error, tr("There is no invoice with id %1.").arg(invoiceId));
    const Invoice before = current->first();
    if (!expectedVersion.isEmpty() && expectedVersion != before.version)
        return SqlCall::fail(error, stale);
    const QString problem = validate(input, before.amountPaid);
    if (!problem.isEmpty())
        return SqlCall::fail(error, problem);
    const QString clash = numberClash(number, invoiceId);
    if (!clash.isEmpty())
        return SqlCall::fail(error, clash);

    const AuditTrail audit(m_database, *m_context);
    const auto oldValues = audit.snapshot(*table, invoiceId, &dbError);
    if (!oldValues)
        return databaseError();
    // The paid amount re-expressed in the (possibly new) currency: only 0 can change currency.
    const Money paid(before.amountPaid.minorUnits(), input.amount.currency());
    QSqlQuery query(m_database.connection());
    if (!SqlCall::run(
            query,
            QStringLiteral("UPDATE payment_records SET invoice_number = ?, amount = ?, amount_paid = ?, currency = ?, "
                           "issued_date = ?, due_date = ?, status = ?, description = ? WHERE id = ? AND %1 = ?")
                .arg(dialect.sortKeyExpression(QStringLiteral("updated_at"))),
            {number, dialect.moneyToSql(input.amount), dialect.moneyToSql(paid), input.amount.currency(),
             dialect.dateToSql(input.issuedDate), dialect.dateToSql(input.dueDate), input.status,
             description.isEmpty() ? nullText() : QVariant(description), invoiceId, before.version},
            &dbError)) {
        transaction.rollback();
        const QString raced = numberClash(number, invoiceId);
        if (!raced.isEmpty())
            return SqlCall::fail(error, raced);
        return databaseError();
    }
    if (query.numRowsAffected() != 1)
        return SqlCall::fail(error, stale);
    const auto newValues = audit.snapshot(*table, invoiceId, &dbError);
    if (!newValues)
        return databaseError();
    if (!audit.recordUpdate(*table, invoiceId, *oldValues, *newValues, &dbError))
        return SqlCall::fail(error, dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}

bool InvoiceService::recordPayment(qint64 invoiceId, const Money& amount, const QDateTime& paidAt, QString* error)
{
    if (!canRecordPayment())
        return SqlCall::fail(error, m_context->deniedMessage(paymentsTable, Action::Update));
    if (amount.isNull())
        return SqlCall::fail(error, tr("Enter the amount paid."));
    if (amount.minorUnits() <= 0)
        return SqlCall::fail(error, tr("The payment must be greater than zero."));
    if (!paidAt.isValid())
        return SqlCall::fail(error, tr("Enter when the payment was made."));
    if (paidAt.toUTC() > QDateTime::currentDateTimeUtc().addSecs(futureToleranceSeconds))
        return SqlCall::fail(error, tr("The payment date cannot be in the future."));

    const Dialect& dialect = m_database.dialect();
    const TableSpec* table = TableCatalog::find(paymentsTable);
    QString dbError;
    auto databaseError = [&] { return SqlCall::fail(error, tr("The payment could not be recorded: %1").arg(dbError)); };

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        dbError = transaction.errorText();
        return databaseError();
    }
    const auto current = select(QStringLiteral("id = ?"), {invoiceId}, QDate(), &dbError);
    if (!current)
        return SqlCall::fail(error, dbError);
    if (current->isEmpty())
        return SqlCall::fail(error, tr("There is no invoice with id %1.").arg(invoiceId));
    const Invoice before = current->first();
    if (amount.currency() != before.currency())
        return SqlCall::fail(error, tr("The payment is in %1 but invoice %2 is in %3.")
                                        .arg(amount.currency(), before.invoiceNumber, before.currency()));
    const Money balance = before.balance();
    if (balance.minorUnits() <= 0)
        return SqlCall::fail(error, tr("Invoice %1 is already paid in full.").arg(before.invoiceNumber));
    if (balance < amount)
        return SqlCall::fail(error, tr("A payment of %1 would overpay invoice %2: only %3 is left to pay.")
                                        .arg(moneyText(amount), before.invoiceNumber, moneyText(balance)));

    const Money newPaid = before.amountPaid + amount;
    QString newStatus = before.status;
    if (newPaid == before.amount)
        newStatus = QStringLiteral("paid");
    else if (before.status == QLatin1String("pending") || before.status == QLatin1String("overdue"))
        newStatus = QStringLiteral("partial");
    const QDateTime paidUtc = paidAt.toUTC();
    const QDateTime newPaidAt = before.paidAt.isValid() && before.paidAt > paidUtc ? before.paidAt : paidUtc;

    const AuditTrail audit(m_database, *m_context);
    QSqlQuery query(m_database.connection());
    // Guarded by the amount read above: a concurrent payment makes this update match no row.
    if (!SqlCall::run(query,
                      QStringLiteral("UPDATE payment_records SET amount_paid = ?, status = ?, paid_at = ? "
                                     "WHERE id = ? AND amount_paid = ?"),
                      {dialect.moneyToSql(newPaid), newStatus, dialect.timestampToSql(newPaidAt), invoiceId,
                       dialect.moneyToSql(before.amountPaid)},
                      &dbError))
        return databaseError();
    if (query.numRowsAffected() != 1)
        return SqlCall::fail(error,
                             tr("Someone else recorded a payment on this invoice at the same time. Reload and try "
                                "again."));
    const QJsonObject oldValues{{QStringLiteral("amount_paid"), before.amountPaid.toDecimalString()},
                                {QStringLiteral("status"), before.status},
                                {QStringLiteral("paid_at"), before.paidAt.isValid()
                                                                ? QJsonValue(before.paidAt.toString(Qt::ISODateWithMs))
                                                                : QJsonValue()}};
    const QJsonObject newValues{{QStringLiteral("payment_amount"), amount.toDecimalString()},
                                {QStringLiteral("currency"), amount.currency()},
                                {QStringLiteral("payment_at"), paidUtc.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("amount_paid"), newPaid.toDecimalString()},
                                {QStringLiteral("status"), newStatus},
                                {QStringLiteral("paid_at"), newPaidAt.toString(Qt::ISODateWithMs)}};
    if (!audit.recordEvent(QStringLiteral("payment"), *table, invoiceId, oldValues, newValues, &dbError))
        return SqlCall::fail(error, dbError);
    if (!transaction.commit(&dbError))
        return databaseError();
    return true;
}
