#include "TestDatabase.h"
#include "services/AccessContext.h"
#include "services/PermissionChangeSet.h"
#include "services/PermissionMatrix.h"
#include "services/PermissionMatrixService.h"
#include "services/PermissionService.h"
#include "tables/TableCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The permission matrix editor's service on both engines: load() resolves role_permissions
// ('*' rows included) exactly as PermissionService does; save() writes a change set in one
// transaction with its audit entry, expands wildcard rows when one of their cells is revoked,
// refuses to leave nobody able to manage permissions, detects concurrent edits and is refused,
// changing nothing, to every role but admin.

using Action = PermissionService::Action;

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    int m_counter = 0;

    Database& database() { return m_db->database(); }

    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning().noquote() << sql << query.lastError().text();
            return QVariant();
        }
        return query.value(0);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(database().connection());
        if (!query.exec(sql)) {
            qWarning().noquote() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    int count(const QString& table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(); }
    int auditCount()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_logs WHERE action = 'permissions_change'")).toInt();
    }
    // Every stored row, sorted: proves that a refused save changed nothing.
    QStringList storedRows()
    {
        QSqlQuery query(database().connection());
        if (!query.exec(QStringLiteral("SELECT role, resource, action FROM role_permissions")))
            return {QStringLiteral("<error>")};
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString() + QLatin1Char('/') + query.value(1).toString() + QLatin1Char('/') +
                        query.value(2).toString();
        rows.sort();
        return rows;
    }
    bool hasRow(const QString& role, const QString& resource, const QString& action)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role = ? AND resource = ? AND "
                                     "action = ?"),
                      {role, resource, action})
                   .toInt() == 1;
    }
    qint64 newUser(const QString& role, bool active = true)
    {
        return scalar(QStringLiteral("INSERT INTO users (email, password_hash, role, is_active) VALUES (?, ?, ?, ?) "
                                     "RETURNING id"),
                      {QStringLiteral("%1.%2@example.com").arg(role).arg(++m_counter), QStringLiteral("x"), role,
                       database().dialect().boolToSql(active)})
            .toLongLong();
    }
    AccessContextPtr context(const QString& role, qint64 userId = 0)
    {
        return AccessContext::forUser(std::make_shared<PermissionService>(database()), userId, role);
    }
    PermissionMatrix load(PermissionMatrixService& service)
    {
        QString error;
        const auto matrix = service.load(&error);
        if (!matrix)
            qWarning().noquote() << "load failed:" << error;
        return matrix.value_or(PermissionMatrix());
    }
    QJsonObject json(const QVariant& text) { return QJsonDocument::fromJson(text.toString().toUtf8()).object(); }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        m_counter = 0;
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
    }
    void cleanup() { m_db.reset(); }

    void loadMatchesPermissionService()
    {
        PermissionMatrixService service(database(), context(QStringLiteral("admin")));
        QString error;
        const auto matrix = service.load(&error);
        QVERIFY2(matrix, qPrintable(error));
        PermissionService permissions(database());
        int granted = 0;
        for (const QString& role : PermissionService::roles()) {
            for (const TableSpec& table : TableCatalog::tables()) {
                for (const Action action : PermissionService::actions()) {
                    const QByteArray where = (role + QLatin1Char(' ') + table.name + QLatin1Char(' ') +
                                              PermissionService::actionName(action))
                                                 .toUtf8();
                    QVERIFY2(matrix->isGranted(role, table.name, action) == permissions.check(role, table.name, action),
                             where.constData());
                    // Only admin's grants come from a wildcard row ('*', '*') in the seeded matrix.
                    QVERIFY2(matrix->isWildcardGrant(role, table.name, action) == (role == QLatin1String("admin")),
                             where.constData());
                    granted += matrix->isGranted(role, table.name, action) ? 1 : 0;
                }
            }
        }
        // Admin everything, plus the explicit rows of the other roles (whatever the migrations seed).
        const int explicitRows =
            scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role <> 'admin'")).toInt();
        QVERIFY(explicitRows > 100);
        QCOMPARE(granted, int(TableCatalog::tables().size()) * 6 + explicitRows);
        QVERIFY(matrix->hasWildcardRows(QStringLiteral("admin")));
        QVERIFY(!matrix->hasWildcardRows(QStringLiteral("manager")));
        QCOMPARE(matrix->storedRows().size(), count(QStringLiteral("role_permissions")));
        QVERIFY(!matrix->fingerprint().isEmpty());
        QVERIFY(PermissionChangeSet::diff(*matrix, *matrix).isEmpty());
    }

    void grantAndRevokeAreSavedTogetherWithTheirAudit()
    {
        const qint64 adminId = newUser(QStringLiteral("admin"));
        const AccessContextPtr admin = context(QStringLiteral("admin"), adminId);
        PermissionService* permissions = admin->permissions();
        // Cached answers that the save must invalidate.
        QVERIFY(permissions->check(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete));
        QVERIFY(!permissions->check(QStringLiteral("collector"), QStringLiteral("templates"), Action::Update));

        PermissionMatrixService service(database(), admin);
        const PermissionMatrix original = load(service);
        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete, false);
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("templates"), Action::Update, true);
        const PermissionChangeSet changes = PermissionMatrixService::diff(original, edited);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.baseFingerprint(), original.fingerprint());
        // Roles in order: manager before collector.
        QCOMPARE(changes.changes().at(0).role, QStringLiteral("manager"));
        QVERIFY(!changes.changes().at(0).grant);
        QVERIFY(!changes.changes().at(0).expandsWildcard);
        QCOMPARE(changes.descriptions().at(0), QStringLiteral("Manager may no longer delete rows in Customers."));
        QCOMPARE(changes.descriptions().at(1), QStringLiteral("Collector may now change rows in Templates."));

        const int rowsBefore = count(QStringLiteral("role_permissions"));
        QString error;
        QVERIFY2(service.save(changes, &error), qPrintable(error));
        QVERIFY(!hasRow(QStringLiteral("manager"), QStringLiteral("customers"), QStringLiteral("delete")));
        QVERIFY(hasRow(QStringLiteral("collector"), QStringLiteral("templates"), QStringLiteral("update")));
        QCOMPARE(count(QStringLiteral("role_permissions")), rowsBefore);
        // The context's service answers anew at once.
        QVERIFY(!permissions->check(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete));
        QVERIFY(permissions->check(QStringLiteral("collector"), QStringLiteral("templates"), Action::Update));
        const PermissionMatrix reloaded = load(service);
        QVERIFY(reloaded.sameGrants(edited));
        QVERIFY(reloaded.fingerprint() != original.fingerprint());

        // One audit entry for the change set, by the admin.
        QCOMPARE(auditCount(), 1);
        QSqlQuery audit(database().connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT actor_id, actor_type, entity_type, entity_id, CAST(old_values AS "
                                          "TEXT), CAST(new_values AS TEXT) FROM audit_logs WHERE action = "
                                          "'permissions_change'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toLongLong(), adminId);
        QCOMPARE(audit.value(1).toString(), QStringLiteral("user"));
        QCOMPARE(audit.value(2).toString(), QStringLiteral("role_permissions"));
        QVERIFY(audit.value(3).isNull());
        const QJsonObject oldValues = json(audit.value(4));
        const QJsonObject newValues = json(audit.value(5));
        QCOMPARE(oldValues.value(QStringLiteral("granted")).toArray(),
                 QJsonArray({QStringLiteral("manager/customers/delete")}));
        QCOMPARE(oldValues.value(QStringLiteral("rows")).toArray(),
                 QJsonArray({QStringLiteral("manager/customers/delete")}));
        QCOMPARE(newValues.value(QStringLiteral("granted")).toArray(),
                 QJsonArray({QStringLiteral("collector/templates/update")}));
        QCOMPARE(newValues.value(QStringLiteral("rows")).toArray(),
                 QJsonArray({QStringLiteral("collector/templates/update")}));

        // An empty change set saves nothing and succeeds.
        QVERIFY(service.save(PermissionMatrixService::diff(reloaded, reloaded), &error));
        QCOMPARE(auditCount(), 1);
    }

    void failedWriteRollsBackTheWholeChangeSet()
    {
        // The insert of the grant fails after the revoke's delete: nothing stays, no audit.
        if (database().dialect().isPostgres()) {
            QVERIFY(exec(QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                        "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$")));
            QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON role_permissions FOR EACH ROW "
                                        "WHEN (NEW.resource = 'templates') EXECUTE FUNCTION test_refuse()")));
        } else {
            QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON role_permissions WHEN "
                                        "NEW.resource = 'templates' BEGIN SELECT RAISE(ABORT, 'injected failure'); "
                                        "END")));
        }
        PermissionMatrixService service(database(), context(QStringLiteral("admin"), newUser(QStringLiteral("admin"))));
        const PermissionMatrix original = load(service);
        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("manager"), QStringLiteral("customers"), Action::Delete, false);
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("templates"), Action::Update, true);
        const QStringList before = storedRows();
        QString error;
        QVERIFY(!service.save(PermissionMatrixService::diff(original, edited), &error));
        QVERIFY2(error.contains(QLatin1String("injected failure")), qPrintable(error));
        QCOMPARE(storedRows(), before);
        QCOMPARE(auditCount(), 0);
    }

    void revokingAWildcardCellExpandsTheWildcard()
    {
        const AccessContextPtr admin = context(QStringLiteral("admin"), newUser(QStringLiteral("admin")));
        PermissionMatrixService service(database(), admin);
        const int otherRows = scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role <> 'admin'")).toInt();
        const PermissionMatrix original = load(service);
        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("admin"), QStringLiteral("users"), Action::Delete, false);
        const PermissionChangeSet changes = PermissionMatrixService::diff(original, edited);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.changes().first().expandsWildcard);
        QVERIFY(changes.descriptions().first().contains(QLatin1String("wildcard")));
        QString error;
        QVERIFY2(service.save(changes, &error), qPrintable(error));

        // Every other admin cell is still granted, and PermissionService agrees.
        PermissionService fresh(database());
        for (const TableSpec& table : TableCatalog::tables()) {
            for (const Action action : PermissionService::actions()) {
                const bool revoked = table.name == QLatin1String("users") && action == Action::Delete;
                const QByteArray where =
                    (table.name + QLatin1Char(' ') + PermissionService::actionName(action)).toUtf8();
                QVERIFY2(fresh.check(QStringLiteral("admin"), table.name, action) == !revoked, where.constData());
                QVERIFY2(admin->can(table.name, action) == !revoked, where.constData());
            }
        }
        QVERIFY(!hasRow(QStringLiteral("admin"), QStringLiteral("*"), QStringLiteral("*")));
        QVERIFY(hasRow(QStringLiteral("admin"), QStringLiteral("*"), QStringLiteral("read")));
        QVERIFY(!hasRow(QStringLiteral("admin"), QStringLiteral("*"), QStringLiteral("delete")));
        QVERIFY(hasRow(QStringLiteral("admin"), QStringLiteral("customers"), QStringLiteral("delete")));
        // 5 actions on '*' + every other table for delete.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions WHERE role = 'admin'")).toInt(),
                 5 + int(TableCatalog::tables().size()) - 1);
        // Other roles untouched.
        QCOMPARE(count(QStringLiteral("role_permissions")), otherRows + 5 + int(TableCatalog::tables().size()) - 1);
        const PermissionMatrix reloaded = load(service);
        QVERIFY(reloaded.sameGrants(edited));
        QVERIFY(reloaded.isWildcardGrant(QStringLiteral("admin"), QStringLiteral("users"), Action::Read));
        QVERIFY(!reloaded.isWildcardGrant(QStringLiteral("admin"), QStringLiteral("customers"), Action::Delete));

        // Revoking a cell of a (table, '*') row keeps the table's other actions.
        QVERIFY(exec(QStringLiteral("INSERT INTO role_permissions (role, resource, action) VALUES ('auditor', "
                                    "'templates', '*')")));
        const PermissionMatrix withTableWildcard = load(service);
        edited = withTableWildcard;
        edited.setGranted(QStringLiteral("auditor"), QStringLiteral("templates"), Action::Delete, false);
        edited.setGranted(QStringLiteral("auditor"), QStringLiteral("templates"), Action::Read, false);
        QVERIFY2(service.save(PermissionMatrixService::diff(withTableWildcard, edited), &error), qPrintable(error));
        QVERIFY(!hasRow(QStringLiteral("auditor"), QStringLiteral("templates"), QStringLiteral("*")));
        for (const Action action : PermissionService::actions()) {
            const bool expected = action != Action::Delete && action != Action::Read;
            QVERIFY(fresh.check(QStringLiteral("auditor"), QStringLiteral("templates"), action) == expected);
        }
        QVERIFY(load(service).sameGrants(edited));
        QCOMPARE(auditCount(), 2);
    }

    void refusesToLeaveNobodyAbleToManagePermissions()
    {
        const qint64 adminId = newUser(QStringLiteral("admin"));
        PermissionMatrixService service(database(), context(QStringLiteral("admin"), adminId));
        const PermissionMatrix original = load(service);
        const QStringList before = storedRows();

        // No role at all, even with other valid changes in the set: nothing is written.
        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("admin"), QStringLiteral("role_permissions"), Action::Manage, false);
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("templates"), Action::Update, true);
        QString error;
        QVERIFY(!service.save(PermissionMatrixService::diff(original, edited), &error));
        QVERIFY2(error.contains(QLatin1String("no role could manage")), qPrintable(error));
        QCOMPARE(storedRows(), before);
        QCOMPARE(auditCount(), 0);

        // Moving the right to manager: refused while no active user is a manager ...
        edited.setGranted(QStringLiteral("manager"), QStringLiteral("role_permissions"), Action::Manage, true);
        const PermissionChangeSet move = PermissionMatrixService::diff(original, edited);
        QCOMPARE(move.size(), 3);
        newUser(QStringLiteral("manager"), false); // inactive: does not count
        QVERIFY(!service.save(move, &error));
        QVERIFY2(error.contains(QLatin1String("no active user")), qPrintable(error));
        QCOMPARE(storedRows(), before);
        QCOMPARE(auditCount(), 0);

        // ... and allowed once one is.
        newUser(QStringLiteral("manager"));
        QVERIFY2(service.save(move, &error), qPrintable(error));
        QVERIFY(!PermissionService(database())
                     .check(QStringLiteral("admin"), QStringLiteral("role_permissions"), Action::Manage));
        QVERIFY(PermissionService(database())
                    .check(QStringLiteral("manager"), QStringLiteral("role_permissions"), Action::Manage));
        QCOMPARE(auditCount(), 1);
    }

    void concurrentChangesAreDetected()
    {
        const AccessContextPtr first = context(QStringLiteral("admin"), newUser(QStringLiteral("admin")));
        const AccessContextPtr second = context(QStringLiteral("admin"), newUser(QStringLiteral("admin")));
        PermissionMatrixService mine(database(), first);
        const PermissionMatrix original = load(mine);

        // Someone else saves in between (through another connection, as another admin).
        QString error;
        std::unique_ptr<Database> other = m_db->openSecondConnection(&error);
        QVERIFY2(other, qPrintable(error));
        PermissionMatrixService theirs(*other, second);
        const PermissionMatrix theirOriginal = load(theirs);
        PermissionMatrix theirEdit = theirOriginal;
        theirEdit.setGranted(QStringLiteral("auditor"), QStringLiteral("audit_logs"), Action::Export, false);
        QVERIFY2(theirs.save(PermissionMatrixService::diff(theirOriginal, theirEdit), &error), qPrintable(error));
        const QStringList afterTheirs = storedRows();

        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("agents"), Action::Update, true);
        const PermissionChangeSet stale = PermissionMatrixService::diff(original, edited);
        QVERIFY(!mine.save(stale, &error));
        QVERIFY2(error.contains(QLatin1String("reload")), qPrintable(error));
        QCOMPARE(storedRows(), afterTheirs);
        QCOMPARE(auditCount(), 1);

        // A change made in SQL behind the editor's back is detected too.
        const PermissionMatrix reloaded = load(mine);
        QVERIFY(exec(QStringLiteral("DELETE FROM role_permissions WHERE role = 'collector' AND resource = 'tasks' "
                                    "AND action = 'update'")));
        edited = reloaded;
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("agents"), Action::Update, true);
        QVERIFY(!mine.save(PermissionMatrixService::diff(reloaded, edited), &error));
        QVERIFY(!hasRow(QStringLiteral("collector"), QStringLiteral("agents"), QStringLiteral("update")));

        // After reloading, the same edit saves.
        const PermissionMatrix current = load(mine);
        edited = current;
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("agents"), Action::Update, true);
        QVERIFY2(mine.save(PermissionMatrixService::diff(current, edited), &error), qPrintable(error));
        QVERIFY(hasRow(QStringLiteral("collector"), QStringLiteral("agents"), QStringLiteral("update")));
        QCOMPARE(auditCount(), 2);
    }

    void deniedToEveryRoleButAdmin()
    {
        PermissionMatrixService adminService(database(), context(QStringLiteral("admin")));
        const PermissionMatrix original = load(adminService);
        PermissionMatrix edited = original;
        edited.setGranted(QStringLiteral("collector"), QStringLiteral("customers"), Action::Delete, true);
        edited.setGranted(QStringLiteral("manager"), QStringLiteral("users"), Action::Read, false);
        const PermissionChangeSet changes = PermissionMatrixService::diff(original, edited);
        const QStringList before = storedRows();
        for (const QString& role :
             {QStringLiteral("manager"), QStringLiteral("collector"), QStringLiteral("auditor")}) {
            const AccessContextPtr access = context(role, newUser(role));
            PermissionMatrixService service(database(), access);
            QVERIFY(!service.canManage());
            QString error;
            QVERIFY(!service.save(changes, &error));
            QCOMPARE(error, access->deniedMessage(QStringLiteral("role_permissions"), Action::Manage));
            QCOMPARE(error, QStringLiteral("Your role (%1) may not manage Role Permissions.").arg(role));
            // Only the auditor may read the matrix.
            const bool reads = role == QLatin1String("auditor");
            QCOMPARE(service.canRead(), reads);
            const auto matrix = service.load(&error);
            QCOMPARE(bool(matrix), reads);
            if (!reads)
                QCOMPARE(error, access->deniedMessage(QStringLiteral("role_permissions"), Action::Read));
            else
                QVERIFY(matrix->sameGrants(original));
        }
        // Nobody's context is refused as well.
        PermissionMatrixService nobody(database(), AccessContext::nobody());
        QString error;
        QVERIFY(!nobody.save(changes, &error));
        QVERIFY(!nobody.load(&error));
        QCOMPARE(storedRows(), before);
        QCOMPARE(auditCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
