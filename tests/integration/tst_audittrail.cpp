#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/AuditTrail.h"
#include "services/PermissionService.h"
#include "tables/SqlTableModel.h"
#include "tables/TableModelFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// Every create, update and delete through a table model writes an audit_logs row in the same
// transaction, on both engines: actor, entity type and id, action, and the values as JSON (all
// columns for create and delete, only the changed ones, old and new, for an update), with
// secrets redacted. A failed audit write rolls the change back and keeps the edit in the model;
// and audit_logs itself cannot be changed or emptied with SQL.

namespace {

struct AuditRow
{
    QVariant actorId;
    QString actorType;
    QString action;
    QString entityType;
    QString entityId;
    QJsonObject oldValues;
    QJsonObject newValues;
    bool oldIsNull = true;
    bool newIsNull = true;
};

QJsonObject object(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    qint64 m_userId = 0;
    AccessContextPtr m_access;
    QString m_lastError;

    Database& database() { return m_db->database(); }

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return QVariant();
        }
        return query.value(0);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(database().connection());
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text();
            return false;
        }
        return true;
    }
    int count(const QString& table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(); }

    QList<AuditRow> audits(const QString& entityType)
    {
        QList<AuditRow> rows;
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("SELECT actor_id, actor_type, action, entity_type, entity_id, old_values, "
                                     "new_values FROM audit_logs WHERE entity_type = ? ORDER BY id"));
        query.addBindValue(entityType);
        if (!query.exec())
            m_lastError = query.lastError().text();
        while (query.next()) {
            AuditRow row;
            row.actorId = query.value(0);
            row.actorType = query.value(1).toString();
            row.action = query.value(2).toString();
            row.entityType = query.value(3).toString();
            row.entityId = query.value(4).toString();
            row.oldIsNull = query.value(5).isNull();
            row.newIsNull = query.value(6).isNull();
            row.oldValues = object(query.value(5));
            row.newValues = object(query.value(6));
            rows << row;
        }
        return rows;
    }

    std::unique_ptr<SqlTableModel> openModel(const QString& table, const AccessContextPtr& access = {})
    {
        std::unique_ptr<SqlTableModel> model(
            TableModelFactory::createTableModel(database(), access ? access : m_access, table, nullptr));
        model->setSort(model->fieldIndex(QStringLiteral("id")), Qt::AscendingOrder);
        if (!model->select())
            m_lastError = model->lastError().text();
        return model;
    }
    static QModelIndex cell(const SqlTableModel& model, int row, const char* column)
    {
        return model.index(row, model.fieldIndex(QLatin1String(column)));
    }

    // A customer added through the model; returns its id.
    qint64 addCustomer(SqlTableModel& customers, const QString& name)
    {
        const int row = customers.rowCount();
        if (!customers.insertRows(row, 1) || !customers.setData(cell(customers, row, "company_name"), name) ||
            !customers.setData(cell(customers, row, "email"), QStringLiteral("Billing@Example.com")) ||
            !customers.submitValidated(&m_lastError))
            return 0;
        return scalar(QStringLiteral("SELECT id FROM customers WHERE company_name = ?"), {name}).toLongLong();
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        QVERIFY(exec(QStringLiteral("INSERT INTO users (email, password_hash, role) "
                                    "VALUES ('manager@example.com', 'x', 'manager')")));
        m_userId = scalar(QStringLiteral("SELECT id FROM users WHERE email = 'manager@example.com'")).toLongLong();
        QVERIFY(m_userId > 0);
        m_permissions = std::make_shared<PermissionService>(database());
        m_access = AccessContext::forUser(m_permissions, m_userId, QStringLiteral("manager"),
                                          QStringLiteral("manager@example.com"));
    }
    void cleanup()
    {
        m_access.reset();
        m_permissions.reset();
        m_db.reset();
    }

    void createRecordsEveryColumnOfTheNewRow()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 id = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(id > 0, qPrintable(m_lastError));
        const QList<AuditRow> rows = audits(QStringLiteral("customers"));
        QCOMPARE(rows.size(), 1);
        const AuditRow& audit = rows.first();
        QCOMPARE(audit.actorId.toLongLong(), m_userId);
        QCOMPARE(audit.actorType, QStringLiteral("user"));
        QCOMPARE(audit.action, QStringLiteral("create"));
        QCOMPARE(audit.entityId, QString::number(id));
        QVERIFY(audit.oldIsNull);
        QCOMPARE(audit.newValues.value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme Ltd"));
        QCOMPARE(audit.newValues.value(QStringLiteral("email")).toString(), QStringLiteral("billing@example.com"));
        QCOMPARE(audit.newValues.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC")); // default
        QCOMPARE(audit.newValues.value(QStringLiteral("id")).toInteger(), id);
        QVERIFY(audit.newValues.value(QStringLiteral("city")).isNull());
        QVERIFY(audit.newValues.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(audit.newValues.size(), TableCatalog::find(QStringLiteral("customers"))->columns.size());
    }

    void updateRecordsOnlyTheChangedColumns()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 id = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(id > 0, qPrintable(m_lastError));
        QVERIFY(customers->setData(cell(*customers, 0, "city"), QStringLiteral("Leeds")));
        QVERIFY(customers->setData(cell(*customers, 0, "company_name"), QStringLiteral("Acme Holdings")));
        QVERIFY(customers->setData(cell(*customers, 0, "time_zone"), QStringLiteral("UTC"))); // unchanged
        QVERIFY2(customers->submitValidated(&m_lastError), qPrintable(m_lastError));
        const QList<AuditRow> rows = audits(QStringLiteral("customers"));
        QCOMPARE(rows.size(), 2);
        const AuditRow& audit = rows.last();
        QCOMPARE(audit.action, QStringLiteral("update"));
        QCOMPARE(audit.entityId, QString::number(id));
        QCOMPARE(audit.oldValues, (QJsonObject{{"city", QJsonValue()}, {"company_name", "Acme Ltd"}}));
        QCOMPARE(audit.newValues, (QJsonObject{{"city", "Leeds"}, {"company_name", "Acme Holdings"}}));

        // An edit that puts back the stored value is no change: nothing written, nothing audited.
        QVERIFY(customers->setData(cell(*customers, 0, "city"), QStringLiteral("Leeds")));
        QVERIFY2(customers->submitValidated(&m_lastError), qPrintable(m_lastError));
        QCOMPARE(audits(QStringLiteral("customers")).size(), 2);
    }

    void valuesAreTheSameJsonOnBothEngines()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 customer = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(customer > 0, qPrintable(m_lastError));
        std::unique_ptr<SqlTableModel> payments = openModel(QStringLiteral("payment_records"));
        QVERIFY(payments->insertRows(0, 1));
        QVERIFY(payments->setData(cell(*payments, 0, "customer_id"), customer));
        QVERIFY(payments->setData(cell(*payments, 0, "invoice_number"), QStringLiteral("INV-1")));
        QVERIFY(payments->setData(cell(*payments, 0, "amount"), QStringLiteral("1000")));
        QVERIFY(payments->setData(cell(*payments, 0, "due_date"), QDate(2030, 4, 30)));
        QVERIFY(payments->setData(cell(*payments, 0, "status"), QStringLiteral("pending")));
        QVERIFY2(payments->submitValidated(&m_lastError), qPrintable(m_lastError));
        QVERIFY(payments->setData(cell(*payments, 0, "amount"), QStringLiteral("1234.56")));
        QVERIFY(payments->setData(cell(*payments, 0, "paid_at"), QStringLiteral("2030-05-01 10:00")));
        QVERIFY2(payments->submitValidated(&m_lastError), qPrintable(m_lastError));

        const QList<AuditRow> rows = audits(QStringLiteral("payment_records"));
        QCOMPARE(rows.size(), 2);
        const QJsonObject created = rows.first().newValues;
        QCOMPARE(created.value(QStringLiteral("amount")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(created.value(QStringLiteral("amount_paid")).toString(), QStringLiteral("0.00"));
        QCOMPARE(created.value(QStringLiteral("due_date")).toString(), QStringLiteral("2030-04-30"));
        QCOMPARE(created.value(QStringLiteral("customer_id")).toInteger(), customer);
        const QDateTime paidAt(QDate(2030, 5, 1), QTime(10, 0), Qt::LocalTime);
        QCOMPARE(rows.last().oldValues, (QJsonObject{{"amount", "1000.00"}, {"paid_at", QJsonValue()}}));
        QCOMPARE(rows.last().newValues,
                 (QJsonObject{{"amount", "1234.56"}, {"paid_at", paidAt.toUTC().toString(Qt::ISODateWithMs)}}));
    }

    void deleteRecordsEveryColumnOfTheOldRow()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 id = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(id > 0, qPrintable(m_lastError));
        QVERIFY(customers->removeRows(0, 1));
        QVERIFY2(customers->submitValidated(&m_lastError), qPrintable(m_lastError));
        QCOMPARE(count(QStringLiteral("customers")), 0);
        const AuditRow audit = audits(QStringLiteral("customers")).last();
        QCOMPARE(audit.action, QStringLiteral("delete"));
        QCOMPARE(audit.entityId, QString::number(id));
        QVERIFY(audit.newIsNull);
        QCOMPARE(audit.oldValues.value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme Ltd"));
        QCOMPARE(audit.oldValues.size(), TableCatalog::find(QStringLiteral("customers"))->columns.size());
    }

    void secretsAreRedacted()
    {
        const AccessContextPtr admin = AccessContext::forUser(m_permissions, m_userId, QStringLiteral("admin"));
        std::unique_ptr<SqlTableModel> users = openModel(QStringLiteral("users"), admin);
        const int row = users->rowCount();
        const QString hash = QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$c2VjcmV0c2FsdA$aGFzaGhhc2hoYXNo");
        QVERIFY(users->insertRows(row, 1));
        QVERIFY(users->setData(cell(*users, row, "email"), QStringLiteral("new@example.com")));
        QVERIFY(users->setData(cell(*users, row, "password_hash"), hash));
        QVERIFY(users->setData(cell(*users, row, "role"), QStringLiteral("collector")));
        QVERIFY2(users->submitValidated(&m_lastError), qPrintable(m_lastError));
        const int created = [&] {
            for (int r = 0; r < users->rowCount(); ++r) {
                if (users->data(cell(*users, r, "email")).toString() == QLatin1String("new@example.com"))
                    return r;
            }
            return -1;
        }();
        QVERIFY(created >= 0);
        QVERIFY(users->setData(cell(*users, created, "password_hash"), hash + QStringLiteral("2")));
        QVERIFY2(users->submitValidated(&m_lastError), qPrintable(m_lastError));

        const QList<AuditRow> rows = audits(QStringLiteral("users"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().newValues.value(QStringLiteral("password_hash")).toString(), AuditTrail::redacted());
        QCOMPARE(rows.first().newValues.value(QStringLiteral("email")).toString(), QStringLiteral("new@example.com"));
        // The change of a secret is recorded, its values are not.
        QCOMPARE(rows.last().oldValues, (QJsonObject{{"password_hash", AuditTrail::redacted()}}));
        QCOMPARE(rows.last().newValues, (QJsonObject{{"password_hash", AuditTrail::redacted()}}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE old_values IS NOT NULL AND %1 "
                                       "LIKE '%argon2id%' OR new_values IS NOT NULL AND %2 LIKE '%argon2id%'")
                            .arg(database().dialect().isPostgres() ? QStringLiteral("old_values::text")
                                                                   : QStringLiteral("old_values"),
                                 database().dialect().isPostgres() ? QStringLiteral("new_values::text")
                                                                   : QStringLiteral("new_values")))
                     .toInt(),
                 0);
    }

    void failedAuditWriteRollsBackAndKeepsTheEdit()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 id = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(id > 0, qPrintable(m_lastError));
        const int auditsBefore = count(QStringLiteral("audit_logs"));

        // An actor that is no user: audit_logs.actor_id's foreign key refuses the entry.
        customers->setAccessContext(AccessContext::forUser(m_permissions, m_userId + 1000, QStringLiteral("manager")));
        QVERIFY(customers->setData(cell(*customers, 0, "city"), QStringLiteral("Leeds")));
        const int row = customers->rowCount();
        QVERIFY(customers->insertRows(row, 1));
        QVERIFY(customers->setData(cell(*customers, row, "company_name"), QStringLiteral("Second Ltd")));
        QString error;
        QVERIFY(!customers->submitValidated(&error));
        QVERIFY2(error.contains(QLatin1String("audit")), qPrintable(error));
        QVERIFY(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).isNull());
        QCOMPARE(count(QStringLiteral("customers")), 1);
        QCOMPARE(count(QStringLiteral("audit_logs")), auditsBefore);
        // Nothing was lost: with a valid actor the same pending edits are written.
        QVERIFY(customers->isDirty());
        QCOMPARE(customers->data(cell(*customers, 0, "city")).toString(), QStringLiteral("Leeds"));
        customers->setAccessContext(m_access);
        QVERIFY2(customers->submitValidated(&error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Leeds"));
        QCOMPARE(count(QStringLiteral("customers")), 2);
        QCOMPARE(count(QStringLiteral("audit_logs")), auditsBefore + 2);
    }

    void aFailingRowRollsBackTheWholeSubmit()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        const qint64 customer = addCustomer(*customers, QStringLiteral("Acme Ltd"));
        QVERIFY2(customer > 0, qPrintable(m_lastError));
        std::unique_ptr<SqlTableModel> payments = openModel(QStringLiteral("payment_records"));
        for (int row = 0; row < 2; ++row) {
            QVERIFY(payments->insertRows(row, 1));
            QVERIFY(payments->setData(cell(*payments, row, "customer_id"), customer));
            QVERIFY(payments->setData(cell(*payments, row, "invoice_number"), QStringLiteral("INV-%1").arg(row)));
            QVERIFY(payments->setData(cell(*payments, row, "amount"), QStringLiteral("100")));
            QVERIFY(payments->setData(cell(*payments, row, "due_date"), QDate(2030, 4, 30)));
            QVERIFY(payments->setData(cell(*payments, row, "status"), QStringLiteral("pending")));
        }
        QVERIFY2(payments->submitValidated(&m_lastError), qPrintable(m_lastError));
        const int auditsBefore = count(QStringLiteral("audit_logs"));

        // Row 0 is fine; row 1 takes row 0's invoice number, which the database refuses (unique).
        QVERIFY(payments->setData(cell(*payments, 0, "amount"), QStringLiteral("150")));
        QVERIFY(payments->setData(cell(*payments, 1, "invoice_number"), QStringLiteral("INV-0")));
        QString error;
        QVERIFY(!payments->submitValidated(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!payments->submitAll());
        QCOMPARE(count(QStringLiteral("audit_logs")), auditsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment_records WHERE invoice_number = 'INV-1'")).toInt(),
                 1);
        const Money amount = database().dialect().moneyFromSql(
            scalar(QStringLiteral("SELECT amount FROM payment_records WHERE invoice_number = 'INV-0'")),
            QStringLiteral("USD"));
        QCOMPARE(amount.minorUnits(), 10000); // row 0's change was rolled back with row 1's
        QVERIFY(payments->isDirty());
        QCOMPARE(payments->data(cell(*payments, 0, "amount"), Qt::EditRole).toString(), QStringLiteral("150.00"));
    }

    void systemContextIsAuditedAsSystem()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"), AccessContext::system());
        QVERIFY2(addCustomer(*customers, QStringLiteral("Acme Ltd")) > 0, qPrintable(m_lastError));
        const AuditRow audit = audits(QStringLiteral("customers")).last();
        QVERIFY(audit.actorId.isNull());
        QCOMPARE(audit.actorType, QStringLiteral("system"));
    }

    void auditLogsCannotBeChangedWithSql()
    {
        std::unique_ptr<SqlTableModel> customers = openModel(QStringLiteral("customers"));
        QVERIFY2(addCustomer(*customers, QStringLiteral("Acme Ltd")) > 0, qPrintable(m_lastError));
        const int before = count(QStringLiteral("audit_logs"));
        QVERIFY(before > 0);
        QVERIFY(!exec(QStringLiteral("UPDATE audit_logs SET action = 'tampered'")));
        QVERIFY2(m_lastError.contains(QLatin1String("append-only")), qPrintable(m_lastError));
        QVERIFY(!exec(QStringLiteral("DELETE FROM audit_logs")));
        QVERIFY2(m_lastError.contains(QLatin1String("append-only")), qPrintable(m_lastError));
        if (database().dialect().isPostgres())
            QVERIFY(!exec(QStringLiteral("TRUNCATE audit_logs")));
        QCOMPARE(count(QStringLiteral("audit_logs")), before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'tampered'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
