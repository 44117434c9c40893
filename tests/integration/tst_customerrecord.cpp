#include "TestDatabase.h"
#include "core/Money.h"
#include "services/AccessContext.h"
#include "services/CustomerHoldService.h"
#include "services/CustomerRecordService.h"
#include "services/CustomerRecordValidator.h"
#include "services/DatabaseFunctions.h"
#include "services/PermissionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The customer form's services on each engine: CustomerRecordService (validation messages, save
// with audit, create, conflict detection between TWO connections and the merge that follows, the
// risk recalculation against calculate_customer_risk_score) and CustomerHoldService (setting a
// hold cancels pending tasks and pauses active campaigns in one audited transaction that a failure
// rolls back entirely; releasing needs the manager role).
class TestCustomerRecord : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_users;

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

    // DDL without parameters, run unprepared (a PL/pgSQL body's $$ must not be taken for placeholders).
    bool execDirect(const QString& sql)
    {
        QSqlQuery query(db().connection());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }

    qint64 insert(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery query(db().connection());
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

    qint64 count(const QString& sql, const QVariantList& params = {}) { return scalar(sql, params).toLongLong(); }

    // Users are inserted directly (no Argon2 hashing: nobody signs in here).
    qint64 user(const QString& role)
    {
        if (!m_users.contains(role))
            m_users.insert(role, insert(QStringLiteral("INSERT INTO users (email, password_hash, full_name, role) "
                                                       "VALUES (?, 'not-a-hash', ?, ?)"),
                                        {role + QStringLiteral("@example.com"), role, role}));
        return m_users.value(role);
    }

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, user(role), role, role + QStringLiteral("@example.com"));
    }

    qint64 addCustomer(const QString& name, const QString& email = QString(), bool withProfile = true)
    {
        const qint64 id =
            insert(QStringLiteral(
                       "INSERT INTO customers (company_name, contact_name, email, phone, city, country_code, "
                       "time_zone) VALUES (?, 'Pat Doe', ?, '+14155550100', 'Springfield', 'US', 'America/Chicago')"),
                   {name, email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email)});
        if (withProfile && id > 0)
            insert(QStringLiteral("INSERT INTO customer_profiles (customer_id) VALUES (?)"), {id});
        return id;
    }

    struct Audit
    {
        bool found = false;
        qint64 actorId = 0;
        QString entityType;
        QString entityId;
        QJsonObject oldValues;
        QJsonObject newValues;
    };
    QList<Audit> audits(const QString& action, const QString& entityType)
    {
        QList<Audit> rows;
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT actor_id, entity_type, entity_id, old_values, new_values FROM audit_logs "
                                     "WHERE action = ? AND entity_type = ? ORDER BY id"));
        query.addBindValue(action);
        query.addBindValue(entityType);
        if (!query.exec())
            return rows;
        while (query.next()) {
            Audit row;
            row.found = true;
            row.actorId = query.value(0).toLongLong();
            row.entityType = query.value(1).toString();
            row.entityId = query.value(2).toString();
            row.oldValues = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
            row.newValues = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
            rows.append(row);
        }
        return rows;
    }

    static QStringList fieldsOf(const QList<CustomerFieldConflict>& conflicts)
    {
        QStringList fields;
        for (const CustomerFieldConflict& conflict : conflicts)
            fields << conflict.field;
        return fields;
    }

    QVariant money(const QString& amount) { return db().dialect().moneyToSql(*Money::parse(amount, "USD")); }
    QVariant daysAgo(int days)
    {
        return db().dialect().dateToSql(QDateTime::currentDateTimeUtc().date().addDays(-days));
    }

    qint64 addInvoice(qint64 customerId, const QString& number, const QString& status, int dueDaysAgo)
    {
        return insert(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, status, "
                                     "due_date) VALUES (?, ?, ?, ?, ?)"),
                      {customerId, number, money(QStringLiteral("125.50")), status, daysAgo(dueDaysAgo)});
    }

    qint64 addTask(qint64 customerId, const QString& status)
    {
        return insert(QStringLiteral("INSERT INTO tasks (customer_id, type, status) VALUES (?, 'email', ?)"),
                      {customerId, status});
    }

    qint64 addCampaign(qint64 customerId, const QString& status)
    {
        return insert(QStringLiteral("INSERT INTO campaigns (name, customer_id, status) VALUES (?, ?, ?)"),
                      {QStringLiteral("Campaign ") + status, customerId, status});
    }

    QString status(const QString& table, qint64 id)
    {
        return scalar(QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {id}).toString();
    }

    // Everything a hold could change, as text.
    QString holdState(qint64 customerId)
    {
        QString text;
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT cease_and_desist_hold_at, cease_and_desist_hold_reason, "
                                     "cease_and_desist_hold_by FROM customer_profiles WHERE customer_id = ?"));
        query.addBindValue(customerId);
        if (query.exec() && query.next())
            text += query.value(0).toString() + '|' + query.value(1).toString() + '|' + query.value(2).toString();
        query.finish();
        QSqlQuery rows(db().connection());
        if (rows.exec(QStringLiteral("SELECT id, status, paused_at FROM campaigns ORDER BY id")))
            while (rows.next())
                text += QStringLiteral(" c%1=%2/%3")
                            .arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString());
        if (rows.exec(QStringLiteral("SELECT id, status FROM tasks ORDER BY id")))
            while (rows.next())
                text += QStringLiteral(" t%1=%2").arg(rows.value(0).toString(), rows.value(1).toString());
        text += QStringLiteral(" audit=%1").arg(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")));
        return text;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }

    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_permissions = std::make_shared<PermissionService>(db());
        m_users.clear();
    }

    void cleanup()
    {
        m_permissions.reset();
        m_db.reset();
    }

    // ---------------------------------------------------------------------------------------
    // Validation

    void validationMessagesSayHowToFixTheValue()
    {
        CustomerRecord record;
        record.companyName = QStringLiteral("  Acme Ltd ");
        QVERIFY(CustomerRecordValidator::validate(record).isEmpty());

        const auto problem = [](CustomerRecord r, const QString& field, const QVariant& value) {
            r.setValue(field, value);
            return CustomerRecordValidator::validateField(r, field);
        };
        QVERIFY(problem(record, "company_name", "   ").contains(QStringLiteral("company")));
        QVERIFY(problem(record, "email", "pat@").contains(QStringLiteral("name@example.com")));
        QVERIFY(problem(record, "email", " Pat@Example.COM ").isEmpty());

        // Phone: E.164 after removing separators, with a message for each way to get it wrong.
        QVERIFY(problem(record, "phone", "+1 (415) 555-0123").isEmpty());
        QVERIFY(problem(record, "phone", "+12").isEmpty());
        QVERIFY(problem(record, "phone", "4155550123").contains(QStringLiteral("+14155550123")));
        QVERIFY(problem(record, "phone", "4155550123").contains(QStringLiteral("international")));
        QVERIFY(problem(record, "phone", "+1 415 CALL-NOW").contains(QStringLiteral("digits only")));
        QVERIFY(problem(record, "phone", "+0301234567").contains(QStringLiteral("never starts with 0")));
        QVERIFY(problem(record, "phone", "+1234567890123456").contains(QStringLiteral("at most 15")));
        QVERIFY(problem(record, "phone", "+1").contains(QStringLiteral("too short")));

        QVERIFY(problem(record, "time_zone", "Europe/Berlin").isEmpty());
        QVERIFY(problem(record, "time_zone", "Mars/Olympus_Mons").contains(QStringLiteral("IANA")));
        QVERIFY(problem(record, "time_zone", "").contains(QStringLiteral("time zone")));
        QVERIFY(problem(record, "phone_time_zone", "").isEmpty());
        QVERIFY(problem(record, "phone_time_zone", "Nowhere/Town").contains(QStringLiteral("IANA")));

        QVERIFY(problem(record, "country_code", "de").isEmpty());
        QVERIFY(problem(record, "country_code", "USA").contains(QStringLiteral("two-letter")));
        QVERIFY(problem(record, "country_code", "QQ").contains(QStringLiteral("not an ISO 3166")));
        QVERIFY(problem(record, "preferred_language", "pt-BR").isEmpty());
        QVERIFY(!problem(record, "preferred_language", "Portuguese!").isEmpty());
        QVERIFY(!problem(record, "rule_pack", "anything").isEmpty());
        QVERIFY(!problem(record, "preferred_channel", "pigeon").isEmpty());

        record.doNotContact = true;
        QVERIFY(CustomerRecordValidator::validateField(record, "do_not_contact_reason").contains("reason"));
        record.doNotContactReason = QStringLiteral("Asked by phone");
        QVERIFY(CustomerRecordValidator::validateField(record, "do_not_contact_reason").isEmpty());

        record.email = QStringLiteral(" Pat@Example.COM ");
        record.phone = QStringLiteral("+44 20 7946 0018");
        record.countryCode = QStringLiteral("gb");
        const CustomerRecord stored = CustomerRecordValidator::normalized(record);
        QCOMPARE(stored.companyName, QStringLiteral("Acme Ltd"));
        QCOMPARE(stored.email, QStringLiteral("pat@example.com"));
        QCOMPARE(stored.phone, QStringLiteral("+442079460018"));
        QCOMPARE(stored.countryCode, QStringLiteral("GB"));
    }

    void invalidRecordIsNotSaved()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        CustomerRecordService service(db(), as(QStringLiteral("collector")));
        const auto original = service.load(id);
        QVERIFY(original);
        CustomerRecord edited = *original;
        edited.phone = QStringLiteral("0049 30 1234");
        edited.timeZone = QStringLiteral("Not/AZone");
        const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_logs"));
        const CustomerSaveResult result = service.save(*original, edited);
        QCOMPARE(result.status, CustomerSaveResult::Status::Invalid);
        QCOMPARE(result.fieldErrors.keys(), (QList<QString>{"phone", "time_zone"}));
        QVERIFY(result.error.contains(QStringLiteral("Phone")));
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("+14155550100"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")), audits);
    }

    // ---------------------------------------------------------------------------------------
    // Create, load, save

    void createStoresCustomerAndProfileWithAudit()
    {
        CustomerRecordService service(db(), as(QStringLiteral("collector")));
        CustomerRecord record;
        record.companyName = QStringLiteral("Northwind Traders");
        record.email = QStringLiteral("AR@Northwind.example");
        record.phone = QStringLiteral("+1 206 555 0199");
        record.countryCode = QStringLiteral("us");
        record.timeZone = QStringLiteral("America/Los_Angeles");
        record.doNotContact = true;
        record.doNotContactReason = QStringLiteral("Written request");
        const CustomerSaveResult result = service.create(record);
        QVERIFY2(result.saved(), qPrintable(result.error));
        const qint64 id = result.record.customerId;
        QVERIFY(id > 0);
        QVERIFY(result.record.profileId > 0);
        QCOMPARE(result.record.email, QStringLiteral("ar@northwind.example"));
        QCOMPARE(result.record.phone, QStringLiteral("+12065550199"));
        QCOMPARE(result.record.countryCode, QStringLiteral("US"));
        QVERIFY(result.record.doNotContact);
        QVERIFY(result.record.customerUpdatedAt.isValid());

        const auto customerAudit = audits(QStringLiteral("create"), QStringLiteral("customers"));
        QCOMPARE(customerAudit.size(), 1);
        QCOMPARE(customerAudit.at(0).entityId, QString::number(id));
        QCOMPARE(customerAudit.at(0).actorId, user(QStringLiteral("collector")));
        QCOMPARE(customerAudit.at(0).newValues.value("company_name").toString(), QStringLiteral("Northwind Traders"));
        const auto profileAudit = audits(QStringLiteral("create"), QStringLiteral("customer_profiles"));
        QCOMPARE(profileAudit.size(), 1);
        QCOMPARE(profileAudit.at(0).newValues.value("do_not_contact").toBool(), true);

        // An auditor may not create; nothing is written.
        const CustomerSaveResult refused = CustomerRecordService(db(), as(QStringLiteral("auditor"))).create(record);
        QCOMPARE(refused.status, CustomerSaveResult::Status::Failed);
        QVERIFY(refused.error.contains(QStringLiteral("auditor")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    }

    void saveWritesChangedFieldsWithAudit()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"), QStringLiteral("ap@acme.example"));
        CustomerRecordService service(db(), as(QStringLiteral("collector")));
        const auto original = service.load(id);
        QVERIFY(original);
        QCOMPARE(original->companyName, QStringLiteral("Acme"));
        QCOMPARE(original->timeZone, QStringLiteral("America/Chicago"));
        QVERIFY(original->profileId > 0);

        CustomerRecord edited = *original;
        edited.city = QStringLiteral("Shelbyville");
        edited.phone = QStringLiteral("+1 312 555 0111");
        edited.doNotContact = true;
        edited.doNotContactReason = QStringLiteral("Customer asked by letter");
        const CustomerSaveResult result = service.save(*original, edited);
        QVERIFY2(result.saved(), qPrintable(result.error));
        QCOMPARE(result.record.city, QStringLiteral("Shelbyville"));
        QCOMPARE(result.record.phone, QStringLiteral("+13125550111"));
        QVERIFY(result.record.doNotContact);
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Shelbyville"));
        QVERIFY(scalar(QStringLiteral("SELECT do_not_contact FROM customer_profiles WHERE customer_id = ?"), {id})
                    .toBool());

        const auto customerAudit = audits(QStringLiteral("update"), QStringLiteral("customers"));
        QCOMPARE(customerAudit.size(), 1);
        QCOMPARE(customerAudit.at(0).actorId, user(QStringLiteral("collector")));
        QCOMPARE(customerAudit.at(0).oldValues, (QJsonObject{{"city", "Springfield"}, {"phone", "+14155550100"}}));
        QCOMPARE(customerAudit.at(0).newValues, (QJsonObject{{"city", "Shelbyville"}, {"phone", "+13125550111"}}));
        const auto profileAudit = audits(QStringLiteral("update"), QStringLiteral("customer_profiles"));
        QCOMPARE(profileAudit.size(), 1);
        QCOMPARE(profileAudit.at(0).newValues,
                 (QJsonObject{{"do_not_contact", true}, {"do_not_contact_reason", "Customer asked by letter"}}));

        // Saving again without edits writes nothing.
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM audit_logs"));
        QVERIFY(service.save(result.record, result.record).saved());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")), before);
    }

    void saveCreatesAMissingProfile()
    {
        const qint64 id = addCustomer(QStringLiteral("No Profile Inc"), QString(), false);
        CustomerRecordService service(db(), as(QStringLiteral("collector")));
        const auto original = service.load(id);
        QVERIFY(original);
        QCOMPARE(original->profileId, 0);
        CustomerRecord edited = *original;
        edited.preferredChannel = QStringLiteral("letter");
        const CustomerSaveResult result = service.save(*original, edited);
        QVERIFY2(result.saved(), qPrintable(result.error));
        QVERIFY(result.record.profileId > 0);
        QCOMPARE(result.record.preferredChannel, QStringLiteral("letter"));
        QCOMPARE(audits(QStringLiteral("create"), QStringLiteral("customer_profiles")).size(), 1);
    }

    void saveRefusedWithoutUpdatePermission()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        CustomerRecordService service(db(), as(QStringLiteral("auditor")));
        const auto original = service.load(id);
        QVERIFY(original); // auditors read
        QVERIFY(!service.canUpdate());
        CustomerRecord edited = *original;
        edited.city = QStringLiteral("Elsewhere");
        const CustomerSaveResult result = service.save(*original, edited);
        QCOMPARE(result.status, CustomerSaveResult::Status::Failed);
        QCOMPARE(result.error, PermissionService::deniedMessage(QStringLiteral("auditor"), QStringLiteral("customers"),
                                                                PermissionService::Action::Update));
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Springfield"));

        QString error;
        QVERIFY(!CustomerRecordService(db(), AccessContext::nobody()).load(id, &error));
        QVERIFY(error.contains(QStringLiteral("Nobody")));
        QVERIFY(!service.load(id + 1000, &error));
        QVERIFY(error.contains(QString::number(id + 1000)));
    }

    // ---------------------------------------------------------------------------------------
    // Conflicts: two connections, as two users on two machines

    void secondSaveSeesConflictAndMergeSaves()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"), QStringLiteral("ap@acme.example"));
        QString error;
        const std::unique_ptr<Database> second = m_db->openSecondConnection(&error);
        QVERIFY2(second, qPrintable(error));
        const auto secondPermissions = std::make_shared<PermissionService>(*second);

        CustomerRecordService alice(db(), as(QStringLiteral("collector")));
        CustomerRecordService bob(*second, AccessContext::forUser(secondPermissions, user(QStringLiteral("manager")),
                                                                  QStringLiteral("manager")));
        const auto aliceOriginal = alice.load(id);
        const auto bobOriginal = bob.load(id);
        QVERIFY(aliceOriginal && bobOriginal);

        // Alice changes the company name, the city and do-not-contact, and saves first.
        CustomerRecord aliceEdit = *aliceOriginal;
        aliceEdit.companyName = QStringLiteral("Acme Holdings");
        aliceEdit.city = QStringLiteral("Capital City");
        aliceEdit.doNotContact = true;
        aliceEdit.doNotContactReason = QStringLiteral("Lawyer letter");
        const CustomerSaveResult aliceSaved = alice.save(*aliceOriginal, aliceEdit);
        QVERIFY2(aliceSaved.saved(), qPrintable(aliceSaved.error));

        // Bob, on the other connection, changed the phone and the city from what he loaded.
        CustomerRecord bobEdit = *bobOriginal;
        bobEdit.phone = QStringLiteral("+14155550199");
        bobEdit.city = QStringLiteral("Ogdenville");
        const qint64 auditsBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_logs"));
        const CustomerSaveResult conflict = bob.save(*bobOriginal, bobEdit);
        QCOMPARE(conflict.status, CustomerSaveResult::Status::Conflict);
        QCOMPARE(fieldsOf(conflict.conflicts),
                 (QStringList{"company_name", "city", "do_not_contact", "do_not_contact_reason"}));
        const CustomerFieldConflict& city = conflict.conflicts.at(1);
        QCOMPARE(city.original.toString(), QStringLiteral("Springfield"));
        QCOMPARE(city.theirs.toString(), QStringLiteral("Capital City"));
        QCOMPARE(city.mine.toString(), QStringLiteral("Ogdenville"));
        QVERIFY(city.changedByMe);
        QVERIFY(!conflict.conflicts.at(0).changedByMe);
        QVERIFY(conflict.error.contains(QStringLiteral("Company Name")));
        QCOMPARE(conflict.record.companyName, QStringLiteral("Acme Holdings")); // theirs, the newest
        // Nothing of Bob's was written.
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("+14155550100"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_logs")), auditsBefore);

        // Bob keeps his city, takes theirs for the rest, and saves against the newest version.
        const CustomerRecord merged =
            CustomerRecordService::merge(*bobOriginal, bobEdit, conflict.record, {QStringLiteral("city")});
        const CustomerSaveResult mergedSave = bob.save(conflict.record, merged);
        QVERIFY2(mergedSave.saved(), qPrintable(mergedSave.error));
        QCOMPARE(mergedSave.record.companyName, QStringLiteral("Acme Holdings"));
        QCOMPARE(mergedSave.record.city, QStringLiteral("Ogdenville"));
        QCOMPARE(mergedSave.record.phone, QStringLiteral("+14155550199"));
        QVERIFY(mergedSave.record.doNotContact);
        QCOMPARE(mergedSave.record.doNotContactReason, QStringLiteral("Lawyer letter"));
        const auto updates = audits(QStringLiteral("update"), QStringLiteral("customers"));
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.at(1).actorId, user(QStringLiteral("manager")));
        QCOMPARE(updates.at(1).newValues, (QJsonObject{{"phone", "+14155550199"}, {"city", "Ogdenville"}}));

        // Alice still holds her stale copy: her next edit conflicts with Bob's city and phone.
        CustomerRecord aliceAgain = aliceSaved.record;
        aliceAgain.notes = QStringLiteral("Called back");
        const CustomerSaveResult aliceConflict = alice.save(aliceSaved.record, aliceAgain);
        QCOMPARE(aliceConflict.status, CustomerSaveResult::Status::Conflict);
        QCOMPARE(fieldsOf(aliceConflict.conflicts), (QStringList{"phone", "city"}));
        // "Keep all mine" overwrites them with her values.
        const CustomerRecord keepMine =
            CustomerRecordService::merge(aliceSaved.record, aliceAgain, aliceConflict.record, {"phone", "city"});
        const CustomerSaveResult aliceWins = alice.save(aliceConflict.record, keepMine);
        QVERIFY2(aliceWins.saved(), qPrintable(aliceWins.error));
        QCOMPARE(aliceWins.record.city, QStringLiteral("Capital City"));
        QCOMPARE(aliceWins.record.phone, QStringLiteral("+14155550100"));
        QCOMPARE(aliceWins.record.notes, QStringLiteral("Called back"));
    }

    void sameValueOrOtherColumnsIsNoConflict()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        QString error;
        const std::unique_ptr<Database> second = m_db->openSecondConnection(&error);
        QVERIFY2(second, qPrintable(error));
        CustomerRecordService first(db(), as(QStringLiteral("manager")));
        CustomerRecordService other(*second, AccessContext::system());
        const auto original = first.load(id);
        QVERIFY(original);

        // Someone sets a hold and recalculates the risk (profile row changed, no editable field),
        // and sets the city to the value this user is about to save.
        QVERIFY(CustomerHoldService(*second, AccessContext::system())
                    .setHold(id, CustomerHoldKind::Dispute, QStringLiteral("Disputes invoice"), &error));
        QVERIFY2(other.recalculateRisk(id, &error), qPrintable(error));
        CustomerRecord theirEdit = *original;
        theirEdit.city = QStringLiteral("Same Town");
        QVERIFY(other.save(*original, theirEdit).saved());

        CustomerRecord mine = *original;
        mine.city = QStringLiteral("Same Town");
        mine.notes = QStringLiteral("Mine");
        const CustomerSaveResult result = first.save(*original, mine);
        QVERIFY2(result.saved(), qPrintable(result.error));
        QCOMPARE(result.record.notes, QStringLiteral("Mine"));
        QVERIFY(scalar(QStringLiteral("SELECT dispute_hold_at FROM customer_profiles WHERE customer_id = ?"), {id})
                    .isValid());
    }

    void deletedCustomerCannotBeSaved()
    {
        const qint64 id = addCustomer(QStringLiteral("Gone Ltd"));
        CustomerRecordService service(db(), as(QStringLiteral("manager")));
        const auto original = service.load(id);
        QVERIFY(original);
        QVERIFY(exec(QStringLiteral("DELETE FROM customers WHERE id = ?"), {id}));
        CustomerRecord edited = *original;
        edited.city = QStringLiteral("X");
        const CustomerSaveResult result = service.save(*original, edited);
        QCOMPARE(result.status, CustomerSaveResult::Status::Failed);
        QVERIFY(result.error.contains(QStringLiteral("deleted")));
    }

    // ---------------------------------------------------------------------------------------
    // Risk

    void riskRecalculationEqualsTheDatabaseFunction()
    {
        const qint64 id = addCustomer(QStringLiteral("Risky Ltd"), QStringLiteral("Billing@Risky.example"));
        const qint64 calm = addCustomer(QStringLiteral("Calm Ltd"), QStringLiteral("calm@calm.example"));
        addInvoice(id, QStringLiteral("INV-1"), QStringLiteral("overdue"), 40);
        addInvoice(id, QStringLiteral("INV-2"), QStringLiteral("pending"), 10);
        addInvoice(id, QStringLiteral("INV-3"), QStringLiteral("paid"), 90);    // paid: not overdue
        addInvoice(id, QStringLiteral("INV-4"), QStringLiteral("pending"), -5); // not yet due
        addInvoice(id, QStringLiteral("INV-5"), QStringLiteral("disputed"), 3);
        addInvoice(calm, QStringLiteral("INV-6"), QStringLiteral("pending"), -30);
        QVERIFY(insert(QStringLiteral("INSERT INTO email_bounces (email_address, bounce_type) VALUES (?, 'hard')"),
                       {QStringLiteral("billing@RISKY.example")}));
        const Dialect& dialect = db().dialect();
        for (const int days : {2, 40}) // only the first is within 30 days
            QVERIFY(insert(QStringLiteral("INSERT INTO contact_attempts (customer_id, channel, status, attempted_at) "
                                          "VALUES (?, 'voice', 'failed', ?)"),
                           {id, dialect.timestampToSql(QDateTime::currentDateTimeUtc().addDays(-days))}));

        CustomerRecordService service(db(), as(QStringLiteral("collector")));
        QString error;
        const auto assessment = service.recalculateRisk(id, &error);
        QVERIFY2(assessment, qPrintable(error));
        const auto function = DatabaseFunctions(db()).calculateCustomerRiskScore(id, &error);
        QVERIFY2(function, qPrintable(error));
        // 2 overdue (20) + 40 days / 3 (13) + disputed (10) + hard bounce (10) + 1 failed attempt (5).
        QCOMPARE(*function, 58);
        QCOMPARE(assessment->score, *function);
        QCOMPARE(assessment->level, QStringLiteral("high"));
        QStringList keys;
        QList<int> points;
        for (const CustomerRiskFactor& factor : assessment->factors) {
            keys << factor.key;
            points << factor.points;
            QVERIFY(!factor.description.isEmpty());
        }
        QCOMPARE(keys, (QStringList{"overdue_invoices", "days_overdue", "disputed_invoice", "hard_bounce",
                                    "failed_contacts"}));
        QCOMPARE(points, (QList<int>{20, 13, 10, 10, 5}));
        QVERIFY(assessment->factors.at(0).description.contains(QStringLiteral("2 overdue invoice")));
        QVERIFY(assessment->factors.at(1).description.contains(QStringLiteral("40 day")));

        // Stored on the profile, with its audit row naming the factors.
        QCOMPARE(scalar(QStringLiteral("SELECT risk_score FROM customer_profiles WHERE customer_id = ?"), {id}).toInt(),
                 58);
        QCOMPARE(
            scalar(QStringLiteral("SELECT risk_level FROM customer_profiles WHERE customer_id = ?"), {id}).toString(),
            QStringLiteral("high"));
        QVERIFY(!scalar(QStringLiteral("SELECT risk_calculated_at FROM customer_profiles WHERE customer_id = ?"), {id})
                     .isNull());
        const auto audit = audits(QStringLiteral("risk_recalculated"), QStringLiteral("customer_profiles"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).oldValues.value("risk_score").toInt(), 0);
        QCOMPARE(audit.at(0).newValues.value("risk_score").toInt(), 58);
        QCOMPARE(audit.at(0).newValues.value("factors").toObject().value("days_overdue").toInt(), 13);

        // A customer with nothing overdue scores 0, as the function says.
        const auto quiet = service.recalculateRisk(calm, &error);
        QVERIFY2(quiet, qPrintable(error));
        QCOMPARE(quiet->score, 0);
        QCOMPARE(quiet->score, *DatabaseFunctions(db()).calculateCustomerRiskScore(calm));
        QCOMPARE(quiet->level, QStringLiteral("low"));

        // Caps: 6 overdue invoices, 200 days, 4 failed attempts.
        const qint64 worst = addCustomer(QStringLiteral("Worst Ltd"));
        for (int i = 0; i < 6; ++i)
            addInvoice(worst, QStringLiteral("W-%1").arg(i), QStringLiteral("overdue"), 200 - i);
        for (int i = 0; i < 4; ++i)
            QVERIFY(insert(QStringLiteral("INSERT INTO contact_attempts (customer_id, channel, status) "
                                          "VALUES (?, 'sms', 'failed')"),
                           {worst}));
        const auto capped = service.recalculateRisk(worst, &error);
        QVERIFY2(capped, qPrintable(error));
        QCOMPARE(capped->score, 80);
        QCOMPARE(capped->score, *DatabaseFunctions(db()).calculateCustomerRiskScore(worst));
        QCOMPARE(capped->level, QStringLiteral("critical"));

        // An auditor may not recalculate.
        QVERIFY(!CustomerRecordService(db(), as(QStringLiteral("auditor"))).recalculateRisk(id, &error));
        QVERIFY(error.contains(QStringLiteral("auditor")));
    }

    // ---------------------------------------------------------------------------------------
    // Holds

    void settingAHoldCancelsPendingTasksAndPausesActiveCampaigns()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        const qint64 other = addCustomer(QStringLiteral("Other"));
        const qint64 pending = addTask(id, QStringLiteral("pending"));
        const qint64 assigned = addTask(id, QStringLiteral("assigned"));
        const qint64 running = addTask(id, QStringLiteral("in_progress"));
        const qint64 done = addTask(id, QStringLiteral("completed"));
        const qint64 othersTask = addTask(other, QStringLiteral("pending"));
        const qint64 active = addCampaign(id, QStringLiteral("active"));
        const qint64 draft = addCampaign(id, QStringLiteral("draft"));
        const qint64 othersCampaign = addCampaign(other, QStringLiteral("active"));

        CustomerHoldService service(db(), as(QStringLiteral("collector")));
        QVERIFY(service.canSetHold());
        QString error;
        const auto effects =
            service.setHold(id, CustomerHoldKind::CeaseAndDesist, QStringLiteral("Letter received 3 May"), &error);
        QVERIFY2(effects, qPrintable(error));
        QCOMPARE(effects->cancelledTaskIds, (QList<qint64>{pending, assigned}));
        QCOMPARE(effects->pausedCampaignIds, (QList<qint64>{active}));

        QCOMPARE(status(QStringLiteral("tasks"), pending), QStringLiteral("cancelled"));
        QCOMPARE(status(QStringLiteral("tasks"), assigned), QStringLiteral("cancelled"));
        QCOMPARE(status(QStringLiteral("tasks"), running), QStringLiteral("in_progress"));
        QCOMPARE(status(QStringLiteral("tasks"), done), QStringLiteral("completed"));
        QCOMPARE(status(QStringLiteral("tasks"), othersTask), QStringLiteral("pending"));
        QCOMPARE(status(QStringLiteral("campaigns"), active), QStringLiteral("paused"));
        QVERIFY(!scalar(QStringLiteral("SELECT paused_at FROM campaigns WHERE id = ?"), {active}).isNull());
        QCOMPARE(status(QStringLiteral("campaigns"), draft), QStringLiteral("draft"));
        QCOMPARE(status(QStringLiteral("campaigns"), othersCampaign), QStringLiteral("active"));

        const auto holds = service.holds(id, &error);
        QVERIFY2(holds, qPrintable(error));
        QCOMPARE(holds->size(), 6);
        const CustomerHoldState& hold = holds->at(1);
        QCOMPARE(hold.kind, CustomerHoldKind::CeaseAndDesist);
        QVERIFY(hold.active);
        QVERIFY(qAbs(hold.since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(hold.reason, QStringLiteral("Letter received 3 May"));
        QCOMPARE(hold.setById, user(QStringLiteral("collector")));
        QCOMPARE(hold.setByEmail, QStringLiteral("collector@example.com")); // the reader's own e-mail
        QVERIFY(!holds->at(0).active);
        // A manager may read users: the e-mail comes from the users table.
        const auto managerView = CustomerHoldService(db(), as(QStringLiteral("manager"))).holds(id);
        QVERIFY(managerView);
        QCOMPARE(managerView->at(1).setByEmail, QStringLiteral("collector@example.com"));

        // Audit: the hold, and one row per task and campaign changed, all by the collector.
        const auto holdAudit = audits(QStringLiteral("hold_set"), QStringLiteral("customer_profiles"));
        QCOMPARE(holdAudit.size(), 1);
        QCOMPARE(holdAudit.at(0).actorId, user(QStringLiteral("collector")));
        QCOMPARE(holdAudit.at(0).newValues.value("hold").toString(), QStringLiteral("cease_and_desist"));
        QCOMPARE(holdAudit.at(0).newValues.value("cease_and_desist_hold_reason").toString(),
                 QStringLiteral("Letter received 3 May"));
        QCOMPARE(holdAudit.at(0).newValues.value("cancelled_task_ids").toArray().size(), 2);
        QCOMPARE(holdAudit.at(0).newValues.value("paused_campaign_ids").toArray().first().toInteger(), active);
        const auto taskAudit = audits(QStringLiteral("update"), QStringLiteral("tasks"));
        QCOMPARE(taskAudit.size(), 2);
        QCOMPARE(taskAudit.at(0).entityId, QString::number(pending));
        QCOMPARE(taskAudit.at(0).oldValues, (QJsonObject{{"status", "pending"}}));
        QCOMPARE(taskAudit.at(1).oldValues, (QJsonObject{{"status", "assigned"}}));
        QCOMPARE(taskAudit.at(1).newValues, (QJsonObject{{"status", "cancelled"}}));
        const auto campaignAudit = audits(QStringLiteral("update"), QStringLiteral("campaigns"));
        QCOMPARE(campaignAudit.size(), 1);
        QCOMPARE(campaignAudit.at(0).newValues.value("status").toString(), QStringLiteral("paused"));

        // The same hold twice is refused; a reason is required.
        QVERIFY(!service.setHold(id, CustomerHoldKind::CeaseAndDesist, QStringLiteral("again"), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        QVERIFY(!service.setHold(id, CustomerHoldKind::Hardship, QStringLiteral("   "), &error));
        QVERIFY(error.contains(QStringLiteral("reason")));
        // An auditor may not set one.
        CustomerHoldService auditor(db(), as(QStringLiteral("auditor")));
        QVERIFY(!auditor.canSetHold());
        QVERIFY(!auditor.setHold(id, CustomerHoldKind::Hardship, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("auditor")));
    }

    void holdOnACustomerWithoutProfileCreatesIt()
    {
        const qint64 id = addCustomer(QStringLiteral("Bare Ltd"), QString(), false);
        CustomerHoldService service(db(), as(QStringLiteral("manager")));
        QString error;
        QVERIFY2(service.setHold(id, CustomerHoldKind::Deceased, QStringLiteral("Probate notice"), &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer_profiles WHERE customer_id = ? "
                                      "AND deceased_hold_at IS NOT NULL"),
                       {id}),
                 1);
        QVERIFY(!service.setHold(id + 999, CustomerHoldKind::Deceased, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QString::number(id + 999)));
    }

    void aFailedHoldRollsEverythingBack()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        addTask(id, QStringLiteral("pending"));
        addCampaign(id, QStringLiteral("active"));
        // The campaign update (the last write before the hold's own audit row) fails.
        if (db().dialect().isPostgres()) {
            QVERIFY(
                execDirect(QStringLiteral("CREATE FUNCTION refuse_campaign_update() RETURNS trigger LANGUAGE plpgsql "
                                          "AS $$ BEGIN RAISE EXCEPTION 'campaign updates are refused'; END $$")));
            QVERIFY(execDirect(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON campaigns FOR EACH ROW "
                                              "EXECUTE FUNCTION refuse_campaign_update()")));
        } else {
            QVERIFY(execDirect(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON campaigns BEGIN "
                                              "SELECT RAISE(ABORT, 'campaign updates are refused'); END")));
        }
        const QString before = holdState(id);
        QString error;
        QVERIFY(!CustomerHoldService(db(), as(QStringLiteral("manager")))
                     .setHold(id, CustomerHoldKind::CeaseAndDesist, QStringLiteral("Letter"), &error));
        QVERIFY2(error.contains(QStringLiteral("campaign updates are refused")), qPrintable(error));
        QCOMPARE(holdState(id), before); // hold, task, campaign and audit rows all unchanged
    }

    void releasingAHoldNeedsTheManagerRole()
    {
        const qint64 id = addCustomer(QStringLiteral("Acme"));
        const qint64 campaign = addCampaign(id, QStringLiteral("active"));
        QString error;
        QVERIFY(CustomerHoldService(db(), as(QStringLiteral("collector")))
                    .setHold(id, CustomerHoldKind::Bankruptcy, QStringLiteral("Chapter 7 filing"), &error));

        CustomerHoldService collector(db(), as(QStringLiteral("collector")));
        QVERIFY(!collector.canReleaseHold());
        QVERIFY(collector.releaseDeniedReason().contains(QStringLiteral("manager")));
        const QString before = holdState(id) + scalar(QStringLiteral("SELECT bankruptcy_hold_at FROM customer_profiles "
                                                                     "WHERE customer_id = ?"),
                                                      {id})
                                                   .toString();
        QVERIFY(!collector.releaseHold(id, CustomerHoldKind::Bankruptcy, QStringLiteral("Dismissed"), &error));
        QCOMPARE(error, collector.releaseDeniedReason());
        QCOMPARE(holdState(id) + scalar(QStringLiteral("SELECT bankruptcy_hold_at FROM customer_profiles "
                                                       "WHERE customer_id = ?"),
                                        {id})
                                     .toString(),
                 before);
        QVERIFY(!CustomerHoldService(db(), as(QStringLiteral("auditor"))).canReleaseHold());

        CustomerHoldService manager(db(), as(QStringLiteral("manager")));
        QVERIFY(manager.canReleaseHold());
        QVERIFY(!manager.releaseHold(id, CustomerHoldKind::Bankruptcy, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("reason")));
        QVERIFY2(manager.releaseHold(id, CustomerHoldKind::Bankruptcy, QStringLiteral("Case dismissed"), &error),
                 qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT bankruptcy_hold_at FROM customer_profiles WHERE customer_id = ?"), {id})
                    .isNull());
        QVERIFY(scalar(QStringLiteral("SELECT bankruptcy_hold_by FROM customer_profiles WHERE customer_id = ?"), {id})
                    .isNull());
        // Releasing does not resume the paused campaign.
        QCOMPARE(status(QStringLiteral("campaigns"), campaign), QStringLiteral("paused"));
        const auto audit = audits(QStringLiteral("hold_release"), QStringLiteral("customer_profiles"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).actorId, user(QStringLiteral("manager")));
        QCOMPARE(audit.at(0).oldValues.value("bankruptcy_hold_reason").toString(), QStringLiteral("Chapter 7 filing"));
        QCOMPARE(audit.at(0).oldValues.value("bankruptcy_hold_by").toInteger(), user(QStringLiteral("collector")));
        QCOMPARE(audit.at(0).newValues.value("release_reason").toString(), QStringLiteral("Case dismissed"));

        // Not on hold any more: a second release is refused; an admin may release too.
        QVERIFY(!manager.releaseHold(id, CustomerHoldKind::Bankruptcy, QStringLiteral("again"), &error));
        QVERIFY(error.contains(QStringLiteral("not on")));
        QVERIFY(manager.setHold(id, CustomerHoldKind::Hardship, QStringLiteral("Job loss"), &error));
        QVERIFY2(CustomerHoldService(db(), as(QStringLiteral("admin")))
                     .releaseHold(id, CustomerHoldKind::Hardship, QStringLiteral("Back at work"), &error),
                 qPrintable(error));
    }

    void holdKindsHaveKeysAndTitles()
    {
        QCOMPARE(CustomerHold::kinds().size(), 6);
        QStringList keys;
        for (const CustomerHoldKind kind : CustomerHold::kinds()) {
            keys << CustomerHold::key(kind);
            QCOMPARE(CustomerHold::fromKey(CustomerHold::key(kind)), std::optional<CustomerHoldKind>(kind));
            QVERIFY(!CustomerHold::title(kind).isEmpty());
            QVERIFY(!CustomerHold::description(kind).isEmpty());
        }
        QCOMPARE(keys, (QStringList{"dispute", "cease_and_desist", "attorney", "bankruptcy", "deceased", "hardship"}));
        QCOMPARE(CustomerHold::title(CustomerHoldKind::Attorney), QStringLiteral("Attorney-represented"));
        QCOMPARE(CustomerHold::atColumn(CustomerHoldKind::CeaseAndDesist), QStringLiteral("cease_and_desist_hold_at"));
        QVERIFY(!CustomerHold::fromKey(QStringLiteral("vacation")));
    }
};

QTEST_GUILESS_MAIN(TestCustomerRecord)
#include "tst_customerrecord.moc"
