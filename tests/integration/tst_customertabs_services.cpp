#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/CustomerCampaignsQuery.h"
#include "services/CustomerTimelineQuery.h"
#include "services/DatabaseFunctions.h"
#include "services/InvoiceService.h"
#include "services/OptOutService.h"
#include "services/PermissionService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <tuple>

// The services behind the customer form's Opt-outs, Invoices, Timeline and Campaigns tabs, on a
// fresh migrated database on each engine: opt-outs (record, duplicate, revoke, the per-channel
// answer against check_opt_out_status), invoices (add, duplicate number, edit, stale edit, exact
// payments, overpayment, aging boundaries), the merged timeline (order across pages, no
// duplicates or gaps, permissions per source), campaigns, refusals for the auditor with nothing
// changed, and the audit rows of every change.
class TestCustomerTabsServices : public QObject
{
    Q_OBJECT

private:
    Database& db() { return m_db->database(); }

    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }

    qint64 insert(const QString& sql, const QVariantList& params = {})
    {
        return scalar(sql + QStringLiteral(" RETURNING id"), params).toLongLong();
    }

    bool exec(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        const bool ok = query.exec();
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }

    qint64 count(const QString& sql, const QVariantList& params = {}) { return scalar(sql, params).toLongLong(); }

    qint64 addUser(const QString& email, const QString& role)
    {
        return insert(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)"),
                      {email, role});
    }

    qint64 addCustomer(const QString& name)
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO customers (company_name) VALUES (?)"), {name});
        insert(QStringLiteral("INSERT INTO customer_profiles (customer_id) VALUES (?)"), {id});
        return id;
    }

    AccessContextPtr context(const QString& role)
    {
        const qint64 id = role == QLatin1String("admin")       ? m_adminId
                          : role == QLatin1String("collector") ? m_collectorId
                          : role == QLatin1String("manager")   ? m_managerId
                                                               : m_auditorId;
        return AccessContext::forUser(m_permissions, id, role, role + QStringLiteral("@example.com"));
    }

    // A timestamp as this engine stores it, from "2024-03-01 10:00:00.123456" (UTC). SQLite keeps
    // milliseconds; PostgreSQL the microseconds (so the keyset must compare them exactly).
    QVariant ts(const QString& text)
    {
        if (db().dialect().isPostgres())
            return text + QStringLiteral("+00");
        const QDateTime time = QDateTime::fromString(text.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        return QDateTime(time.date(), time.time(), QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

    struct AuditRow
    {
        bool found = false;
        qint64 actorId = 0;
        QString action;
        QJsonObject oldValues;
        QJsonObject newValues;
    };
    AuditRow lastAudit(const QString& entityType, qint64 entityId)
    {
        AuditRow row;
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT actor_id, action, CAST(old_values AS TEXT), CAST(new_values AS TEXT) "
                                     "FROM audit_logs WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC"));
        query.addBindValue(entityType);
        query.addBindValue(QString::number(entityId));
        if (!query.exec() || !query.next())
            return row;
        row.found = true;
        row.actorId = query.value(0).toLongLong();
        row.action = query.value(1).toString();
        row.oldValues = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        row.newValues = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        return row;
    }

    QString stateSnapshot()
    {
        QString text;
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT id, channel, revoked_at, updated_at FROM opt_outs ORDER BY id")))
            return QStringLiteral("error");
        while (query.next())
            text += QStringLiteral("o %1 %2 %3 %4\n")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString());
        if (!query.exec(QStringLiteral("SELECT id, invoice_number, CAST(amount AS TEXT), CAST(amount_paid AS TEXT), "
                                       "status, updated_at FROM payment_records ORDER BY id")))
            return QStringLiteral("error");
        while (query.next()) {
            text += QStringLiteral("p");
            for (int i = 0; i < 6; ++i)
                text += QLatin1Char(' ') + query.value(i).toString();
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("audit %1\n").arg(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")));
        return text;
    }

    Money usd(const QString& text) { return *Money::parse(text, QStringLiteral("USD")); }

    InvoiceInput invoiceInput(const QString& number, const Money& amount, const QDate& due,
                              const QString& status = QStringLiteral("pending"))
    {
        InvoiceInput input;
        input.invoiceNumber = number;
        input.amount = amount;
        input.issuedDate = due.addDays(-30);
        input.dueDate = due;
        input.status = status;
        input.description = QStringLiteral("Services");
        return input;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_adminId = 0;
    qint64 m_managerId = 0;
    qint64 m_collectorId = 0;
    qint64 m_auditorId = 0;
    qint64 m_customer = 0;
    qint64 m_otherCustomer = 0;

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }

    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_permissions = std::make_shared<PermissionService>(db());
        m_adminId = addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin"));
        m_managerId = addUser(QStringLiteral("manager@example.com"), QStringLiteral("manager"));
        m_collectorId = addUser(QStringLiteral("collector@example.com"), QStringLiteral("collector"));
        m_auditorId = addUser(QStringLiteral("auditor@example.com"), QStringLiteral("auditor"));
        QVERIFY(m_adminId > 0 && m_managerId > 0 && m_collectorId > 0 && m_auditorId > 0);
        m_customer = addCustomer(QStringLiteral("Acme Ltd"));
        m_otherCustomer = addCustomer(QStringLiteral("Globex Corp"));
        QVERIFY(m_customer > 0 && m_otherCustomer > 0);
    }

    void cleanup()
    {
        m_permissions.reset();
        m_db.reset();
    }

    // ---- opt-outs -------------------------------------------------------------------------

    void optOutRecordDuplicateAndRevoke()
    {
        OptOutService service(db(), context(QStringLiteral("collector")));
        QString error;
        const auto id = service.record(m_customer, QStringLiteral("email"), QStringLiteral("  asked by phone "),
                                       QStringLiteral("customer_request"), &error);
        QVERIFY2(id, qPrintable(error));

        auto list = service.list(m_customer, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().channel, QStringLiteral("email"));
        QCOMPARE(list->first().reason, QStringLiteral("asked by phone"));
        QCOMPARE(list->first().source, QStringLiteral("customer_request"));
        QCOMPARE(list->first().recordedById, m_collectorId);
        QCOMPARE(list->first().recordedBy, QStringLiteral("collector@example.com"));
        QVERIFY(list->first().isActive());
        QVERIFY(list->first().createdAt.isValid());

        AuditRow audit = lastAudit(QStringLiteral("opt_outs"), *id);
        QVERIFY(audit.found);
        QCOMPARE(audit.action, QStringLiteral("create"));
        QCOMPARE(audit.actorId, m_collectorId);
        QCOMPARE(audit.newValues.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(audit.newValues.value(QStringLiteral("recorded_by")).toInteger(), m_collectorId);

        // A second active opt-out on the same channel is refused with a clear message.
        const QString before = stateSnapshot();
        error.clear();
        QVERIFY(!service.record(m_customer, QStringLiteral("email"), QString(), QStringLiteral("staff"), &error));
        QVERIFY2(error.contains(QStringLiteral("already opted out of email")), qPrintable(error));
        QCOMPARE(stateSnapshot(), before);
        // Other channels, "all" and other customers are independent.
        QVERIFY2(service.record(m_customer, QStringLiteral("all"), QString(), QStringLiteral("legal"), &error),
                 qPrintable(error));
        QVERIFY2(service.record(m_otherCustomer, QStringLiteral("email"), QString(), QStringLiteral("staff"), &error),
                 qPrintable(error));
        // Bad input and unknown customers.
        QVERIFY(!service.record(m_customer, QStringLiteral("fax"), QString(), QStringLiteral("staff"), &error));
        QVERIFY(error.contains(QStringLiteral("fax")));
        QVERIFY(!service.record(m_customer, QStringLiteral("sms"), QString(), QStringLiteral("rumour"), &error));
        QVERIFY(error.contains(QStringLiteral("rumour")));
        QVERIFY(!service.record(999999, QStringLiteral("sms"), QString(), QStringLiteral("staff"), &error));
        QVERIFY(error.contains(QStringLiteral("999999")));

        // Revoke; a second revoke is refused; then a new opt-out on the channel is allowed.
        QVERIFY2(service.revoke(*id, &error), qPrintable(error));
        audit = lastAudit(QStringLiteral("opt_outs"), *id);
        QCOMPARE(audit.action, QStringLiteral("revoke"));
        QCOMPARE(audit.actorId, m_collectorId);
        QVERIFY(audit.oldValues.value(QStringLiteral("revoked_at")).isNull());
        QVERIFY(!audit.newValues.value(QStringLiteral("revoked_at")).toString().isEmpty());
        const auto revoked = service.optOut(*id, &error);
        QVERIFY(revoked);
        QVERIFY(!revoked->isActive());
        QVERIFY(!service.revoke(*id, &error));
        QVERIFY2(error.contains(QStringLiteral("already revoked")), qPrintable(error));
        QVERIFY(!service.revoke(424242, &error));
        QVERIFY(error.contains(QStringLiteral("424242")));
        const auto again =
            service.record(m_customer, QStringLiteral("email"), QString(), QStringLiteral("staff"), &error);
        QVERIFY2(again, qPrintable(error));

        list = service.list(m_customer, &error);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        // Active first, the revoked one last.
        QVERIFY(list->at(0).isActive() && list->at(1).isActive());
        QCOMPARE(list->at(2).id, *id);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM opt_outs WHERE customer_id = ? AND revoked_at IS NULL"),
                       {m_customer}),
                 2);
    }

    void mayContactMatchesCheckOptOutStatus()
    {
        OptOutService service(db(), context(QStringLiteral("manager")));
        const DatabaseFunctions functions(db());
        QString error;
        auto verifyMatches = [&](const char* step) -> bool {
            const auto status = service.mayContact(m_customer, &error);
            if (!status) {
                qWarning("%s: %s", step, qPrintable(error));
                return false;
            }
            if (status->channels.size() != 4)
                return false;
            for (const ChannelContactStatus& channel : status->channels) {
                const auto blocked = functions.checkOptOutStatus(m_customer, channel.channel, &error);
                if (!blocked || *blocked == channel.mayContact || (*blocked && channel.reason.isEmpty()) ||
                    (!*blocked && !channel.reason.isEmpty())) {
                    qWarning("%s: channel %s differs", step, qPrintable(channel.channel));
                    return false;
                }
            }
            return true;
        };

        QVERIFY(verifyMatches("nothing"));
        auto status = service.mayContact(m_customer, &error);
        QVERIFY(status->channel(QStringLiteral("email"))->mayContact);

        const auto sms = service.record(m_customer, QStringLiteral("sms"), QStringLiteral("STOP"),
                                        QStringLiteral("sms_keyword"), &error);
        QVERIFY2(sms, qPrintable(error));
        QVERIFY(verifyMatches("sms"));
        status = service.mayContact(m_customer, &error);
        QVERIFY(!status->channel(QStringLiteral("sms"))->mayContact);
        QVERIFY(status->channel(QStringLiteral("sms"))->reason.contains(QStringLiteral("STOP")));
        QVERIFY(status->channel(QStringLiteral("email"))->mayContact);
        QVERIFY(status->channel(QStringLiteral("voice"))->mayContact);

        const auto all = service.record(m_customer, QStringLiteral("all"), QString(), QStringLiteral("legal"), &error);
        QVERIFY2(all, qPrintable(error));
        QVERIFY(verifyMatches("all"));
        status = service.mayContact(m_customer, &error);
        for (const ChannelContactStatus& channel : status->channels)
            QVERIFY2(!channel.mayContact && channel.reason.contains(QStringLiteral("all channels")),
                     qPrintable(channel.channel));

        QVERIFY(service.revoke(*all, &error));
        QVERIFY(verifyMatches("all revoked"));
        QVERIFY(service.mayContact(m_customer, &error)->channel(QStringLiteral("letter"))->mayContact);

        // do_not_contact blocks every channel, with its reason; holds are reported separately.
        QVERIFY(exec(QStringLiteral("UPDATE customer_profiles SET do_not_contact = ?, do_not_contact_reason = ?, "
                                    "cease_and_desist_hold_at = ? WHERE customer_id = ?"),
                     {db().dialect().boolToSql(true), QStringLiteral("lawyer letter"),
                      db().dialect().timestampToSql(QDateTime::currentDateTimeUtc()), m_customer}));
        QVERIFY(verifyMatches("do not contact"));
        status = service.mayContact(m_customer, &error);
        QVERIFY(status->doNotContact);
        QCOMPARE(status->activeHolds, QStringList{QStringLiteral("cease_and_desist")});
        QVERIFY(status->channel(QStringLiteral("email"))->reason.contains(QStringLiteral("lawyer letter")));

        // The other customer is untouched.
        const auto other = service.mayContact(m_otherCustomer, &error);
        QVERIFY(other);
        for (const ChannelContactStatus& channel : other->channels)
            QVERIFY(channel.mayContact);
    }

    // ---- invoices -------------------------------------------------------------------------

    void invoiceAddDuplicateAndEdit()
    {
        InvoiceService service(db(), context(QStringLiteral("collector")));
        QString error;
        const QDate due(2030, 1, 31);
        const auto id = service.add(m_customer, invoiceInput(QStringLiteral(" INV-100 "), usd("1234.56"), due), &error);
        QVERIFY2(id, qPrintable(error));
        auto invoice = service.invoice(*id, QDate(2030, 1, 1), &error);
        QVERIFY2(invoice, qPrintable(error));
        QCOMPARE(invoice->invoiceNumber, QStringLiteral("INV-100"));
        QCOMPARE(invoice->amount, usd("1234.56"));
        QCOMPARE(invoice->amountPaid, usd("0"));
        QCOMPARE(invoice->balance(), usd("1234.56"));
        QCOMPARE(invoice->dueDate, due);
        QCOMPARE(invoice->issuedDate, due.addDays(-30));
        QCOMPARE(invoice->status, QStringLiteral("pending"));
        QCOMPARE(invoice->agingBucket, AgingBucket::Current);
        AuditRow audit = lastAudit(QStringLiteral("payment_records"), *id);
        QCOMPARE(audit.action, QStringLiteral("create"));
        QCOMPARE(audit.actorId, m_collectorId);
        QCOMPARE(audit.newValues.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.56"));
        QCOMPARE(audit.newValues.value(QStringLiteral("invoice_number")).toString(), QStringLiteral("INV-100"));

        // Duplicate number, even for another customer: refused, naming the clash.
        const QString before = stateSnapshot();
        QVERIFY(!service.add(m_otherCustomer, invoiceInput(QStringLiteral("INV-100"), usd("5"), due), &error));
        QVERIFY2(error.contains(QStringLiteral("INV-100")) && error.contains(QStringLiteral("Acme Ltd")) &&
                     error.contains(QStringLiteral("#%1").arg(*id)),
                 qPrintable(error));
        QCOMPARE(stateSnapshot(), before);
        // Invalid input.
        QVERIFY(!service.add(m_customer, invoiceInput(QString(), usd("5"), due), &error));
        QVERIFY(!service.add(m_customer, invoiceInput(QStringLiteral("X"), usd("-5"), due), &error));
        QVERIFY(!service.add(m_customer, invoiceInput(QStringLiteral("X"), usd("0"), due), &error));
        QVERIFY(!service.add(m_customer, invoiceInput(QStringLiteral("X"), usd("5"), QDate()), &error));
        QVERIFY(
            !service.add(m_customer, invoiceInput(QStringLiteral("X"), usd("5"), due, QStringLiteral("paid")), &error));
        QVERIFY(!service.add(999999, invoiceInput(QStringLiteral("X"), usd("5"), due), &error));
        QCOMPARE(stateSnapshot(), before);

        // Edit: number, amount (exact, large), currency, status, description.
        const auto second = service.add(m_customer, invoiceInput(QStringLiteral("INV-101"), usd("10"), due), &error);
        QVERIFY2(second, qPrintable(error));
        invoice = service.invoice(*id, QDate(), &error);
        InvoiceInput change = invoiceInput(QStringLiteral("INV-100A"),
                                           *Money::parse(QStringLiteral("987654321012.34"), QStringLiteral("EUR")),
                                           QDate(2030, 2, 28), QStringLiteral("disputed"));
        change.description = QStringLiteral("Consulting");
        QVERIFY2(service.edit(*id, change, invoice->version, &error), qPrintable(error));
        invoice = service.invoice(*id, QDate(), &error);
        QCOMPARE(invoice->invoiceNumber, QStringLiteral("INV-100A"));
        QCOMPARE(invoice->amount.toDecimalString(), QStringLiteral("987654321012.34"));
        QCOMPARE(invoice->currency(), QStringLiteral("EUR"));
        QCOMPARE(invoice->status, QStringLiteral("disputed"));
        QCOMPARE(invoice->description, QStringLiteral("Consulting"));
        audit = lastAudit(QStringLiteral("payment_records"), *id);
        QCOMPARE(audit.action, QStringLiteral("update"));
        QCOMPARE(audit.oldValues.value(QStringLiteral("invoice_number")).toString(), QStringLiteral("INV-100"));
        QCOMPARE(audit.newValues.value(QStringLiteral("invoice_number")).toString(), QStringLiteral("INV-100A"));
        QCOMPARE(audit.newValues.value(QStringLiteral("amount")).toString(), QStringLiteral("987654321012.34"));
        QVERIFY(!audit.newValues.contains(QStringLiteral("customer_id")));

        // Renaming onto another invoice's number is refused and names it.
        const QString beforeClash = stateSnapshot();
        change.invoiceNumber = QStringLiteral("INV-101");
        QVERIFY(!service.edit(*id, change, invoice->version, &error));
        QVERIFY2(error.contains(QStringLiteral("INV-101")) && error.contains(QStringLiteral("#%1").arg(*second)),
                 qPrintable(error));
        // A stale version (someone saved in between) is refused.
        change.invoiceNumber = QStringLiteral("INV-100B");
        QVERIFY(!service.edit(*id, change, QStringLiteral("1999-01-01T00:00:00.000Z"), &error));
        QVERIFY2(error.contains(QStringLiteral("Someone else")), qPrintable(error));
        QCOMPARE(stateSnapshot(), beforeClash);
        QVERIFY(!service.edit(777777, change, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("777777")));

        // The list: both invoices, due date descending, with totals per currency.
        const auto list = service.list(m_customer, QDate(2030, 1, 1), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, *id);
        const QList<InvoiceTotals> totals = InvoiceService::totals(*list);
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(totals.at(1).balance, usd("10"));
    }

    void recordPaymentIsExact()
    {
        InvoiceService service(db(), context(QStringLiteral("collector")));
        QString error;
        const auto id =
            service.add(m_customer, invoiceInput(QStringLiteral("INV-1"), usd("0.30"), QDate(2030, 1, 1)), &error);
        QVERIFY2(id, qPrintable(error));
        const QDateTime paidAt(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::utc());

        QVERIFY2(service.recordPayment(*id, usd("0.1"), paidAt, &error), qPrintable(error));
        auto invoice = service.invoice(*id, QDate(), &error);
        QCOMPARE(invoice->amountPaid, usd("0.10"));
        QCOMPARE(invoice->status, QStringLiteral("partial"));
        QCOMPARE(invoice->paidAt, paidAt);
        AuditRow audit = lastAudit(QStringLiteral("payment_records"), *id);
        QCOMPARE(audit.action, QStringLiteral("payment"));
        QCOMPARE(audit.actorId, m_collectorId);
        QCOMPARE(audit.newValues.value(QStringLiteral("payment_amount")).toString(), QStringLiteral("0.10"));
        QCOMPARE(audit.oldValues.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(audit.newValues.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));

        // 0.1 + 0.2 == 0.3 exactly: the invoice is paid (a double would leave 0.30000000000000004).
        QVERIFY2(service.recordPayment(*id, usd("0.2"), paidAt.addDays(1), &error), qPrintable(error));
        invoice = service.invoice(*id, QDate(), &error);
        QCOMPARE(invoice->amountPaid, usd("0.30"));
        QCOMPARE(invoice->balance().minorUnits(), qint64(0));
        QCOMPARE(invoice->status, QStringLiteral("paid"));
        QCOMPARE(invoice->paidAt, paidAt.addDays(1));
        QCOMPARE(invoice->agingBucket, AgingBucket::None);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM payment_records WHERE id = ?"), {*id}).toString(),
                 QStringLiteral("paid"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE entity_type = 'payment_records' "
                                      "AND entity_id = ? AND action = 'payment'"),
                       {QString::number(*id)}),
                 2);

        // Overpayment, zero, negative, wrong currency, future: refused, nothing changes.
        const auto open =
            service.add(m_customer, invoiceInput(QStringLiteral("INV-2"), usd("100.00"), QDate(2020, 1, 1)), &error);
        QVERIFY(open);
        const QString before = stateSnapshot();
        QVERIFY(!service.recordPayment(*id, usd("0.01"), paidAt, &error));
        QVERIFY2(error.contains(QStringLiteral("already paid")), qPrintable(error));
        QVERIFY(!service.recordPayment(*open, usd("100.01"), paidAt, &error));
        QVERIFY2(error.contains(QStringLiteral("overpay")) && error.contains(QStringLiteral("100.00")),
                 qPrintable(error));
        QVERIFY(!service.recordPayment(*open, usd("0"), paidAt, &error));
        QVERIFY(!service.recordPayment(*open, usd("-5"), paidAt, &error));
        QVERIFY(
            !service.recordPayment(*open, *Money::parse(QStringLiteral("5"), QStringLiteral("EUR")), paidAt, &error));
        QVERIFY(error.contains(QStringLiteral("EUR")));
        QVERIFY(!service.recordPayment(*open, usd("5"), QDateTime::currentDateTimeUtc().addDays(2), &error));
        QVERIFY(!service.recordPayment(*open, usd("5"), QDateTime(), &error));
        QCOMPARE(stateSnapshot(), before);

        // Exact to the last cent on a large amount, and a three-decimal currency.
        const auto large = service.add(
            m_customer, invoiceInput(QStringLiteral("INV-3"), usd("999999999999.99"), QDate(2030, 1, 1)), &error);
        QVERIFY(large);
        QVERIFY2(service.recordPayment(*large, usd("999999999999.98"), paidAt, &error), qPrintable(error));
        invoice = service.invoice(*large, QDate(), &error);
        QCOMPARE(invoice->balance(), usd("0.01"));
        QCOMPARE(invoice->status, QStringLiteral("partial"));
        QVERIFY(service.recordPayment(*large, usd("0.01"), paidAt, &error));
        QCOMPARE(service.invoice(*large, QDate(), &error)->status, QStringLiteral("paid"));

        const Money kwd = *Money::parse(QStringLiteral("1.005"), QStringLiteral("KWD"));
        const auto dinar =
            service.add(m_customer, invoiceInput(QStringLiteral("INV-4"), kwd, QDate(2030, 1, 1)), &error);
        QVERIFY2(dinar, qPrintable(error));
        QVERIFY(service.recordPayment(*dinar, *Money::parse(QStringLiteral("0.005"), QStringLiteral("KWD")), paidAt,
                                      &error));
        QCOMPARE(service.invoice(*dinar, QDate(), &error)->balance().toDecimalString(), QStringLiteral("1.000"));

        // A disputed invoice stays disputed on a partial payment.
        const auto disputed = service.add(
            m_customer, invoiceInput(QStringLiteral("INV-5"), usd("50"), QDate(2030, 1, 1), QStringLiteral("disputed")),
            &error);
        QVERIFY(service.recordPayment(*disputed, usd("10"), paidAt, &error));
        QCOMPARE(service.invoice(*disputed, QDate(), &error)->status, QStringLiteral("disputed"));
        // An edit cannot lower the amount below what was paid, nor change the currency then.
        auto input = invoiceInput(QStringLiteral("INV-5"), usd("9.99"), QDate(2030, 1, 1), QStringLiteral("disputed"));
        QVERIFY(!service.edit(*disputed, input, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("10.00")), qPrintable(error));
        input.amount = *Money::parse(QStringLiteral("50"), QStringLiteral("EUR"));
        QVERIFY(!service.edit(*disputed, input, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("currency")));
    }

    // Days overdue and bucket at every boundary, on one database (one invoice per case).
    void agingBuckets()
    {
        struct Case
        {
            const char* name;
            int daysPastDue;
            const char* status;
            int expectedDays;
            AgingBucket expectedBucket;
        };
        const QList<Case> cases = {
            {"not yet due", -5, "pending", 0, AgingBucket::Current},
            {"due today", 0, "pending", 0, AgingBucket::Current},
            {"1 day", 1, "pending", 1, AgingBucket::Days1To30},
            {"30 days", 30, "overdue", 30, AgingBucket::Days1To30},
            {"31 days", 31, "overdue", 31, AgingBucket::Days31To60},
            {"60 days", 60, "partial", 60, AgingBucket::Days31To60},
            {"61 days", 61, "overdue", 61, AgingBucket::Days61To90},
            {"90 days", 90, "overdue", 90, AgingBucket::Days61To90},
            {"91 days", 91, "overdue", 91, AgingBucket::Over90},
            {"400 days disputed", 400, "disputed", 400, AgingBucket::Over90},
            {"written off", 100, "written_off", 0, AgingBucket::None},
        };
        InvoiceService service(db(), context(QStringLiteral("admin")));
        const QDate today(2024, 3, 1); // across February of a leap year
        QString error;
        QHash<qint64, Case> byId;
        for (int i = 0; i < cases.size(); ++i) {
            const Case& c = cases.at(i);
            const QString status = QString::fromLatin1(c.status);
            const bool partial = status == QLatin1String("partial");
            const auto id =
                service.add(m_customer,
                            invoiceInput(QStringLiteral("AGE-%1").arg(i), usd("10"), today.addDays(-c.daysPastDue),
                                         partial ? QStringLiteral("pending") : status),
                            &error);
            QVERIFY2(id, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), error)));
            if (partial)
                QVERIFY(service.recordPayment(*id, usd("1"), QDateTime::currentDateTimeUtc(), &error));
            byId.insert(*id, c);
        }
        const auto list = service.list(m_customer, today, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), cases.size());
        for (const Invoice& invoice : *list) {
            const Case c = byId.value(invoice.id);
            QVERIFY2(invoice.daysOverdue == c.expectedDays,
                     qPrintable(QStringLiteral("%1: %2 days").arg(QLatin1String(c.name)).arg(invoice.daysOverdue)));
            QVERIFY2(invoice.agingBucket == c.expectedBucket, c.name);
            QVERIFY(invoice.agingBucket == AgingBucket::None ||
                    !InvoiceService::bucketTitle(invoice.agingBucket).isEmpty());
        }
        // The static rules agree.
        QCOMPARE(InvoiceService::agingBucketFor(0), AgingBucket::Current);
        QCOMPARE(InvoiceService::agingBucketFor(30), AgingBucket::Days1To30);
        QCOMPARE(InvoiceService::agingBucketFor(91), AgingBucket::Over90);
        QCOMPARE(InvoiceService::agingBucketFor(45, false), AgingBucket::None);
        QCOMPARE(InvoiceService::daysOverdue(QStringLiteral("paid"), usd("0"), today.addDays(-10), today), 0);

        // Without a date the list uses today's UTC date.
        const QDate utcToday = QDateTime::currentDateTimeUtc().date();
        const auto id =
            service.add(m_otherCustomer, invoiceInput(QStringLiteral("T-1"), usd("1"), utcToday.addDays(-31)), &error);
        QVERIFY(id);
        const auto other = service.list(m_otherCustomer, QDate(), &error);
        QVERIFY(other);
        QCOMPARE(other->first().daysOverdue, 31);
        QCOMPARE(other->first().agingBucket, AgingBucket::Days31To60);
    }

    // ---- timeline -------------------------------------------------------------------------

    void timelineMergesSourcesAcrossPages()
    {
        const qint64 agent =
            insert(QStringLiteral("INSERT INTO agents (name, type, status) VALUES (?, 'voice', 'active')"),
                   {QStringLiteral("Vera Voice")});
        QVERIFY(agent > 0);
        // Ties on purpose: the same instant in several sources, two contact attempts at the same
        // time, and on PostgreSQL two attempts a microsecond apart (the same millisecond).
        const QString t0 = QStringLiteral("2024-03-01 10:00:00.000000");
        const QString t1 = QStringLiteral("2024-03-02 11:30:00.123456");
        const QString t1b = QStringLiteral("2024-03-02 11:30:00.123457");
        const QString t2 = QStringLiteral("2024-03-03 08:15:00.500000");
        const QString t3 = QStringLiteral("2024-03-04 17:45:00.250000");
        int expected = 0;
        QList<qint64> contactIds;
        auto contact = [&](const QString& time, const QVariant& agentId, const QVariant& staffId) {
            contactIds << insert(
                QStringLiteral("INSERT INTO contact_attempts (customer_id, agent_id, staff_user_id, channel, "
                               "status, attempted_at, duration_seconds, outcome) VALUES (?, ?, ?, 'voice', "
                               "'answered', ?, 95, 'promised to pay')"),
                {m_customer, agentId, staffId, ts(time)});
            ++expected;
        };
        const QVariant noId(QMetaType(QMetaType::LongLong));
        contact(t1b, agent, noId); // inserted first: a smaller id but a later time (on PostgreSQL)
        contact(t1, agent, noId);
        contact(t1, noId, m_collectorId);
        contact(t3, noId, noId);
        for (int i = 0; i < 7; ++i)
            contact(QStringLiteral("2024-02-%1 09:00:00.000000").arg(10 + i, 2, 10, QLatin1Char('0')), agent, noId);
        // Another customer's rows never appear.
        insert(QStringLiteral("INSERT INTO contact_attempts (customer_id, channel, status, attempted_at) "
                              "VALUES (?, 'sms', 'sent', ?)"),
               {m_otherCustomer, ts(t1)});

        const qint64 delivery =
            insert(QStringLiteral(
                       "INSERT INTO email_deliveries (customer_id, message_id, to_address, subject, status, sent_at, "
                       "opened_at, clicked_at) VALUES (?, 'm1', 'ap@acme.test', 'Your invoice', 'clicked', ?, ?, ?)"),
                   {m_customer, ts(t0), ts(t1), ts(t2)});
        expected += 3; // sent, opened, clicked
        insert(QStringLiteral("INSERT INTO email_links (delivery_id, original_url, tracking_url, click_count, "
                              "first_clicked_at) VALUES (?, 'https://pay.example/acme', 't1', 1, ?)"),
               {delivery, ts(t2)});
        const qint64 queued =
            insert(QStringLiteral("INSERT INTO email_deliveries (customer_id, message_id, to_address, "
                                  "subject, status) VALUES (?, 'm2', 'ap@acme.test', 'Reminder', "
                                  "'soft_bounce')"),
                   {m_customer});
        expected += 1;
        insert(QStringLiteral(
                   "INSERT INTO email_bounces (delivery_id, email_address, bounce_type, diagnostic, bounced_at) "
                   "VALUES (?, 'ap@acme.test', 'soft', 'mailbox full', ?)"),
               {queued, ts(t1)});
        expected += 1;
        insert(QStringLiteral("INSERT INTO tasks (customer_id, assigned_agent_id, type, status, created_at, due_at) "
                              "VALUES (?, ?, 'voice_call', 'pending', ?, ?)"),
               {m_customer, agent, ts(t1), ts(t3)});
        insert(QStringLiteral("INSERT INTO tasks (customer_id, type, status, created_at) VALUES (?, 'review', "
                              "'completed', ?)"),
               {m_customer, ts(t2)});
        expected += 2;

        // Through the services: an invoice with a payment, an opt-out (audited).
        InvoiceService invoices(db(), context(QStringLiteral("admin")));
        QString error;
        const auto invoice =
            invoices.add(m_customer, invoiceInput(QStringLiteral("TL-1"), usd("80"), QDate(2024, 4, 1)), &error);
        QVERIFY2(invoice, qPrintable(error));
        QVERIFY(invoices.recordPayment(*invoice, usd("30"),
                                       QDateTime(QDate(2024, 3, 2), QTime(11, 30), QTimeZone::utc()), &error));
        expected += 2; // invoice issued + payment
        expected += 2; // audit: create + payment
        OptOutService optOuts(db(), context(QStringLiteral("admin")));
        QVERIFY(optOuts.record(m_customer, QStringLiteral("sms"), QString(), QStringLiteral("sms_keyword"), &error));
        expected += 1; // audit: create opt-out
        QVERIFY(optOuts.record(m_otherCustomer, QStringLiteral("sms"), QString(), QStringLiteral("staff"), &error));
        // An audit entry on the customer row itself.
        QVERIFY(DatabaseFunctions(db()).logAuditEvent(
            m_adminId, QStringLiteral("update"), QStringLiteral("customers"), QString::number(m_customer),
            {{QStringLiteral("notes"), QStringLiteral("a")}}, {{QStringLiteral("notes"), QStringLiteral("b")}}));
        expected += 1;

        const CustomerTimelineQuery query(db(), context(QStringLiteral("admin")));
        const auto everything = query.fetch(m_customer, {}, 1000, {}, &error);
        QVERIFY2(everything, qPrintable(error));
        QCOMPARE(everything->items.size(), expected);
        QVERIFY(!everything->hasMore);

        // Newest first; ties broken by kind then id, all descending.
        using Key = std::tuple<QDateTime, int, qint64>;
        QList<Key> keys;
        for (const CustomerTimelineItem& item : everything->items)
            keys.append({item.time, int(item.kind), item.linkId});
        for (int i = 1; i < keys.size(); ++i) {
            const auto& [timeA, kindA, idA] = keys.at(i - 1);
            const auto& [timeB, kindB, idB] = keys.at(i);
            QVERIFY2(timeA > timeB || (timeA == timeB && (kindA > kindB || (kindA == kindB && idA > idB))) ||
                         (db().dialect().isPostgres() && timeA == timeB && kindA == kindB),
                     qPrintable(QStringLiteral("order at %1").arg(i)));
        }

        // The three attempts at 11:30:00.123: on PostgreSQL the first inserted is a microsecond
        // later and comes first although its id is smaller; on SQLite (milliseconds) all three tie
        // on time and come by id, descending.
        QList<qint64> tied;
        for (const CustomerTimelineItem& item : everything->items) {
            if (item.kind == TimelineKind::ContactAttempt && contactIds.mid(0, 3).contains(item.linkId))
                tied << item.linkId;
        }
        if (db().dialect().isPostgres())
            QCOMPARE(tied, (QList<qint64>{contactIds.at(0), contactIds.at(2), contactIds.at(1)}));
        else
            QCOMPARE(tied, (QList<qint64>{contactIds.at(2), contactIds.at(1), contactIds.at(0)}));

        // Every page size walks the same list: no duplicate, no gap.
        for (int pageSize : {1, 2, 3, 5, 7}) {
            QList<std::pair<int, qint64>> walked;
            CustomerTimelineCursor cursor;
            int pages = 0;
            while (true) {
                const auto page = query.fetch(m_customer, cursor, pageSize, {}, &error);
                QVERIFY2(page, qPrintable(error));
                QVERIFY(page->items.size() <= pageSize);
                for (const CustomerTimelineItem& item : page->items)
                    walked.append({int(item.kind), item.linkId});
                cursor = page->next;
                ++pages;
                QVERIFY(pages < 200);
                if (!page->hasMore)
                    break;
                QCOMPARE(page->items.size(), pageSize);
            }
            QList<std::pair<int, qint64>> all;
            for (const CustomerTimelineItem& item : everything->items)
                all.append({int(item.kind), item.linkId});
            QCOMPARE(walked, all);
        }

        // The items say what happened, who did it and on which channel.
        const auto find = [&](TimelineKind kind) -> const CustomerTimelineItem* {
            for (const CustomerTimelineItem& item : everything->items) {
                if (item.kind == kind)
                    return &item;
            }
            return nullptr;
        };
        const CustomerTimelineItem* newest = &everything->items.first();
        QCOMPARE(newest->kind, TimelineKind::Audit); // the audit entries were written just now
        QCOMPARE(newest->summary, QStringLiteral("Customers #%1: changed (Notes)").arg(m_customer));
        QCOMPARE(newest->actor, QStringLiteral("admin@example.com"));
        QCOMPARE(newest->linkTable, QStringLiteral("audit_logs"));
        const CustomerTimelineItem* click = find(TimelineKind::EmailClick);
        QVERIFY(click && click->summary.contains(QStringLiteral("https://pay.example/acme")));
        QCOMPARE(click->channel, QStringLiteral("email"));
        QCOMPARE(click->linkId, delivery);
        const CustomerTimelineItem* bounce = find(TimelineKind::Bounce);
        QVERIFY(bounce && bounce->summary.contains(QStringLiteral("mailbox full")));
        const CustomerTimelineItem* payment = find(TimelineKind::Payment);
        QVERIFY2(payment && payment->summary.contains(QStringLiteral("30.00")) &&
                     payment->summary.contains(QStringLiteral("80.00")),
                 payment ? qPrintable(payment->summary) : "no payment");
        QCOMPARE(payment->linkTable, QStringLiteral("payment_records"));
        QCOMPARE(payment->linkId, *invoice);
        const CustomerTimelineItem* task = find(TimelineKind::Task);
        QVERIFY(task);
        int agents = 0;
        int staff = 0;
        for (const CustomerTimelineItem& item : everything->items) {
            if (item.kind != TimelineKind::ContactAttempt)
                continue;
            QCOMPARE(item.channel, QStringLiteral("voice"));
            QVERIFY(item.summary.contains(QStringLiteral("promised to pay")));
            if (item.actorType == TimelineActorType::Agent) {
                QCOMPARE(item.actor, QStringLiteral("Vera Voice"));
                ++agents;
            } else if (item.actorType == TimelineActorType::User) {
                QCOMPARE(item.actor, QStringLiteral("collector@example.com"));
                ++staff;
            } else {
                QCOMPARE(item.actor, QStringLiteral("System"));
            }
        }
        QCOMPARE(agents, 9);
        QCOMPARE(staff, 1);

        // The kind filter.
        const auto emails = query.fetch(
            m_customer, {}, 100,
            {TimelineKind::EmailSent, TimelineKind::EmailOpen, TimelineKind::EmailClick, TimelineKind::Bounce}, &error);
        QVERIFY(emails);
        QCOMPARE(emails->items.size(), 5);

        // A collector may not read audit_logs: the audit entries are left out, the rest is there.
        const CustomerTimelineQuery collectorQuery(db(), context(QStringLiteral("collector")));
        const auto collectorView = collectorQuery.fetch(m_customer, {}, 1000, {}, &error);
        QVERIFY2(collectorView, qPrintable(error));
        QCOMPARE(collectorView->items.size(), expected - 4);
        for (const CustomerTimelineItem& item : collectorView->items)
            QVERIFY(item.kind != TimelineKind::Audit);
        // Nobody reads nothing.
        const CustomerTimelineQuery nobodyQuery(db(), AccessContext::nobody());
        QVERIFY(!nobodyQuery.fetch(m_customer, {}, 10, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    // ---- campaigns ------------------------------------------------------------------------

    void campaignsOfTheCustomer()
    {
        InvoiceService invoices(db(), context(QStringLiteral("admin")));
        QString error;
        const auto invoice =
            invoices.add(m_customer, invoiceInput(QStringLiteral("C-1"), usd("10"), QDate(2030, 1, 1)), &error);
        QVERIFY(invoice);
        insert(QStringLiteral("INSERT INTO campaigns (name, customer_id, payment_id, status, escalation_steps, "
                              "current_step, started_at, created_at) VALUES (?, ?, ?, 'active', %1, 1, ?, ?)")
                   .arg(db().dialect().jsonParameter()),
               {QStringLiteral("Friendly reminders"), m_customer, *invoice,
                QStringLiteral("[{\"step\":1,\"day_offset\":0,\"channel\":\"email\"},"
                               "{\"step\":2,\"day_offset\":7,\"channel\":\"sms\"}]"),
                ts(QStringLiteral("2024-01-02 00:00:00.000")), ts(QStringLiteral("2024-01-01 00:00:00.000"))});
        insert(
            QStringLiteral("INSERT INTO campaigns (name, customer_id, status, created_at) VALUES (?, ?, 'draft', ?)"),
            {QStringLiteral("Final notice"), m_customer, ts(QStringLiteral("2024-02-01 00:00:00.000"))});
        insert(QStringLiteral("INSERT INTO campaigns (name, customer_id, status) VALUES ('Other', ?, 'active')"),
               {m_otherCustomer});

        const CustomerCampaignsQuery query(db(), context(QStringLiteral("auditor")));
        const auto campaigns = query.list(m_customer, &error);
        QVERIFY2(campaigns, qPrintable(error));
        QCOMPARE(campaigns->size(), 2);
        QCOMPARE(campaigns->at(0).name, QStringLiteral("Final notice"));
        QCOMPARE(campaigns->at(0).status, QStringLiteral("draft"));
        QCOMPARE(campaigns->at(1).name, QStringLiteral("Friendly reminders"));
        QCOMPARE(campaigns->at(1).stepCount, 2);
        QCOMPARE(campaigns->at(1).currentStep, 1);
        QCOMPARE(campaigns->at(1).invoiceNumber, QStringLiteral("C-1"));
        QVERIFY(campaigns->at(1).startedAt.isValid());
        QVERIFY(!CustomerCampaignsQuery(db(), AccessContext::nobody()).list(m_customer, &error));
    }

    // ---- permissions ----------------------------------------------------------------------

    void auditorIsRefusedAndNothingChanges()
    {
        QString error;
        InvoiceService adminInvoices(db(), context(QStringLiteral("admin")));
        const auto invoice =
            adminInvoices.add(m_customer, invoiceInput(QStringLiteral("P-1"), usd("10"), QDate(2030, 1, 1)), &error);
        QVERIFY(invoice);
        OptOutService adminOptOuts(db(), context(QStringLiteral("admin")));
        const auto optOut =
            adminOptOuts.record(m_customer, QStringLiteral("email"), QString(), QStringLiteral("staff"), &error);
        QVERIFY(optOut);
        const QString before = stateSnapshot();

        const AccessContextPtr auditor = context(QStringLiteral("auditor"));
        OptOutService optOuts(db(), auditor);
        InvoiceService invoices(db(), auditor);
        QVERIFY(optOuts.canRead() && invoices.canRead());
        QVERIFY(!optOuts.canRecord() && !optOuts.canRevoke());
        QVERIFY(!invoices.canAdd() && !invoices.canEdit() && !invoices.canRecordPayment());

        const auto expectDenied = [&](bool ok, const QString& table, PermissionService::Action action) {
            QVERIFY(!ok);
            QCOMPARE(error, auditor->deniedMessage(table, action));
            error.clear();
        };
        expectDenied(
            bool(optOuts.record(m_customer, QStringLiteral("sms"), QString(), QStringLiteral("staff"), &error)),
            QStringLiteral("opt_outs"), PermissionService::Action::Create);
        expectDenied(optOuts.revoke(*optOut, &error), QStringLiteral("opt_outs"), PermissionService::Action::Update);
        expectDenied(
            bool(invoices.add(m_customer, invoiceInput(QStringLiteral("P-2"), usd("1"), QDate(2030, 1, 1)), &error)),
            QStringLiteral("payment_records"), PermissionService::Action::Create);
        expectDenied(invoices.edit(*invoice, invoiceInput(QStringLiteral("P-1"), usd("20"), QDate(2030, 1, 1)),
                                   QString(), &error),
                     QStringLiteral("payment_records"), PermissionService::Action::Update);
        expectDenied(invoices.recordPayment(*invoice, usd("5"), QDateTime::currentDateTimeUtc(), &error),
                     QStringLiteral("payment_records"), PermissionService::Action::Update);
        QCOMPARE(stateSnapshot(), before);

        // The auditor still reads everything.
        QVERIFY(optOuts.list(m_customer, &error));
        QVERIFY(optOuts.mayContact(m_customer, &error));
        QVERIFY(invoices.list(m_customer, QDate(), &error));
        // Nobody reads nothing.
        QVERIFY(!OptOutService(db(), AccessContext::nobody()).list(m_customer, &error));
        QVERIFY(!InvoiceService(db(), AccessContext::nobody()).list(m_customer, QDate(), &error));
        QVERIFY(!OptOutService(db(), nullptr).mayContact(m_customer, &error));
    }
};

QTEST_GUILESS_MAIN(TestCustomerTabsServices)
#include "tst_customertabs_services.moc"
