#include "auth/MessageLabel.h"
#include "customers/ConflictDialog.h"
#include "customers/CustomerFormDialog.h"
#include "customers/CustomerFormHoldDialog.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AccessContext.h"
#include "services/CustomerRecordService.h"
#include "services/PermissionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The customer form over a real, migrated SQLite database, offscreen, driven like a user would:
// by objectName, typing, clicking and the keyboard. The conflict dialog, the hold dialogs and the
// unsaved-changes question go through the form's seams (setDialogRunner,
// setUnsavedChangesPrompt) so nothing modal blocks.
class TestCustomerForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_users;
    qint64 m_customerId = 0;

    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    qint64 insert(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql + QStringLiteral(" RETURNING id"));
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return 0;
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

    AccessContextPtr as(const QString& role)
    {
        if (!m_users.contains(role))
            m_users.insert(role, insert(QStringLiteral("INSERT INTO users (email, password_hash, full_name, role) "
                                                       "VALUES (?, 'not-a-hash', ?, ?)"),
                                        {role + QStringLiteral("@example.com"), role, role}));
        return AccessContext::forUser(m_permissions, m_users.value(role), role, role + QStringLiteral("@example.com"));
    }

    std::unique_ptr<CustomerFormDialog> open(const QString& role, qint64 customerId)
    {
        auto dialog = std::make_unique<CustomerFormDialog>(*m_database, as(role), customerId);
        dialog->setDialogRunner([](QDialog&) { return int(QDialog::Rejected); });
        dialog->setUnsavedChangesPrompt([] { return CustomerFormDialog::UnsavedChoice::Cancel; });
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the form was not shown");
        return dialog;
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static bool shows(QWidget* dialog, const char* labelName, const QString& part)
    {
        auto* label = child<MessageLabel>(dialog, labelName);
        return label && !label->isHidden() && label->text().contains(part);
    }

    static QWidget* focused()
    {
        QWidget* widget = QApplication::focusWidget();
        // An editable combo box's line edit takes the focus for it.
        if (widget && qobject_cast<QComboBox*>(widget->parentWidget()))
            return widget->parentWidget();
        return widget;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("form.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_permissions = std::make_shared<PermissionService>(*m_database);
        m_users.clear();
        m_customerId =
            insert(QStringLiteral("INSERT INTO customers (company_name, contact_name, email, phone, city, "
                                  "country_code, time_zone) VALUES ('Acme Ltd', 'Pat Doe', "
                                  "'ap@acme.example', '+14155550100', 'Springfield', 'US', 'Europe/Berlin')"));
        QVERIFY(m_customerId > 0);
        QVERIFY(insert(QStringLiteral("INSERT INTO customer_profiles (customer_id) VALUES (?)"), {m_customerId}) > 0);
    }

    void cleanup()
    {
        m_permissions.reset();
        m_database.reset();
        m_dir.reset();
    }

    void opensTheCustomerWithItsTabs()
    {
        auto form = open(QStringLiteral("collector"), m_customerId);
        QCOMPARE(form->customerId(), m_customerId);
        QCOMPARE(child<QLineEdit>(form.get(), "companyNameEdit")->text(), QStringLiteral("Acme Ltd"));
        QCOMPARE(child<QLineEdit>(form.get(), "phoneEdit")->text(), QStringLiteral("+14155550100"));
        QCOMPARE(child<QComboBox>(form.get(), "timeZoneCombo")->currentText(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(child<QComboBox>(form.get(), "rulePackCombo")->currentData().toString(),
                 QStringLiteral("consumer_us"));
        QVERIFY(child<QLabel>(form.get(), "titleLabel")->text().contains(QStringLiteral("Acme Ltd")));
        auto* tabs = child<QTabWidget>(form.get(), "tabWidget");
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i) {
            titles << tabs->tabText(i);
            QVERIFY(tabs->isTabEnabled(i));
        }
        QCOMPARE(titles, (QStringList{"Details", "Profile", "Holds", "Opt-outs", "Invoices", "Timeline", "Campaigns"}));
        QVERIFY(child<QWidget>(form.get(), "customerOptOutsTab"));
        QVERIFY(child<QWidget>(form.get(), "customerCampaignsTab"));
        // Nothing changed yet: nothing to save, nothing to ask on close.
        QVERIFY(!child<QPushButton>(form.get(), "saveButton")->isEnabled());
        QVERIFY(!form->hasUnsavedChanges());
        // Every field has a buddy label.
        for (const char* name : {"companyNameEdit", "emailEdit", "phoneEdit", "timeZoneCombo", "notesEdit"}) {
            bool labelled = false;
            for (QLabel* label : form->findChildren<QLabel*>())
                labelled = labelled || label->buddy() == child<QWidget>(form.get(), name);
            QVERIFY2(labelled, name);
        }
    }

    void invalidPhoneShowsTheProblemAndDisablesSaveThenTheFixSaves()
    {
        auto form = open(QStringLiteral("collector"), m_customerId);
        auto* phone = child<QLineEdit>(form.get(), "phoneEdit");
        auto* save = child<QPushButton>(form.get(), "saveButton");

        retype(phone, QStringLiteral("0415 555 0199"));
        QVERIFY(shows(form.get(), "phoneError", QStringLiteral("+14155550123")));
        QVERIFY(phone->accessibleDescription().contains(QStringLiteral("international")));
        QVERIFY(!save->isEnabled());
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(!form->save()); // Ctrl+S or a caller: refused with the reason, nothing written
        QVERIFY(shows(form.get(), "messageLabel", QStringLiteral("Phone")));
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("+14155550100"));

        retype(phone, QStringLiteral("+1 (312) 555-0111"));
        QVERIFY(child<MessageLabel>(form.get(), "phoneError")->isHidden());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("+13125550111"));
        QCOMPARE(phone->text(), QStringLiteral("+13125550111")); // shown as stored
        QVERIFY(!form->hasUnsavedChanges());
        QVERIFY(!save->isEnabled());
        QVERIFY(shows(form.get(), "messageLabel", QStringLiteral("Saved")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'update' AND "
                                       "entity_type = 'customers' AND actor_id = ?"),
                        {m_users.value(QStringLiteral("collector"))})
                     .toInt(),
                 1);
    }

    void otherFieldsValidateInline()
    {
        auto form = open(QStringLiteral("manager"), m_customerId);
        retype(child<QLineEdit>(form.get(), "emailEdit"), QStringLiteral("pat@"));
        QVERIFY(shows(form.get(), "emailError", QStringLiteral("name@example.com")));
        retype(child<QLineEdit>(form.get(), "emailEdit"), QStringLiteral("pat@acme.example"));
        QVERIFY(child<MessageLabel>(form.get(), "emailError")->isHidden());

        auto* zone = child<QComboBox>(form.get(), "timeZoneCombo");
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(shows(form.get(), "timeZoneError", QStringLiteral("IANA")));
        zone->setCurrentText(QStringLiteral("America/New_York"));
        QVERIFY(child<MessageLabel>(form.get(), "timeZoneError")->isHidden());

        // Do-not-contact needs a reason; the reason field is enabled by the check box.
        auto* reason = child<QLineEdit>(form.get(), "doNotContactReasonEdit");
        QVERIFY(!reason->isEnabled());
        child<QCheckBox>(form.get(), "doNotContactCheck")->setChecked(true);
        QVERIFY(reason->isEnabled());
        QVERIFY(shows(form.get(), "doNotContactReasonError", QStringLiteral("reason")));
        QVERIFY(!child<QPushButton>(form.get(), "saveButton")->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("Asked in writing"));
        QVERIFY(child<QPushButton>(form.get(), "saveButton")->isEnabled());
        QVERIFY(form->save());
        QVERIFY(
            scalar(QStringLiteral("SELECT do_not_contact FROM customer_profiles WHERE customer_id = ?"), {m_customerId})
                .toBool());
        QCOMPARE(scalar(QStringLiteral("SELECT time_zone FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("America/New_York"));
    }

    void ctrlSSavesAndTabOrderFollowsTheForm()
    {
        auto form = open(QStringLiteral("collector"), m_customerId);
        form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        auto* company = child<QLineEdit>(form.get(), "companyNameEdit");
        company->setFocus();
        QTRY_VERIFY(company->hasFocus());

        // Tab walks the Details fields top to bottom.
        const QList<const char*> order = {"contactNameEdit",  "emailEdit",     "phoneEdit",          "addressLine1Edit",
                                          "addressLine2Edit", "cityEdit",      "regionEdit",         "postalCodeEdit",
                                          "countryCodeEdit",  "timeZoneCombo", "phoneTimeZoneCombo", "languageEdit",
                                          "rulePackCombo",    "notesEdit"};
        for (const char* name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(focused() == child<QWidget>(form.get(), name), name);
        }

        auto* city = child<QLineEdit>(form.get(), "cityEdit");
        retype(city, QStringLiteral("Shelbyville"));
        QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("Shelbyville"));
        QVERIFY(!form->hasUnsavedChanges());
    }

    void conflictDialogAppearsAndKeepMineSaves()
    {
        auto form = open(QStringLiteral("collector"), m_customerId);
        // Someone else, on another connection, changes the city and the contact meanwhile.
        QString error;
        const std::unique_ptr<Database> other =
            Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("form.db")), &error);
        QVERIFY2(other, qPrintable(error));
        CustomerRecordService theirService(*other, AccessContext::system());
        auto theirs = theirService.load(m_customerId);
        QVERIFY(theirs);
        CustomerRecord theirEdit = *theirs;
        theirEdit.city = QStringLiteral("Capital City");
        theirEdit.contactName = QStringLiteral("Sam Roe");
        QVERIFY(theirService.save(*theirs, theirEdit).saved());

        retype(child<QLineEdit>(form.get(), "cityEdit"), QStringLiteral("Ogdenville"));
        retype(child<QLineEdit>(form.get(), "emailEdit"), QStringLiteral("billing@acme.example"));
        QStringList shownFields;
        bool mineDefaultForCity = false;
        bool theirsDefaultForContact = false;
        int runs = 0;
        form->setDialogRunner([&](QDialog& dialog) {
            ++runs;
            auto* conflict = qobject_cast<ConflictDialog*>(&dialog);
            if (!conflict)
                return int(QDialog::Rejected);
            for (QRadioButton* radio : conflict->findChildren<QRadioButton*>()) {
                if (radio->objectName().startsWith(QLatin1String("mineRadio_")))
                    shownFields << radio->objectName().mid(10);
            }
            mineDefaultForCity = child<QRadioButton>(conflict, "mineRadio_city")->isChecked();
            theirsDefaultForContact = child<QRadioButton>(conflict, "theirsRadio_contact_name")->isChecked();
            if (child<QLabel>(conflict, "theirsValue_city")->text() != QLatin1String("Capital City"))
                return int(QDialog::Rejected);
            QTest::mouseClick(child<QPushButton>(conflict, "keepAllMineButton"), Qt::LeftButton);
            return conflict->result();
        });
        QVERIFY(form->save());
        QCOMPARE(runs, 1);
        QCOMPARE(shownFields.size(), 2);
        QVERIFY(shownFields.contains(QStringLiteral("city")));
        QVERIFY(shownFields.contains(QStringLiteral("contact_name")));
        QVERIFY(mineDefaultForCity);      // both changed it: mine preselected
        QVERIFY(theirsDefaultForContact); // only they changed it: theirs preselected
        // "Keep all mine": my city, the contact as I had it, and my other change.
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("Ogdenville"));
        QCOMPARE(scalar(QStringLiteral("SELECT contact_name FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("Pat Doe"));
        QCOMPARE(scalar(QStringLiteral("SELECT email FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("billing@acme.example"));
        QVERIFY(!form->hasUnsavedChanges());

        // Cancelling the conflict dialog saves nothing and keeps the edits.
        theirs = theirService.load(m_customerId);
        theirEdit = *theirs;
        theirEdit.region = QStringLiteral("North");
        QVERIFY(theirService.save(*theirs, theirEdit).saved());
        retype(child<QLineEdit>(form.get(), "regionEdit"), QStringLiteral("South"));
        form->setDialogRunner([](QDialog&) { return int(QDialog::Rejected); });
        QVERIFY(!form->save());
        QVERIFY(shows(form.get(), "messageLabel", QStringLiteral("Nothing was saved")));
        QCOMPARE(child<QLineEdit>(form.get(), "regionEdit")->text(), QStringLiteral("South"));
        QCOMPARE(scalar(QStringLiteral("SELECT region FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("North"));
    }

    void closingWithUnsavedChangesAsks()
    {
        auto form = open(QStringLiteral("collector"), m_customerId);
        int asked = 0;
        CustomerFormDialog::UnsavedChoice answer = CustomerFormDialog::UnsavedChoice::Cancel;
        form->setUnsavedChangesPrompt([&] {
            ++asked;
            return answer;
        });
        form->reject(); // nothing changed: closes without asking
        QCOMPARE(asked, 0);
        QVERIFY(!form->isVisible());

        form->show();
        retype(child<QLineEdit>(form.get(), "cityEdit"), QStringLiteral("Elsewhere"));
        form->reject();
        QCOMPARE(asked, 1);
        QVERIFY(form->isVisible()); // Cancel: stays open with the edits
        answer = CustomerFormDialog::UnsavedChoice::Save;
        QTest::keyClick(form.get(), Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!form->isVisible());
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("Elsewhere"));

        form->show();
        retype(child<QLineEdit>(form.get(), "cityEdit"), QStringLiteral("Discarded"));
        answer = CustomerFormDialog::UnsavedChoice::Discard;
        form->reject();
        QVERIFY(!form->isVisible());
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {m_customerId}).toString(),
                 QStringLiteral("Elsewhere"));
    }

    void settingAHoldFromTheHoldsTab()
    {
        const qint64 task = insert(QStringLiteral("INSERT INTO tasks (customer_id, type, status) VALUES (?, 'sms', "
                                                  "'pending')"),
                                   {m_customerId});
        const qint64 campaign =
            insert(QStringLiteral("INSERT INTO campaigns (name, customer_id, status) VALUES ('Reminder', ?, 'active')"),
                   {m_customerId});
        auto form = open(QStringLiteral("collector"), m_customerId);
        child<QTabWidget>(form.get(), "tabWidget")->setCurrentWidget(child<QWidget>(form.get(), "holdsTab"));
        auto* set = child<QPushButton>(form.get(), "setHoldButton_dispute");
        auto* release = child<QPushButton>(form.get(), "releaseHoldButton_dispute");
        QVERIFY(set->isEnabled());
        QVERIFY(!release->isEnabled());
        QCOMPARE(child<QLabel>(form.get(), "holdStatus_dispute")->text(), QStringLiteral("No hold"));

        QSignalSpy changed(form.get(), &CustomerFormDialog::customerChanged);
        form->setDialogRunner([](QDialog& dialog) {
            auto* hold = qobject_cast<CustomerFormHoldDialog*>(&dialog);
            if (!hold)
                return int(QDialog::Rejected);
            auto* ok = child<QPushButton>(hold, "holdOkButton");
            if (ok->isEnabled()) // no reason yet: OK must be disabled
                return int(QDialog::Rejected);
            QTest::keyClicks(child<QPlainTextEdit>(hold, "holdReasonEdit"), QStringLiteral("Invoice INV-7 disputed"));
            if (!ok->isEnabled())
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(set, Qt::LeftButton);

        QVERIFY(!scalar(QStringLiteral("SELECT dispute_hold_at FROM customer_profiles WHERE customer_id = ?"),
                        {m_customerId})
                     .isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), {task}).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM campaigns WHERE id = ?"), {campaign}).toString(),
                 QStringLiteral("paused"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(child<QLabel>(form.get(), "holdStatus_dispute")->text(), QStringLiteral("On hold"));
        QCOMPARE(child<QLabel>(form.get(), "holdReason_dispute")->text(), QStringLiteral("Invoice INV-7 disputed"));
        QCOMPARE(child<QLabel>(form.get(), "holdBy_dispute")->text(), QStringLiteral("collector@example.com"));
        QVERIFY(!child<QLabel>(form.get(), "holdSince_dispute")->text().isEmpty());
        QVERIFY(shows(form.get(), "holdsMessageLabel", QStringLiteral("Dispute hold set")));
        QVERIFY(!set->isEnabled());
        // A collector may not release it: disabled, and the tooltip says why.
        QVERIFY(!release->isEnabled());
        QVERIFY(release->toolTip().contains(QStringLiteral("manager")));

        // A manager may.
        auto managerForm = open(QStringLiteral("manager"), m_customerId);
        auto* managerRelease = child<QPushButton>(managerForm.get(), "releaseHoldButton_dispute");
        QVERIFY(managerRelease->isEnabled());
        managerForm->setDialogRunner([](QDialog& dialog) {
            auto* hold = qobject_cast<CustomerFormHoldDialog*>(&dialog);
            if (!hold)
                return int(QDialog::Rejected);
            hold->setReason(QStringLiteral("Resolved in our favour"));
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(managerRelease, Qt::LeftButton);
        QVERIFY(scalar(QStringLiteral("SELECT dispute_hold_at FROM customer_profiles WHERE customer_id = ?"),
                       {m_customerId})
                    .isNull());
        QCOMPARE(child<QLabel>(managerForm.get(), "holdStatus_dispute")->text(), QStringLiteral("No hold"));
    }

    void recalculateShowsTheFactors()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(insert(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, status, "
                                      "due_date) VALUES (?, 'INV-1', 10000, 'overdue', ?)"),
                       {m_customerId, today.addDays(-31).toString(Qt::ISODate)}));
        auto form = open(QStringLiteral("collector"), m_customerId);
        QCOMPARE(child<QLabel>(form.get(), "riskCalculatedValue")->text(), QStringLiteral("Never"));
        QTest::mouseClick(child<QPushButton>(form.get(), "recalculateButton"), Qt::LeftButton);
        // 1 overdue invoice (10) + 31 days / 3 (10) = 20: low.
        QCOMPARE(child<QLabel>(form.get(), "riskScoreValue")->text(), QStringLiteral("20 of 100"));
        QCOMPARE(child<QLabel>(form.get(), "riskLevelValue")->text(), QStringLiteral("Low"));
        auto* factors = child<QTableWidget>(form.get(), "riskFactorsTable");
        QCOMPARE(factors->rowCount(), 5);
        QCOMPARE(factors->item(0, 1)->data(Qt::UserRole).toInt(), 10);
        QCOMPARE(factors->item(1, 1)->data(Qt::UserRole).toInt(), 10);
        QCOMPARE(
            scalar(QStringLiteral("SELECT risk_score FROM customer_profiles WHERE customer_id = ?"), {m_customerId})
                .toInt(),
            20);
        QVERIFY(!form->hasUnsavedChanges()); // the risk is not an edit
    }

    void newCustomerIsCreated()
    {
        auto form = open(QStringLiteral("collector"), 0);
        QCOMPARE(form->customerId(), 0);
        auto* save = child<QPushButton>(form.get(), "saveButton");
        QVERIFY(!save->isEnabled());                                              // no company yet
        QVERIFY(child<MessageLabel>(form.get(), "companyNameError")->isHidden()); // but no scolding either
        auto* tabs = child<QTabWidget>(form.get(), "tabWidget");
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>(form.get(), "holdsTab"))));

        QTest::keyClicks(child<QLineEdit>(form.get(), "companyNameEdit"), QStringLiteral("Globex"));
        QTest::keyClicks(child<QLineEdit>(form.get(), "countryCodeEdit"), QStringLiteral("de"));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(form.get(), &CustomerFormDialog::customerSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const qint64 id = form->customerId();
        QVERIFY(id > 0);
        QCOMPARE(saved.at(0).at(0).toLongLong(), id);
        QCOMPARE(scalar(QStringLiteral("SELECT country_code FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("DE"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customer_profiles WHERE customer_id = ?"), {id}).toInt(),
                 1);
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(child<QWidget>(form.get(), "holdsTab"))));
        QVERIFY(child<QPushButton>(form.get(), "setHoldButton_hardship")->isEnabled());
    }

    void auditorGetsAReadOnlyForm()
    {
        auto form = open(QStringLiteral("auditor"), m_customerId);
        QVERIFY(!form->isEditable());
        QVERIFY(child<QLineEdit>(form.get(), "companyNameEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(form.get(), "timeZoneCombo")->isEnabled());
        QVERIFY(!child<QPushButton>(form.get(), "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(form.get(), "recalculateButton")->isEnabled());
        QVERIFY(!child<QPushButton>(form.get(), "setHoldButton_dispute")->isEnabled());
        QVERIFY(shows(form.get(), "messageLabel", QStringLiteral("auditor")));
        QVERIFY(!form->save());
    }
};

QTEST_MAIN(TestCustomerForm)
#include "tst_customerform.moc"
