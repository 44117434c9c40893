#include "TestDatabase.h"
#include "db/Migrator.h"
#include "tables/TableCatalog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

// Migration 0001 on both engines creates exactly what TableCatalog describes (tables, columns,
// indexes, triggers, PostgreSQL functions); the Migrator records versions, is idempotent and
// refuses a database newer than this build without touching it.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    QSqlDatabase db() const { return m_db->database().connection(); }
    const Dialect& dialect() const { return m_db->database().dialect(); }

    QStringList column(const QString& sql, const QVariantList& params = {}) const
    {
        QStringList result;
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec())
            return {QStringLiteral("<query failed: %1>").arg(query.lastError().text())};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            result << fields.join(QLatin1Char('|'));
        }
        return result;
    }

    // "name|type" of each column of a table, in table order.
    QStringList columnsWithTypes(const QString& table) const
    {
        if (dialect().isSqlite())
            return column(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"), {table});
        return column(
            QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"),
            {table});
    }
    QStringList columnNames(const QString& table) const
    {
        QStringList names;
        for (const QString& entry : columnsWithTypes(table))
            names << entry.section(QLatin1Char('|'), 0, 0);
        return names;
    }
    // "table|first column" of an index.
    QString indexTarget(const QString& index) const
    {
        const QStringList rows =
            dialect().isSqlite()
                ? column(QStringLiteral("SELECT m.tbl_name, i.name FROM sqlite_master m, pragma_index_info(m.name) i "
                                        "WHERE m.type = 'index' AND m.name = ? ORDER BY i.seqno LIMIT 1"),
                         {index})
                : column(QStringLiteral("SELECT t.relname, a.attname FROM pg_index x "
                                        "JOIN pg_class c ON c.oid = x.indexrelid "
                                        "JOIN pg_class t ON t.oid = x.indrelid "
                                        "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0] "
                                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE n.nspname = current_schema() AND c.relname = ?"),
                         {index});
        return rows.value(0);
    }

    // Everything a migration could change, as comparable text.
    QStringList schemaSnapshot() const
    {
        const QSqlDatabase connection = db();
        QStringList snapshot;
        const QStringList tables = dialect().tableNames(connection);
        for (const QString& table : tables) {
            snapshot << QStringLiteral("table %1: %2").arg(table, columnsWithTypes(table).join(QLatin1Char(',')));
            snapshot << QStringLiteral("rows %1: %2")
                            .arg(table,
                                 column(QStringLiteral("SELECT COUNT(*) FROM %1").arg(Dialect::quoteIdentifier(table)))
                                     .join(QString()));
        }
        snapshot << QStringLiteral("indexes: ") + dialect().indexNames(connection).join(QLatin1Char(','));
        snapshot << QStringLiteral("triggers: ") + dialect().triggerNames(connection).join(QLatin1Char(','));
        snapshot << QStringLiteral("functions: ") + dialect().functionNames(connection).join(QLatin1Char(','));
        if (tables.contains(QStringLiteral("schema_migrations"))) {
            snapshot << QStringLiteral("migrations: ") +
                            column(QStringLiteral("SELECT version, name, checksum, applied_at FROM schema_migrations "
                                                  "ORDER BY version"))
                                .join(QLatin1Char(';'));
        }
        return snapshot;
    }

    static QStringList diff(const QStringList& before, const QStringList& after)
    {
        QStringList changes;
        for (const QString& line : before) {
            if (!after.contains(line))
                changes << QStringLiteral("- ") + line;
        }
        for (const QString& line : after) {
            if (!before.contains(line))
                changes << QStringLiteral("+ ") + line;
        }
        return changes;
    }

    static bool containsNumber(const QString& text, int number)
    {
        return text.contains(QRegularExpression(QStringLiteral("(^|[^0-9.])%1([^0-9]|$)").arg(number)));
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void cleanup() { m_db.reset(); }

    void catalogDescribesTheSpecsTwentyFiveTables()
    {
        QCOMPARE(TableCatalog::tables().size(), 25);
        QVERIFY(!TableCatalog::requiredIndexes().isEmpty());
        QCOMPARE(TableCatalog::specFunctions().size(), 9);
    }

    void migrateBringsAnEmptyDatabaseToTheLatestVersion()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, false);
        Migrator migrator(m_db->database());
        QVERIFY(migrator.latestVersion() >= 1);
        QCOMPARE(migrator.currentVersion(), 0);
        QVERIFY(!migrator.isNewerThanApp());

        QString error;
        int applied = -1;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, int(migrator.available().size()));
        QVERIFY(migrator.changedMigrations().isEmpty());
        QCOMPARE(migrator.currentVersion(&error), migrator.latestVersion());
        QVERIFY(!migrator.isNewerThanApp());
        const QStringList recorded = column(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
        QStringList expected;
        for (const auto& migration : migrator.available())
            expected << QString::number(migration.version);
        QCOMPARE(recorded, expected);
    }

    void migrateCreatesEveryCatalogTableWithEveryColumn()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        const QStringList tables = dialect().tableNames(db());
        QStringList problems;
        QStringList catalogTables;
        for (const TableSpec& spec : TableCatalog::tables()) {
            catalogTables << spec.name;
            if (!tables.contains(spec.name)) {
                problems << QStringLiteral("missing table %1").arg(spec.name);
                continue;
            }
            const QStringList actual = columnNames(spec.name);
            QStringList expected;
            for (const ColumnSpec& columnSpec : spec.columns) {
                expected << columnSpec.name;
                if (!actual.contains(columnSpec.name))
                    problems
                        << QStringLiteral("%1.%2: in the catalog, not in the database").arg(spec.name, columnSpec.name);
            }
            for (const QString& name : actual) {
                if (!expected.contains(name))
                    problems << QStringLiteral("%1.%2: in the database, not in the catalog").arg(spec.name, name);
            }
        }
        for (const QString& table : tables) {
            if (!catalogTables.contains(table) && table != QLatin1String("schema_migrations"))
                problems << QStringLiteral("table %1: in the database, not in the catalog").arg(table);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyRequiredIndexExists()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        const QStringList indexes = dialect().indexNames(db());
        QStringList missing;
        for (const QString& name : TableCatalog::requiredIndexes()) {
            if (!indexes.contains(name))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing indexes: ") + missing.join(QStringLiteral(", "))));
    }

    void everyForeignKeyColumnHasItsIndex()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        const QStringList indexes = dialect().indexNames(db());
        QStringList problems;
        int foreignKeys = 0;
        for (const TableSpec& spec : TableCatalog::tables()) {
            for (const ColumnSpec& columnSpec : spec.columns) {
                if (columnSpec.type != ColumnType::ForeignKey)
                    continue;
                ++foreignKeys;
                const QString name = QStringLiteral("idx_%1_%2").arg(spec.name, columnSpec.name);
                if (!indexes.contains(name)) {
                    problems << QStringLiteral("%1: missing").arg(name);
                    continue;
                }
                // The index must lead with that column of that table to serve the foreign key.
                const QString target = indexTarget(name);
                const QString expected = spec.name + QLatin1Char('|') + columnSpec.name;
                if (target != expected)
                    problems << QStringLiteral("%1: indexes %2, expected %3").arg(name, target, expected);
            }
        }
        QVERIFY(foreignKeys > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void updatedAtTriggerExistsForEveryTableWithUpdatedAt()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        const QStringList triggers = dialect().triggerNames(db());
        QStringList missing;
        int tablesWithUpdatedAt = 0;
        for (const TableSpec& spec : TableCatalog::tables()) {
            if (!spec.column(QStringLiteral("updated_at")))
                continue;
            ++tablesWithUpdatedAt;
            const QString name = QStringLiteral("trg_%1_updated_at").arg(spec.name);
            if (!triggers.contains(name))
                missing << name;
        }
        QVERIFY(tablesWithUpdatedAt > 0);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing triggers: ") + missing.join(QStringLiteral(", "))));
    }

    void specFunctionsAreDefinedOnPostgres()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        const QStringList functions = dialect().functionNames(db());
        if (dialect().isSqlite()) {
            // SQLite has no stored functions: DatabaseFunctions provides them in C++.
            QVERIFY(functions.isEmpty());
            return;
        }
        QStringList missing;
        for (const QString& name : TableCatalog::specFunctions()) {
            if (!functions.contains(name))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing functions: ") + missing.join(QStringLiteral(", "))));
    }

    void migrateAgainAppliesNothingAndChangesNothing()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        QSqlQuery insert(db());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO customers (company_name) VALUES ('Kept Ltd')")),
                 qPrintable(insert.lastError().text()));
        const QStringList before = schemaSnapshot();

        Migrator migrator(m_db->database());
        QString error;
        int applied = -1;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, 0);
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, 0);
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
        const QStringList changes = diff(before, schemaSnapshot());
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(QLatin1Char('\n'))));
    }

    void changedChecksumIsReportedNotFatalAndNotRerun()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        Migrator migrator(m_db->database());
        QString error;
        int applied = -1;
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, 0);
        QVERIFY(migrator.changedMigrations().isEmpty()); // untouched: nothing to report

        const QList<Migrator::Migration> all = migrator.available();
        QVERIFY(all.size() >= 2);
        const Migrator::Migration edited = all.at(1);
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE schema_migrations SET checksum = 'x' WHERE version = ?"));
        update.addBindValue(edited.version);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        QCOMPARE(update.numRowsAffected(), 1);
        const QStringList before = schemaSnapshot();

        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("^Migration %1 differs .*recorded checksum x,").arg(Migrator::fileStem(edited))));
        QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
        QCOMPARE(applied, 0);
        QCOMPARE(migrator.changedMigrations().size(), 1);
        QCOMPARE(migrator.changedMigrations().first().version, edited.version);
        QCOMPARE(migrator.changedMigrations().first().name, edited.name);
        QCOMPARE(Migrator::fileStem(edited),
                 QStringLiteral("%1_%2").arg(edited.version, 4, 10, QLatin1Char('0')).arg(edited.name));
        // Reported, not repaired and not run again: the database is exactly as before.
        const QStringList changes = diff(before, schemaSnapshot());
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(QLatin1Char('\n'))));
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());

        // A fresh Migrator finds the same on its first run.
        Migrator again(m_db->database());
        QVERIFY(again.changedMigrations().isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Migration %1 differs ")
                                                                  .arg(Migrator::fileStem(edited))));
        QVERIFY2(again.migrate(&error), qPrintable(error));
        QCOMPARE(again.changedMigrations().size(), 1);
        QCOMPARE(again.changedMigrations().first().version, edited.version);
    }

    void newerSchemaIsRefusedWithoutChanges()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        Migrator migrator(m_db->database());
        const int latest = migrator.latestVersion();
        const int newer = latest + 41;
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
        insert.addBindValue(newer);
        insert.addBindValue(QStringLiteral("from_the_future"));
        insert.addBindValue(QStringLiteral("0000"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        const QStringList before = schemaSnapshot();

        QVERIFY(migrator.isNewerThanApp());
        QString error;
        int applied = -1;
        QVERIFY(!migrator.migrate(&error, &applied));
        QCOMPARE(applied, 0);
        QVERIFY2(containsNumber(error, newer), qPrintable(error));
        QVERIFY2(containsNumber(error, latest), qPrintable(error));
        QCOMPARE(migrator.currentVersion(), newer);
        const QStringList changes = diff(before, schemaSnapshot());
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(QLatin1Char('\n'))));
    }

    void newerSchemaOnAnOtherwiseEmptyDatabaseCreatesNoTables()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, false);
        Migrator migrator(m_db->database());
        const int newer = migrator.latestVersion() + 41;
        QSqlQuery query(db());
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                           "name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT)")),
                 qPrintable(query.lastError().text()));
        query.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, 'future', 'x')"));
        query.addBindValue(newer);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        const QStringList before = schemaSnapshot();

        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(containsNumber(error, newer), qPrintable(error));
        QCOMPARE(dialect().tableNames(db()), QStringList{QStringLiteral("schema_migrations")});
        const QStringList changes = diff(before, schemaSnapshot());
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
