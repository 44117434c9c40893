#include "customers/CustomerCampaignsTab.h"
#include "customers/CustomerInvoicesTab.h"
#include "customers/CustomerOptOutsTab.h"
#include "customers/CustomerTimelineTab.h"
#include "customers/InvoiceDialog.h"
#include "customers/OptOutDialog.h"
#include "customers/PaymentDialog.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AccessContext.h"
#include "services/PermissionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

// The customer form's Opt-outs, Invoices, Timeline and Campaigns tabs over a real, migrated
// SQLite database, offscreen, driven by objectName like a user would. Dialogs and confirmations
// go through the tabs' seams (setDialogRunner / setConfirmFunction) so nothing modal blocks.
class TestCustomerTabs : public QObject
{
    Q_OBJECT

private:
    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(m_database->connection());
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

    AccessContextPtr contextFor(const QString& role)
    {
        const qint64 id = role == QLatin1String("admin") ? m_adminId : m_auditorId;
        return AccessContext::forUser(m_permissions, id, role, role + QStringLiteral("@example.com"));
    }

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static QStringList column(QTableView* view, int column)
    {
        QStringList values;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            values.append(view->model()->index(row, column).data().toString());
        return values;
    }

    static void selectRow(QTableView* view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setCurrentIndex(index);
    }

    template <typename Tab> void installSeams(Tab* tab)
    {
        tab->setDialogRunner([this](QDialog& dialog) {
            if (!m_dialogScript)
                return int(QDialog::Rejected);
            return m_dialogScript(dialog);
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_adminId = 0;
    qint64 m_auditorId = 0;
    qint64 m_customer = 0;
    std::function<int(QDialog&)> m_dialogScript;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // amounts without grouping, for exact comparisons
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tabs.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_permissions = std::make_shared<PermissionService>(*m_database);
        m_adminId = insert(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES "
                                          "('admin@example.com', 'x', 'admin')"));
        m_auditorId = insert(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES "
                                            "('auditor@example.com', 'x', 'auditor')"));
        m_customer = insert(QStringLiteral("INSERT INTO customers (company_name, email) VALUES "
                                           "('Acme Ltd', 'ap@acme.test')"));
        QVERIFY(m_adminId > 0 && m_auditorId > 0 && m_customer > 0);
        QVERIFY(insert(QStringLiteral("INSERT INTO customer_profiles (customer_id) VALUES (?)"), {m_customer}) > 0);
        m_dialogScript = nullptr;
    }

    void cleanup()
    {
        m_permissions.reset();
        m_database.reset();
        m_dir.reset();
    }

    void optOutUpdatesTheIndicator()
    {
        CustomerOptOutsTab tab(*m_database, contextFor(QStringLiteral("admin")));
        installSeams(&tab);
        QStringList questions;
        tab.setConfirmFunction([&questions](const QString&, const QString& question) {
            questions << question;
            return true;
        });
        tab.setCustomer(m_customer);
        tab.resize(900, 600);
        tab.show();
        QSignalSpy changed(&tab, &CustomerOptOutsTab::changed);

        auto* email = child<QLabel>(&tab, "mayContactEmailLabel");
        auto* sms = child<QLabel>(&tab, "mayContactSmsLabel");
        QVERIFY(email && sms && child<QLabel>(&tab, "mayContactVoiceLabel") &&
                child<QLabel>(&tab, "mayContactLetterLabel"));
        QCOMPARE(email->text(), QStringLiteral("May contact by email: Yes"));
        auto* record = child<QPushButton>(&tab, "recordOptOutButton");
        auto* revoke = child<QPushButton>(&tab, "revokeOptOutButton");
        QVERIFY(record->isEnabled());
        QVERIFY(!revoke->isEnabled()); // nothing selected

        // Record an e-mail opt-out through the dialog.
        bool labelled = false;
        m_dialogScript = [&](QDialog& dialog) {
            auto* optOut = qobject_cast<OptOutDialog*>(&dialog);
            if (!optOut)
                return int(QDialog::Rejected);
            auto* channel = child<QComboBox>(optOut, "channelCombo");
            auto* reason = child<QLineEdit>(optOut, "reasonEdit");
            labelled = !channel->accessibleName().isEmpty() && !reason->accessibleName().isEmpty();
            channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
            auto* source = child<QComboBox>(optOut, "sourceCombo");
            source->setCurrentIndex(source->findData(QStringLiteral("email_unsubscribe")));
            QTest::keyClicks(reason, QStringLiteral("clicked unsubscribe"));
            child<QPushButton>(optOut, "recordButton")->click();
            return dialog.result();
        };
        record->click();
        QVERIFY(labelled);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(email->text(), QStringLiteral("May contact by email: No (opted out (Email unsubscribe): clicked "
                                               "unsubscribe)"));
        QCOMPARE(sms->text(), QStringLiteral("May contact by SMS: Yes"));
        auto* view = child<QTableView>(&tab, "optOutsTable");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Active"));
        QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("admin@example.com"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE entity_type = 'opt_outs'")).toInt(), 1);

        // A second e-mail opt-out: the dialog stays open with the reason.
        QString dialogMessage;
        int result = -1;
        m_dialogScript = [&](QDialog& dialog) {
            auto* optOut = qobject_cast<OptOutDialog*>(&dialog);
            auto* channel = child<QComboBox>(optOut, "channelCombo");
            channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
            child<QPushButton>(optOut, "recordButton")->click();
            result = dialog.result();
            dialogMessage = child<QLabel>(optOut, "messageLabel")->text();
            return int(QDialog::Rejected);
        };
        record->click();
        QCOMPARE(result, int(QDialog::Rejected));
        QVERIFY2(dialogMessage.contains(QStringLiteral("already opted out of email")), qPrintable(dialogMessage));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view->model()->rowCount(), 1);

        // Revoke after confirming: the indicator says yes again.
        selectRow(view, 0);
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QCOMPARE(questions.size(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(email->text(), QStringLiteral("May contact by email: Yes"));
        QVERIFY(view->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Revoked")));
        auto* message = child<QLabel>(&tab, "messageLabel");
        QVERIFY(message->isVisible() && message->text().contains(QStringLiteral("revoked")));
    }

    void auditorSeesButCannotWrite()
    {
        insert(QStringLiteral("INSERT INTO opt_outs (customer_id, channel, source) VALUES (?, 'sms', 'sms_keyword')"),
               {m_customer});
        insert(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, currency, due_date, "
                              "status) VALUES (?, 'A-1', 5000, 'USD', '2020-01-01', 'pending')"),
               {m_customer});
        CustomerOptOutsTab optOuts(*m_database, contextFor(QStringLiteral("auditor")));
        optOuts.setCustomer(m_customer);
        QCOMPARE(child<QLabel>(&optOuts, "mayContactSmsLabel")->text(),
                 QStringLiteral("May contact by SMS: No (opted out (SMS keyword))"));
        QCOMPARE(child<QTableView>(&optOuts, "optOutsTable")->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(&optOuts, "recordOptOutButton")->isEnabled());
        selectRow(child<QTableView>(&optOuts, "optOutsTable"), 0);
        QVERIFY(!child<QPushButton>(&optOuts, "revokeOptOutButton")->isEnabled());

        CustomerInvoicesTab invoices(*m_database, contextFor(QStringLiteral("auditor")));
        invoices.setCustomer(m_customer);
        auto* view = child<QTableView>(&invoices, "invoicesTable");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 9).data().toString(), QStringLiteral("Over 90 days"));
        selectRow(view, 0);
        QVERIFY(!child<QPushButton>(&invoices, "addInvoiceButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&invoices, "editInvoiceButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&invoices, "recordPaymentButton")->isEnabled());
    }

    void addInvoiceAndRecordPaymentsThroughTheDialogs()
    {
        CustomerInvoicesTab tab(*m_database, contextFor(QStringLiteral("admin")));
        installSeams(&tab);
        tab.setCustomer(m_customer);
        tab.resize(1000, 600);
        tab.show();
        QSignalSpy changed(&tab, &CustomerInvoicesTab::changed);
        auto* view = child<QTableView>(&tab, "invoicesTable");
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(child<QPushButton>(&tab, "addInvoiceButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&tab, "recordPaymentButton")->isEnabled());

        bool disabledWhileInvalid = false;
        QString hint;
        m_dialogScript = [&](QDialog& dialog) {
            auto* invoice = qobject_cast<InvoiceDialog*>(&dialog);
            if (!invoice)
                return int(QDialog::Rejected);
            auto* save = child<QPushButton>(invoice, "saveButton");
            QTest::keyClicks(child<QLineEdit>(invoice, "invoiceNumberEdit"), QStringLiteral("INV-2024-001"));
            auto* amount = child<QLineEdit>(invoice, "amountEdit");
            QTest::keyClicks(amount, QStringLiteral("100.105")); // three decimals in USD
            disabledWhileInvalid = !save->isEnabled();
            hint = child<QLabel>(invoice, "hintLabel")->text();
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("100.10"));
            child<QComboBox>(invoice, "currencyCombo")->setCurrentText(QStringLiteral("USD"));
            child<QDateEdit>(invoice, "dueDateEdit")->setDate(QDate(2031, 6, 30));
            if (!save->isEnabled())
                return int(QDialog::Rejected);
            save->click();
            return dialog.result();
        };
        child<QPushButton>(&tab, "addInvoiceButton")->click();
        QVERIFY(disabledWhileInvalid);
        QVERIFY2(hint.contains(QStringLiteral("decimals")), qPrintable(hint));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("INV-2024-001"));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("100.10"));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("100.10"));
        QCOMPARE(view->model()->index(0, 7).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(view->model()->index(0, 9).data().toString(), QStringLiteral("Current"));
        QVERIFY(tab.selectedInvoiceId() > 0); // the new invoice is selected
        QVERIFY(child<QLabel>(&tab, "totalsLabel")->text().contains(QStringLiteral("balance 100.10")));
        QCOMPARE(scalar(QStringLiteral("SELECT amount FROM payment_records")).toLongLong(), 10010);

        // The same number again: the dialog stays open naming the clash.
        QString clash;
        m_dialogScript = [&](QDialog& dialog) {
            auto* invoice = qobject_cast<InvoiceDialog*>(&dialog);
            QTest::keyClicks(child<QLineEdit>(invoice, "invoiceNumberEdit"), QStringLiteral("INV-2024-001"));
            QTest::keyClicks(child<QLineEdit>(invoice, "amountEdit"), QStringLiteral("5"));
            child<QPushButton>(invoice, "saveButton")->click();
            clash = child<QLabel>(invoice, "messageLabel")->text();
            return dialog.result();
        };
        child<QPushButton>(&tab, "addInvoiceButton")->click();
        QVERIFY2(clash.contains(QStringLiteral("INV-2024-001")) && clash.contains(QStringLiteral("Acme Ltd")),
                 qPrintable(clash));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(changed.count(), 1);

        // Record 0.10: partial; more than the balance is refused inline.
        selectRow(view, 0);
        bool overpayRefused = false;
        QString prefilled;
        m_dialogScript = [&](QDialog& dialog) {
            auto* payment = qobject_cast<PaymentDialog*>(&dialog);
            if (!payment)
                return int(QDialog::Rejected);
            auto* amount = child<QLineEdit>(payment, "amountEdit");
            prefilled = amount->text();
            auto* record = child<QPushButton>(payment, "recordButton");
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("100.11"));
            overpayRefused =
                !record->isEnabled() && child<QLabel>(payment, "hintLabel")->text().contains(QStringLiteral("balance"));
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("0.10"));
            record->click();
            return dialog.result();
        };
        child<QPushButton>(&tab, "recordPaymentButton")->click();
        QCOMPARE(prefilled, QStringLiteral("100.10"));
        QVERIFY(overpayRefused);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("0.10"));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("100.00"));
        QCOMPARE(view->model()->index(0, 7).data().toString(), QStringLiteral("Partially paid"));

        // Pay the rest (the prefilled balance): paid.
        selectRow(view, 0);
        m_dialogScript = [&](QDialog& dialog) {
            auto* payment = qobject_cast<PaymentDialog*>(&dialog);
            child<QPushButton>(payment, "recordButton")->click();
            return dialog.result();
        };
        child<QPushButton>(&tab, "recordPaymentButton")->click();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("100.10"));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("0.00"));
        QCOMPARE(view->model()->index(0, 7).data().toString(), QStringLiteral("Paid"));
        QCOMPARE(view->model()->index(0, 9).data().toString(), QString());
        QCOMPARE(scalar(QStringLiteral("SELECT amount_paid FROM payment_records")).toLongLong(), 10010);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'payment'")).toInt(), 2);

        // Edit the description and due date through the dialog.
        selectRow(view, 0);
        bool currencyLocked = false;
        m_dialogScript = [&](QDialog& dialog) {
            auto* invoice = qobject_cast<InvoiceDialog*>(&dialog);
            if (!invoice)
                return int(QDialog::Rejected);
            if (child<QLineEdit>(invoice, "invoiceNumberEdit")->text() != QLatin1String("INV-2024-001"))
                return int(QDialog::Rejected);
            currencyLocked = !child<QComboBox>(invoice, "currencyCombo")->isEnabled();
            QTest::keyClicks(child<QLineEdit>(invoice, "descriptionEdit"), QStringLiteral("Consulting"));
            child<QPushButton>(invoice, "saveButton")->click();
            return dialog.result();
        };
        child<QPushButton>(&tab, "editInvoiceButton")->click();
        QVERIFY(currencyLocked);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT description FROM payment_records")).toString(),
                 QStringLiteral("Consulting"));
    }

    void timelineShowsAndPages()
    {
        const qint64 agent =
            insert(QStringLiteral("INSERT INTO agents (name, type, status) VALUES ('Vera Voice', 'voice', 'active')"));
        for (int i = 0; i < 5; ++i)
            insert(QStringLiteral("INSERT INTO contact_attempts (customer_id, agent_id, channel, status, attempted_at) "
                                  "VALUES (?, ?, 'voice', 'no_answer', ?)"),
                   {m_customer, agent, QStringLiteral("2024-03-0%1T10:00:00.000Z").arg(i + 1)});
        insert(QStringLiteral("INSERT INTO email_deliveries (customer_id, message_id, to_address, subject, status, "
                              "sent_at) VALUES (?, 'm1', 'ap@acme.test', 'Your invoice', 'sent', "
                              "'2024-02-01T09:00:00.000Z')"),
               {m_customer});

        CustomerTimelineTab tab(*m_database, contextFor(QStringLiteral("admin")));
        tab.setPageSize(4);
        tab.setCustomer(m_customer);
        tab.resize(1000, 600);
        tab.show();
        auto* view = child<QTableView>(&tab, "timelineTable");
        QCOMPARE(tab.rowCount(), 4);
        QVERIFY(tab.hasMore());
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Vera Voice"));
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Voice"));
        QVERIFY(!view->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(view->model()->index(0, 4).data().toString().contains(QStringLiteral("no answer")));
        auto* more = child<QPushButton>(&tab, "loadMoreButton");
        QVERIFY(more->isEnabled());
        more->click();
        QCOMPARE(tab.rowCount(), 6);
        QVERIFY(!tab.hasMore());
        QVERIFY(!more->isEnabled());
        QVERIFY(view->model()->index(5, 4).data().toString().contains(QStringLiteral("Your invoice")));

        auto* filter = child<QComboBox>(&tab, "kindFilterCombo");
        filter->setCurrentIndex(2); // e-mails
        QCOMPARE(tab.rowCount(), 1);
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Email"));
    }

    void campaignsAreListed()
    {
        insert(
            QStringLiteral("INSERT INTO campaigns (name, customer_id, status, escalation_steps, current_step) "
                           "VALUES ('Friendly reminders', ?, 'paused', '[{\"step\":1},{\"step\":2},{\"step\":3}]', 2)"),
            {m_customer});
        CustomerCampaignsTab tab(*m_database, contextFor(QStringLiteral("auditor")));
        tab.setCustomer(m_customer);
        auto* view = child<QTableView>(&tab, "campaignsTable");
        QCOMPARE(tab.rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Friendly reminders"));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("2 of 3"));

        CustomerCampaignsTab denied(*m_database, AccessContext::nobody());
        denied.setCustomer(m_customer);
        QCOMPARE(denied.rowCount(), 0);
        QVERIFY(!child<QLabel>(&denied, "messageLabel")->text().isEmpty());
    }
};

QTEST_MAIN(TestCustomerTabs)
#include "tst_customertabs.moc"
