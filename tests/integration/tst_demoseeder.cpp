#include "TestDatabase.h"
#include "services/DatabaseFunctions.h"
#include "services/DemoSeeder.h"
#include "services/PasswordHasher.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

// DemoSeeder on both engines: every table filled, counts reported honestly, the same seed giving
// the same data (also across engines), consistent and compliant data, demo users that can log in,
// and a database left untouched when seeding is refused or cancelled.
class TestDemoSeeder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // The engine-independent fingerprint of seed 42 with 200 customers at kReference: a SHA-256
    // over customers (company_name, email, phone) and payment_records (invoice_number, amount in
    // minor units, currency, due_date, status). Computed once; both engines must reproduce it.
    static constexpr const char* kExpectedChecksum = "5f8df3ac75fd32d598423d5bea8a37645e5df5d59f60ac0ffe8fc8ca8bf57805";
    static QDateTime reference() { return QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc()); }

    static QStringList allTables()
    {
        return {QStringLiteral("users"),
                QStringLiteral("user_sessions"),
                QStringLiteral("password_reset_tokens"),
                QStringLiteral("api_keys"),
                QStringLiteral("role_permissions"),
                QStringLiteral("customers"),
                QStringLiteral("customer_profiles"),
                QStringLiteral("payment_records"),
                QStringLiteral("opt_outs"),
                QStringLiteral("campaigns"),
                QStringLiteral("tasks"),
                QStringLiteral("agents"),
                QStringLiteral("contact_attempts"),
                QStringLiteral("templates"),
                QStringLiteral("email_deliveries"),
                QStringLiteral("email_bounces"),
                QStringLiteral("email_suppressions"),
                QStringLiteral("email_links"),
                QStringLiteral("audit_logs"),
                QStringLiteral("compliance_rules"),
                QStringLiteral("system_metrics"),
                QStringLiteral("llm_usage_logs"),
                QStringLiteral("llm_budget_limits"),
                QStringLiteral("llm_cache"),
                QStringLiteral("campaign_email_stats")};
    }

    static qint64 count(Database& database, const QString& table, const QString& where = QString())
    {
        QSqlQuery query(database.connection());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table +
                            (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    static QMap<QString, qint64> counts(Database& database)
    {
        QMap<QString, qint64> result;
        for (const QString& table : allTables())
            result.insert(table, count(database, table));
        return result;
    }

    static bool seed(Database& database, int customers, DemoSeeder::Result* result, QString* error,
                     quint64 seedValue = 42, const QDateTime& at = reference(),
                     const DemoSeeder::Progress& progress = {}, int batchCustomers = 0)
    {
        DemoSeeder::Options options;
        options.customers = customers;
        options.seed = seedValue;
        options.referenceTime = at;
        if (batchCustomers > 0) { // the batched mode of big seeds, at a test's size
            options.singleTransactionLimit = batchCustomers;
            options.batchCustomers = batchCustomers;
        }
        return DemoSeeder(database).run(options, result, error, progress);
    }

    static QString checksum(Database& database)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT company_name, email, phone FROM customers ORDER BY id")))
            return query.lastError().text();
        while (query.next())
            hash.addData(QStringLiteral("%1|%2|%3\n")
                             .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString())
                             .toUtf8());
        if (!query.exec(QStringLiteral("SELECT invoice_number, amount, currency, due_date, status FROM payment_records "
                                       "ORDER BY id")))
            return query.lastError().text();
        const Dialect& dialect = database.dialect();
        while (query.next()) {
            const QString currency = query.value(2).toString();
            hash.addData(
                QStringLiteral("%1|%2|%3|%4|%5\n")
                    .arg(query.value(0).toString())
                    .arg(dialect.moneyFromSql(query.value(1), currency).minorUnits())
                    .arg(currency, dialect.dateFromSql(query.value(3)).toString(Qt::ISODate), query.value(4).toString())
                    .toUtf8());
        }
        return QString::fromLatin1(hash.result().toHex());
    }

    std::unique_ptr<TestDatabase> secondDatabase()
    {
        TestDatabase::Status status = TestDatabase::Status::Fail;
        QString message;
        auto other = TestDatabase::create(m_db->engine(), true, &status, &message);
        if (!other)
            qWarning("cannot create a second database: %s", qPrintable(message));
        return other;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void initTestCase() { PasswordHasher::setFastParametersForTests(true); }
    void init() { COLLECTDESK_OPEN_TEST_DATABASE(m_db, true); }
    void cleanup() { m_db.reset(); }

    void fillsEveryTableAndCountsHonestly()
    {
        DemoSeeder::Result result;
        QString error;
        // Migrations already hold rows (role_permissions from 0002): the seeder reports what it added.
        const QMap<QString, qint64> before = counts(m_db->database());
        QVERIFY2(seed(m_db->database(), 200, &result, &error), qPrintable(error));
        const QMap<QString, qint64> actual = counts(m_db->database());
        QCOMPARE(result.rowCounts.keys(), actual.keys());
        for (const QString& table : allTables()) {
            QVERIFY2(actual.value(table) > 0, qPrintable(table + QStringLiteral(" is empty")));
            QVERIFY2(result.rowCounts.value(table) == actual.value(table) - before.value(table),
                     qPrintable(QStringLiteral("%1: reported %2, counted %3")
                                    .arg(table)
                                    .arg(result.rowCounts.value(table))
                                    .arg(actual.value(table))));
        }
        QCOMPARE(actual.value(QStringLiteral("customers")), 200);
        QCOMPARE(actual.value(QStringLiteral("customer_profiles")), 200);
        QCOMPARE(actual.value(QStringLiteral("users")), 4);
        const qint64 invoices = actual.value(QStringLiteral("payment_records"));
        QVERIFY2(invoices >= 200 && invoices <= 1000, qPrintable(QString::number(invoices)));
    }

    void aBatchedSeedLeavesTheSearchIndexInOneSegment()
    {
        if (!m_db->database().dialect().isSqlite())
            return; // FTS5 only; PostgreSQL's trigram index has no segments (the row passes)
        DemoSeeder::Result result;
        QString error;
        // Three committed batches: each would otherwise leave a segment of its own (FTS5 merges
        // segments by itself only from four at a level).
        QVERIFY2(seed(m_db->database(), 120, &result, &error, 42, reference(), {}, 40), qPrintable(error));
        QSqlQuery query(m_db->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(DISTINCT segid) FROM customers_fts_idx")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH 'example*'")) &&
                query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }

    void oneCustomerStillFillsEveryTable()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 1, &result, &error), qPrintable(error));
        for (const QString& table : allTables())
            QVERIFY2(count(m_db->database(), table) > 0, qPrintable(table + QStringLiteral(" is empty")));
    }

    void sameSeedSameDataOnBothEngines()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 200, &result, &error), qPrintable(error));
        auto other = secondDatabase();
        QVERIFY(other);
        QVERIFY2(seed(other->database(), 200, &result, &error), qPrintable(error));
        const QString first = checksum(m_db->database());
        QCOMPARE(checksum(other->database()), first);
        QCOMPARE(counts(other->database()), counts(m_db->database()));
        QCOMPARE(first, QString::fromLatin1(kExpectedChecksum));

        // Committed in batches of 30 customers: the same data.
        auto batched = secondDatabase();
        QVERIFY(batched);
        QVERIFY2(seed(batched->database(), 200, &result, &error, 42, reference(), {}, 30), qPrintable(error));
        QCOMPARE(checksum(batched->database()), first);
        QCOMPARE(counts(batched->database()), counts(m_db->database()));

        auto third = secondDatabase();
        QVERIFY(third);
        QVERIFY2(seed(third->database(), 200, &result, &error, 43), qPrintable(error));
        QVERIFY(checksum(third->database()) != first);
    }

    void foreignKeysAndConsistency()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 200, &result, &error), qPrintable(error));
        Database& db = m_db->database();
        QSqlQuery query(db.connection());
        if (db.dialect().isSqlite()) {
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
            if (query.next())
                QFAIL(qPrintable(QStringLiteral("foreign key violation in ") + query.value(0).toString()));
        }
        // Invoice statuses agree with dates and amounts (reference date 2026-03-15).
        const QString today = QStringLiteral("'2026-03-15'");
        QCOMPARE(
            count(db, QStringLiteral("payment_records"), QStringLiteral("status = 'pending' AND due_date < ") + today),
            0);
        QCOMPARE(
            count(db, QStringLiteral("payment_records"), QStringLiteral("status = 'overdue' AND due_date >= ") + today),
            0);
        QCOMPARE(count(db, QStringLiteral("payment_records"),
                       QStringLiteral("status = 'paid' AND (amount_paid <> amount OR paid_at IS NULL)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("payment_records"),
                       QStringLiteral("status = 'partial' AND (amount_paid <= 0 OR amount_paid >= amount)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("payment_records"),
                       QStringLiteral("status IN ('pending', 'overdue', 'disputed') AND amount_paid <> 0")),
                 0);
        QCOMPARE(count(db, QStringLiteral("customers c"),
                       QStringLiteral("NOT EXISTS (SELECT 1 FROM customer_profiles p WHERE p.customer_id = c.id)")),
                 0);
        // Hard bounces and complaints are suppressed; voice conversations only on answered calls.
        QCOMPARE(count(db, QStringLiteral("email_deliveries d"),
                       QStringLiteral("d.status IN ('hard_bounce', 'complained') AND NOT EXISTS (SELECT 1 FROM "
                                      "email_suppressions s WHERE s.email_address = lower(d.to_address))")),
                 0);
        QCOMPARE(count(db, QStringLiteral("contact_attempts"),
                       QStringLiteral("conversation_occurred = %1 AND status <> 'answered'")
                           .arg(db.dialect().isSqlite() ? QStringLiteral("1") : QStringLiteral("true"))),
                 0);

        // Formats: invoice numbers, E.164 phones, lower-case e-mail addresses.
        const QRegularExpression invoice(QStringLiteral("^INV-20\\d\\d-\\d{7,}$"));
        const QRegularExpression phone(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
        QVERIFY(query.exec(QStringLiteral("SELECT invoice_number FROM payment_records")));
        while (query.next())
            QVERIFY2(invoice.match(query.value(0).toString()).hasMatch(), qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(QStringLiteral("SELECT phone, email, country_code FROM customers")));
        while (query.next()) {
            QVERIFY2(phone.match(query.value(0).toString()).hasMatch(), qPrintable(query.value(0).toString()));
            QCOMPARE(query.value(1).toString(), query.value(1).toString().toLower());
        }
        // Each customer's invoices are in its country's currency.
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT c.country_code, p.currency FROM customers c "
                                          "JOIN payment_records p ON p.customer_id = c.id")));
        const QMap<QString, QString> currency = {{"US", "USD"}, {"CA", "CAD"}, {"GB", "GBP"}, {"IE", "EUR"},
                                                 {"DE", "EUR"}, {"AT", "EUR"}, {"CH", "CHF"}, {"FR", "EUR"},
                                                 {"NL", "EUR"}, {"AU", "AUD"}, {"JP", "JPY"}};
        while (query.next())
            QCOMPARE(query.value(1).toString(), currency.value(query.value(0).toString()));
    }

    void outboundCallsAndTextsRespectTheContactWindow()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 200, &result, &error), qPrintable(error));
        Database& db = m_db->database();
        QSqlQuery query(db.connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT a.attempted_at, c.time_zone, c.phone_time_zone FROM contact_attempts a "
                                      "JOIN customers c ON c.id = a.customer_id "
                                      "WHERE a.channel IN ('sms', 'voice') AND a.direction = 'outbound'")));
        int checked = 0;
        while (query.next()) {
            const QDateTime at = db.dialect().timestampFromSql(query.value(0));
            for (int column : {1, 2}) {
                const QTimeZone zone(query.value(column).toString().toUtf8());
                QVERIFY(zone.isValid());
                const QTime local = at.toTimeZone(zone).time();
                QVERIFY2(
                    local >= QTime(8, 0) && local < QTime(21, 0),
                    qPrintable(
                        QStringLiteral("%1 is %2 in %3").arg(at.toString(Qt::ISODate), local.toString(), zone.id())));
            }
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void campaignStatsAndRiskScoresMatchTheDatabaseFunctions()
    {
        // Seeded "now", so the risk score's "today" is the functions' today.
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 200, &result, &error, 42, QDateTime::currentDateTimeUtc()), qPrintable(error));
        Database& db = m_db->database();
        DatabaseFunctions functions(db);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT campaign_id, stat_date, sent_count, delivered_count, opened_count, "
                                          "clicked_count, bounced_count, complained_count, open_rate, click_rate, "
                                          "bounce_rate FROM campaign_email_stats ORDER BY id")));
        QList<QVariantList> before;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < 11; ++i)
                row << (i >= 8 ? QVariant(qRound(query.value(i).toDouble() * 10000)) : query.value(i));
            before << row;
        }
        QVERIFY(!before.isEmpty());
        for (const QVariantList& row : std::as_const(before)) {
            const QDate date = db.dialect().dateFromSql(row.at(1));
            QVERIFY2(functions.updateCampaignEmailStats(row.at(0).toLongLong(), date, &error), qPrintable(error));
            QSqlQuery after(db.connection());
            after.prepare(QStringLiteral("SELECT sent_count, delivered_count, opened_count, clicked_count, "
                                         "bounced_count, complained_count, open_rate, click_rate, bounce_rate "
                                         "FROM campaign_email_stats WHERE campaign_id = ? AND stat_date = ?"));
            after.addBindValue(row.at(0));
            after.addBindValue(db.dialect().dateToSql(date));
            QVERIFY(after.exec() && after.next());
            for (int i = 0; i < 9; ++i) {
                const QVariant value = i >= 6 ? QVariant(qRound(after.value(i).toDouble() * 10000)) : after.value(i);
                QCOMPARE(value.toLongLong(), row.at(i + 2).toLongLong());
            }
        }

        // Risk scores as calculate_customer_risk_score computes them (customers whose e-mail is
        // unique: another customer's hard bounce to the same address would count too).
        QVERIFY(query.exec(QStringLiteral("SELECT p.customer_id, p.risk_score, p.risk_level FROM customer_profiles p "
                                          "JOIN customers c ON c.id = p.customer_id WHERE c.email IS NULL OR "
                                          "(SELECT COUNT(*) FROM customers o WHERE o.email = c.email) = 1 "
                                          "ORDER BY p.customer_id")));
        int checked = 0;
        while (query.next()) {
            const auto score = functions.calculateCustomerRiskScore(query.value(0).toLongLong(), &error);
            QVERIFY2(score.has_value(), qPrintable(error));
            QCOMPARE(query.value(1).toInt(), *score);
            QCOMPARE(query.value(2).toString(), DatabaseFunctions::riskLevelFor(*score));
            ++checked;
        }
        QVERIFY(checked > 150);
    }

    void demoUsersLogInWithTheirPasswords()
    {
        PasswordHasher::setFastParametersForTests(false);
        DemoSeeder::Result result;
        QString error;
        const bool ok = seed(m_db->database(), 20, &result, &error);
        PasswordHasher::setFastParametersForTests(true);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(result.accounts.size(), 4);
        QStringList roles;
        for (const DemoSeeder::Account& account : std::as_const(result.accounts)) {
            roles << account.role;
            QCOMPARE(account.email, account.role + QStringLiteral("@demo.collectdesk"));
            QVERIFY(account.password.size() >= 12);
            QSqlQuery query(m_db->database().connection());
            query.prepare(QStringLiteral("SELECT password_hash, role FROM users WHERE email = ?"));
            query.addBindValue(account.email);
            QVERIFY(query.exec() && query.next());
            const QString hash = query.value(0).toString();
            QCOMPARE(query.value(1).toString(), account.role);
            QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
            QVERIFY(PasswordHasher::verify(hash, account.password));
            QVERIFY(!PasswordHasher::verify(hash, account.password + QLatin1Char('x')));
            PasswordHasher::setFastParametersForTests(false);
            const bool weak = PasswordHasher::needsRehash(hash); // hashed with the real parameters
            PasswordHasher::setFastParametersForTests(true);
            QVERIFY(!weak);
        }
        QCOMPARE(roles, (QStringList{"admin", "manager", "collector", "auditor"}));
        const QList<DemoSeeder::Account> again = DemoSeeder::demoAccounts(42);
        QCOMPARE(again.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(again.at(i).password, result.accounts.at(i).password);
        QVERIFY(DemoSeeder::demoAccounts(43).first().password != again.first().password);
        // The permission matrix: admin everything, auditor no secrets.
        DatabaseFunctions functions(m_db->database());
        QCOMPARE(functions.checkPermission("admin", "api_keys", "delete"), std::optional<bool>(true));
        QCOMPARE(functions.checkPermission("auditor", "audit_logs", "read"), std::optional<bool>(true));
        QCOMPARE(functions.checkPermission("auditor", "api_keys", "read"), std::optional<bool>(false));
        QCOMPARE(functions.checkPermission("auditor", "customers", "update"), std::optional<bool>(false));
        QCOMPARE(functions.checkPermission("collector", "customers", "update"), std::optional<bool>(true));
        QCOMPARE(functions.checkPermission("collector", "customers", "delete"), std::optional<bool>(false));
        QCOMPARE(functions.checkPermission("collector", "users", "read"), std::optional<bool>(false));
        QCOMPARE(functions.checkPermission("manager", "payment_records", "export"), std::optional<bool>(true));
        QCOMPARE(functions.checkPermission("manager", "llm_usage_logs", "read"), std::optional<bool>(true));
        QCOMPARE(functions.checkPermission("manager", "role_permissions", "update"), std::optional<bool>(false));
    }

    void marksTheDatabaseAsDemo()
    {
        QVERIFY(!DemoSeeder::isDemoDatabase(m_db->database()));
        QVERIFY(!DemoSeeder::demoSeed(m_db->database()).has_value());
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 10, &result, &error, 1234567890123ull), qPrintable(error));
        QVERIFY(DemoSeeder::isDemoDatabase(m_db->database()));
        QCOMPARE(DemoSeeder::demoSeed(m_db->database()), std::optional<quint64>(1234567890123ull));
    }

    void newRowsGetIdsAfterTheSeededOnes()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 10, &result, &error), qPrintable(error));
        QSqlQuery query(m_db->database().connection());
        for (const QString& table : {QStringLiteral("customers"), QStringLiteral("templates")}) {
            const qint64 max = count(m_db->database(), table); // ids are 1..count
            const QString sql = table == QLatin1String("customers")
                                    ? QStringLiteral("INSERT INTO customers (company_name) VALUES ('After Seed Ltd') "
                                                     "RETURNING id")
                                    : QStringLiteral("INSERT INTO templates (name, type, channel, content) VALUES "
                                                     "('After seed', 'reminder', 'email', 'Hello') RETURNING id");
            QVERIFY2(query.exec(sql) && query.next(), qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toLongLong(), max + 1);
        }
        DatabaseFunctions functions(m_db->database());
        const auto auditId = functions.logAuditEvent(std::nullopt, QStringLiteral("test"), QStringLiteral("database"),
                                                     QString(), {}, {}, {}, {}, &error);
        QVERIFY2(auditId.has_value(), qPrintable(error));
        QCOMPARE(*auditId, count(m_db->database(), QStringLiteral("audit_logs")));
    }

    void refusesANonEmptyDatabaseAndChangesNothing()
    {
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seed(m_db->database(), 20, &result, &error), qPrintable(error));
        const QMap<QString, qint64> before = counts(m_db->database());
        error.clear();
        QVERIFY(!seed(m_db->database(), 5, &result, &error, 7));
        QVERIFY2(error.contains(QLatin1String("already holds")), qPrintable(error));
        QVERIFY(result.accounts.isEmpty());
        QCOMPARE(counts(m_db->database()), before);
    }

    void cancellingLeavesNothingBehind_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::addColumn<int>("batchCustomers"); // 0: one transaction; else committed batches
        QTest::newRow("first report") << 1 << 0;
        QTest::newRow("mid-way") << 3 << 0;
        QTest::newRow("last report") << -1 << 0;
        QTest::newRow("batched, mid-way") << 4 << 50;
        QTest::newRow("batched, last report") << -1 << 50;
    }

    void cancellingLeavesNothingBehind()
    {
        QFETCH(int, cancelAtCall);
        QFETCH(int, batchCustomers);
        int calls = 0;
        qint64 lastTotal = 0;
        const auto progress = [&](qint64 done, qint64 total) {
            ++calls;
            lastTotal = total;
            return cancelAtCall < 0 ? done < total : calls < cancelAtCall;
        };
        DemoSeeder::Result result;
        QString error;
        const QMap<QString, qint64> before = counts(m_db->database());
        QVERIFY(!seed(m_db->database(), 300, &result, &error, 42, reference(), progress, batchCustomers));
        if (batchCustomers > 0 && cancelAtCall > 0) // batches were committed before the cancel
            QVERIFY(calls >= 3);
        QVERIFY(!error.isEmpty());
        QVERIFY(calls >= (cancelAtCall < 0 ? 3 : cancelAtCall));
        QVERIFY(lastTotal > 0);
        for (const QString& table : allTables())
            QCOMPARE(count(m_db->database(), table), before.value(table));
        QVERIFY(!DemoSeeder::isDemoDatabase(m_db->database()));
        // And the database can still be seeded afterwards.
        QVERIFY2(seed(m_db->database(), 10, &result, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
