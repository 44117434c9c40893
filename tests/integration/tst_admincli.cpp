#include "TestDatabase.h"
#include "db/Migrator.h"
#include "services/PasswordHasher.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

// collectdesk-admin, run as a separate process against a fresh database on each engine.
class TestAdminCli : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run admin(const QStringList& args, const QByteArray& stdinData = QByteArray(), bool withDatabase = true)
    {
        QProcess process;
        QStringList all;
        if (withDatabase)
            all << QStringLiteral("--database") << m_db->url();
        all << args;
        process.start(TestDatabase::adminBinary(), all);
        if (!process.waitForStarted(10000))
            return {};
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(240000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    qint64 count(const QString& table)
    {
        QSqlQuery query(m_db->database().connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init() { COLLECTDESK_OPEN_TEST_DATABASE(m_db, false); }
    void cleanup() { m_db.reset(); }

    void migrateCreatesSchemaAndSecondRunIsNoOp()
    {
        const Migrator migrator(m_db->database());
        Run first = admin({QStringLiteral("migrate")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("version %1").arg(migrator.latestVersion())));
        QVERIFY(count(QStringLiteral("customers")) == 0);

        Run second = admin({QStringLiteral("migrate")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("0 migration")), qPrintable(second.out));

        Run version = admin({QStringLiteral("schema-version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QString::number(migrator.latestVersion()));
    }

    void migrateWarnsAboutAnAppliedMigrationWhoseFileChanged()
    {
        Run first = admin({QStringLiteral("migrate")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!first.err.contains(QStringLiteral("warning")), qPrintable(first.err));
        Run untouched = admin({QStringLiteral("migrate")});
        QCOMPARE(untouched.exitCode, 0);
        QVERIFY2(!untouched.err.contains(QStringLiteral("warning")), qPrintable(untouched.err));

        const Migrator migrator(m_db->database());
        const Migrator::Migration edited = migrator.available().first();
        QSqlQuery query(m_db->database().connection());
        query.prepare(QStringLiteral("UPDATE schema_migrations SET checksum = 'x' WHERE version = ?"));
        query.addBindValue(edited.version);
        QVERIFY(query.exec());
        Run changed = admin({QStringLiteral("migrate")});
        QCOMPARE(changed.exitCode, 0);
        QVERIFY2(changed.out.contains(QStringLiteral("0 migration")), qPrintable(changed.out));
        const QString warning = QStringLiteral("warning: migration %1 was changed after it was applied to this "
                                               "database (checksum mismatch); it was not run again.")
                                    .arg(Migrator::fileStem(edited));
        QVERIFY2(changed.err.contains(warning), qPrintable(changed.err));
    }

    void schemaVersionOfEmptyDatabaseIsZero()
    {
        Run version = admin({QStringLiteral("schema-version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("0"));
    }

    void refusesDatabaseWithNewerSchema()
    {
        QCOMPARE(admin({QStringLiteral("migrate")}).exitCode, 0);
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) "
                                          "VALUES (9999, 'from_the_future', 'x')")));
        const qint64 tablesBefore = m_db->database().dialect().tableNames(m_db->database().connection()).size();

        Run run = admin({QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("9999")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("newer")) || run.err.contains(QStringLiteral("Install a newer")));
        QCOMPARE(m_db->database().dialect().tableNames(m_db->database().connection()).size(), tablesBefore);

        Run seed = admin({QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("5")});
        QCOMPARE(seed.exitCode, 1);
        QCOMPARE(count(QStringLiteral("customers")), 0);
    }

    void createUserReadsPasswordFromStdinAndStoresOnlyArgon2idHash()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        Run run = admin({QStringLiteral("create-user"), QStringLiteral("--email"), QStringLiteral("Ada@Example.COM"),
                         QStringLiteral("--role"), QStringLiteral("manager")},
                        password.toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(password));

        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT email, password_hash, role, is_active FROM users")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ada@example.com"));
        const QString hash = query.value(1).toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(password));
        QVERIFY(PasswordHasher::verify(hash, password));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("wrong password!")));
        QCOMPARE(query.value(2).toString(), QStringLiteral("manager"));
        QVERIFY(query.value(3).toBool());
        QVERIFY(!query.next());

        QVERIFY(query.exec(QStringLiteral("SELECT actor_type, new_values FROM audit_logs "
                                          "WHERE entity_type = 'users' AND action = 'create'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("system"));
        QVERIFY(query.value(1).toString().contains(QStringLiteral("ada@example.com")));
        QVERIFY(!query.value(1).toString().contains(QStringLiteral("argon2")));
    }

    void createUserRefusesDuplicatesBadRolesAndWeakPasswords()
    {
        const QByteArray password = "a long enough password\n";
        const QStringList base = {QStringLiteral("create-user"), QStringLiteral("--email"),
                                  QStringLiteral("bob@example.com")};
        QCOMPARE(admin(base + QStringList{QStringLiteral("--role"), QStringLiteral("collector")}, password).exitCode, 0);

        Run duplicate = admin(base + QStringList{QStringLiteral("--role"), QStringLiteral("collector")}, password);
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains(QStringLiteral("already exists")));

        Run badRole = admin({QStringLiteral("create-user"), QStringLiteral("--email"), QStringLiteral("c@example.com"),
                             QStringLiteral("--role"), QStringLiteral("superuser")},
                            password);
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("superuser")));

        Run weak = admin({QStringLiteral("create-user"), QStringLiteral("--email"), QStringLiteral("d@example.com"),
                          QStringLiteral("--role"), QStringLiteral("auditor")},
                         "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains(QStringLiteral("12")));

        Run noPassword = admin({QStringLiteral("create-user"), QStringLiteral("--email"), QStringLiteral("e@example.com"),
                                QStringLiteral("--role"), QStringLiteral("auditor")});
        QCOMPARE(noPassword.exitCode, 1);
        QCOMPARE(count(QStringLiteral("users")), 1);
    }

    void seedDemoFillsEveryTableAndPrintsDemoAccounts()
    {
        Run run = admin({QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(QStringLiteral("customers")), 60);
        const QStringList tables = m_db->database().dialect().tableNames(m_db->database().connection());
        for (const QString& table : tables) {
            if (table == QLatin1String("schema_migrations"))
                continue;
            QVERIFY2(count(table) > 0, qPrintable(QStringLiteral("table %1 is empty after seed-demo").arg(table)));
        }
        for (const char* role : {"admin", "manager", "collector", "auditor"})
            QVERIFY2(run.out.contains(QLatin1String(role)), qPrintable(run.out));

        Run again = admin({QStringLiteral("seed-demo"), QStringLiteral("--customers"), QStringLiteral("10")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(count(QStringLiteral("customers")), 60);
    }

    void everyCommandHasHelpAndUnknownCommandsFail()
    {
        for (const char* command : {"migrate", "schema-version", "seed-demo", "create-user"}) {
            Run help = admin({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QLatin1String(command)), qPrintable(help.out));
        }
        Run unknown = admin({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(admin({QStringLiteral("--help")}, {}, false).exitCode, 0);
    }

    void badDatabaseUrlFailsWithMessage()
    {
        QProcess process;
        process.start(TestDatabase::adminBinary(), {QStringLiteral("--database"), QStringLiteral("mysql://x/y"),
                                                    QStringLiteral("migrate")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("mysql://x/y")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
