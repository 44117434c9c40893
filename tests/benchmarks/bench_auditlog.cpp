// Audit log viewer benchmark: fills a temporary database with N audit_logs rows of a realistic
// mix (skewed entity types and actors, runs of equal timestamps) and measures what the viewer
// does: the first page, a page deep in the log, the first page of each main filter shape, the
// counts, the filter's choices and a CSV export. Prints the database's plan for each shape.
//
//   COLLECTDESK_BENCH_AUDIT_ROWS=1000000 bench_auditlog [QtTest options, e.g. -iterations 20]
//
// Without COLLECTDESK_BENCH_DATABASE a temporary SQLite file is used (no ANALYZE: as the
// application leaves it). For PostgreSQL (analysed after loading):
//   tests/support/with-postgres.sh sh -c 'COLLECTDESK_BENCH_DATABASE="$COLLECTDESK_TEST_PG_URL" bench_auditlog'
// (the rows go into that database).
// Built by CI, not run (tests/CMakeLists.txt).
#include "db/BatchInserter.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/AccessContext.h"
#include "services/AuditLogExporter.h"
#include "services/AuditLogQuery.h"
#include "services/PermissionService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <random>

namespace {

constexpr int UserCount = 20;
constexpr int RareUserRows = 50;

struct Weighted
{
    const char* name;
    int weight;
};

const char* pick(std::mt19937_64& random, const std::vector<Weighted>& choices)
{
    int total = 0;
    for (const Weighted& choice : choices)
        total += choice.weight;
    int at = int(random() % quint64(total));
    for (const Weighted& choice : choices) {
        if (at < choice.weight)
            return choice.name;
        at -= choice.weight;
    }
    return choices.back().name;
}

} // namespace

class BenchAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    AccessContextPtr m_access;
    qint64 m_rows = 0;
    QList<qint64> m_userIds; // index 0: the busiest; last: the rare user
    QDateTime m_newest;

    AuditLogFilter shape(const QString& name) const
    {
        AuditLogFilter filter;
        if (name == QLatin1String("entity type (customers, ~30%)")) {
            filter.entityType = QStringLiteral("customers");
        } else if (name == QLatin1String("entity type (role_permissions, ~0.1%)")) {
            filter.entityType = QStringLiteral("role_permissions");
        } else if (name == QLatin1String("one entity (customers #42)")) {
            filter.entityType = QStringLiteral("customers");
            filter.entityId = QStringLiteral("42");
        } else if (name == QLatin1String("busiest user (~19%)")) {
            filter.actorId = m_userIds.first();
        } else if (name == QLatin1String("rare user (50 rows)")) {
            filter.actorId = m_userIds.last();
        } else if (name == QLatin1String("actor type agent (~8%)")) {
            filter.actorType = QStringLiteral("agent");
        } else if (name == QLatin1String("action delete (~5%)")) {
            filter.action = QStringLiteral("delete");
        } else if (name == QLatin1String("action never used")) {
            filter.action = QStringLiteral("no_such_action");
        } else if (name == QLatin1String("last day")) {
            filter.from = m_newest.addDays(-1);
        } else if (name == QLatin1String("customers by busiest user, last week")) {
            filter.entityType = QStringLiteral("customers");
            filter.actorId = m_userIds.first();
            filter.from = m_newest.addDays(-7);
        }
        return filter;
    }
    static QStringList shapes()
    {
        return {QStringLiteral("none"),
                QStringLiteral("entity type (customers, ~30%)"),
                QStringLiteral("entity type (role_permissions, ~0.1%)"),
                QStringLiteral("one entity (customers #42)"),
                QStringLiteral("busiest user (~19%)"),
                QStringLiteral("rare user (50 rows)"),
                QStringLiteral("actor type agent (~8%)"),
                QStringLiteral("action delete (~5%)"),
                QStringLiteral("action never used"),
                QStringLiteral("last day"),
                QStringLiteral("customers by busiest user, last week")};
    }

    bool fill(QString* error)
    {
        std::mt19937_64 random(20240310);
        const Dialect& dialect = m_database->dialect();
        {
            QSqlQuery insert(m_database->connection());
            insert.prepare(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)"));
            for (int i = 0; i <= UserCount; ++i) {
                insert.addBindValue(QStringLiteral("user%1@example.com").arg(i + 1));
                insert.addBindValue(i % 4 == 0 ? QStringLiteral("manager") : QStringLiteral("collector"));
                if (!insert.exec()) {
                    *error = insert.lastError().text();
                    return false;
                }
                m_userIds << insert.lastInsertId().toLongLong();
            }
        }
        const std::vector<Weighted> entityTypes = {{"customers", 300},
                                                   {"payment_records", 200},
                                                   {"tasks", 150},
                                                   {"contact_attempts", 100},
                                                   {"campaigns", 80},
                                                   {"customer_profiles", 60},
                                                   {"opt_outs", 30},
                                                   {"templates", 20},
                                                   {"email_suppressions", 20},
                                                   {"agents", 15},
                                                   {"users", 10},
                                                   {"api_keys", 5},
                                                   {"user_sessions", 9},
                                                   {"role_permissions", 1}};
        const std::vector<Weighted> actions = {{"create", 300},    {"update", 550}, {"delete", 50},
                                               {"deactivate", 30}, {"revoke", 30},  {"permissions_change", 10},
                                               {"login", 30}};
        const std::vector<Weighted> actorTypes = {{"user", 70}, {"system", 20}, {"agent", 8}, {"api_key", 2}};
        // Zipf-like weights for the users (the rare one is added separately).
        std::vector<double> userWeights;
        for (int i = 0; i < UserCount; ++i)
            userWeights.push_back(1.0 / (i + 1));
        std::discrete_distribution<int> userDistribution(userWeights.begin(), userWeights.end());

        BatchInserter inserter(*m_database, QStringLiteral("audit_logs"),
                               {QStringLiteral("actor_id"), QStringLiteral("actor_type"), QStringLiteral("action"),
                                QStringLiteral("entity_type"), QStringLiteral("entity_id"),
                                QStringLiteral("old_values"), QStringLiteral("new_values"),
                                QStringLiteral("created_at")});
        inserter.setParameterExpression(QStringLiteral("old_values"), dialect.jsonParameter());
        inserter.setParameterExpression(QStringLiteral("new_values"), dialect.jsonParameter());

        // Times: about 3 s apart on average, some runs share a millisecond (batches, imports).
        QDateTime time = QDateTime::currentDateTimeUtc().addSecs(-3 * m_rows);
        const qint64 rareEvery = std::max<qint64>(1, m_rows / RareUserRows);
        const qint64 maxEntity = std::max<qint64>(100, m_rows / 20);
        Transaction transaction(*m_database);
        for (qint64 row = 0; row < m_rows; ++row) {
            if (random() % 10 != 0) // 10%: the same millisecond as the previous row
                time = time.addMSecs(qint64(random() % 6000));
            QString actorType = QLatin1String(pick(random, actorTypes));
            QVariant actor(QMetaType(QMetaType::LongLong));
            if (row % rareEvery == rareEvery - 1) {
                actorType = QStringLiteral("user");
                actor = m_userIds.last();
            } else if (actorType == QLatin1String("user")) {
                actor = m_userIds.at(userDistribution(random));
            }
            const QString action = QLatin1String(pick(random, actions));
            QVariant oldValues(QMetaType(QMetaType::QString));
            QVariant newValues(QMetaType(QMetaType::QString));
            const QString value = QStringLiteral("value %1").arg(random() % 100000);
            if (action != QLatin1String("create"))
                oldValues = QStringLiteral("{\"status\":\"pending\",\"notes\":\"%1\"}").arg(value);
            if (action != QLatin1String("delete"))
                newValues = QStringLiteral("{\"status\":\"overdue\",\"notes\":\"%1 changed\"}").arg(value);
            inserter << actor << actorType << action << QLatin1String(pick(random, entityTypes))
                     << QString::number(1 + qint64(random() % quint64(maxEntity))) << oldValues << newValues
                     << dialect.timestampToSql(time);
            if (inserter.pendingRows() >= 20000 && !inserter.flush(error))
                return false;
        }
        if (!inserter.flush(error) || !transaction.commit(error))
            return false;
        m_newest = time;
        if (dialect.isPostgres()) {
            QSqlQuery analyze(m_database->connection());
            if (!analyze.exec(QStringLiteral("ANALYZE audit_logs"))) {
                *error = analyze.lastError().text();
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        bool ok = false;
        m_rows = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_AUDIT_ROWS", &ok);
        if (!ok || m_rows <= 0)
            m_rows = 200000;
        QString url = qEnvironmentVariable("COLLECTDESK_BENCH_DATABASE");
        if (url.isEmpty()) {
            m_dir = std::make_unique<QTemporaryDir>();
            QVERIFY(m_dir->isValid());
            url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("bench_auditlog.db"));
        }
        QString error;
        m_database = Database::open(url, &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_access = AccessContext::system();

        QElapsedTimer timer;
        timer.start();
        QVERIFY2(fill(&error), qPrintable(error));
        qInfo("%lld audit rows inserted into %s in %.1f s", m_rows, qPrintable(m_database->displayName()),
              timer.elapsed() / 1000.0);

        const AuditLogQuery query(*m_database, m_access);
        for (const QString& name : shapes()) {
            const QStringList plan = query.explainPage(shape(name), PageCursor(), &error);
            qInfo("plan, %s:\n    %s", qPrintable(name), qPrintable(plan.join(QStringLiteral("\n    "))));
        }
    }

    void firstPage()
    {
        const AuditLogQuery query(*m_database, m_access);
        AuditLogQuery::Page page;
        QBENCHMARK
        {
            page = query.page(AuditLogFilter(), PageCursor(), AuditLogQuery::DefaultPageSize);
        }
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.rows.size(), AuditLogQuery::DefaultPageSize);
    }

    // Page 101 (rows 20,000-20,200): keyset paging costs what the first page costs.
    void deepPage()
    {
        const AuditLogQuery query(*m_database, m_access);
        PageCursor cursor;
        for (int i = 0; i < 100; ++i)
            cursor = query.page(AuditLogFilter(), cursor, AuditLogQuery::DefaultPageSize).next;
        AuditLogQuery::Page page;
        QBENCHMARK
        {
            page = query.page(AuditLogFilter(), cursor, AuditLogQuery::DefaultPageSize);
        }
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    }

    void filteredFirstPage_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : shapes()) {
            if (name != QLatin1String("none"))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void filteredFirstPage()
    {
        QFETCH(QString, name);
        const AuditLogQuery query(*m_database, m_access);
        const AuditLogFilter filter = shape(name);
        AuditLogQuery::Page page;
        QBENCHMARK
        {
            page = query.page(filter, PageCursor(), AuditLogQuery::DefaultPageSize);
        }
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    }

    void filteredSecondPage_data() { filteredFirstPage_data(); }
    void filteredSecondPage()
    {
        QFETCH(QString, name);
        const AuditLogQuery query(*m_database, m_access);
        const AuditLogFilter filter = shape(name);
        const AuditLogQuery::Page first = query.page(filter, PageCursor(), AuditLogQuery::DefaultPageSize);
        AuditLogQuery::Page page;
        QBENCHMARK
        {
            page = query.page(filter, first.next, AuditLogQuery::DefaultPageSize);
        }
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    }

    void count_data()
    {
        filteredFirstPage_data();
        QTest::newRow("none") << QStringLiteral("none");
    }
    void count()
    {
        QFETCH(QString, name);
        const AuditLogQuery query(*m_database, m_access);
        qint64 count = -1;
        QBENCHMARK_ONCE
        {
            count = query.count(shape(name));
        }
        QVERIFY(count >= 0);
        qInfo("%s: %lld rows", qPrintable(name), count);
    }

    void choices()
    {
        const AuditLogQuery query(*m_database, m_access);
        QElapsedTimer timer;
        timer.start();
        const QStringList types = query.entityTypes();
        const qint64 typesMs = timer.restart();
        const QStringList actions = query.actions();
        const qint64 actionsMs = timer.restart();
        const QList<AuditLogQuery::Actor> actors = query.actors();
        const qint64 actorsMs = timer.restart();
        qInfo("entity types: %lld ms (%lld), actions: %lld ms (%lld), actors: %lld ms (%lld)", typesMs,
              qint64(types.size()), actionsMs, qint64(actions.size()), actorsMs, qint64(actors.size()));
        QBENCHMARK_ONCE
        {
            query.entityTypes();
            query.actions();
            query.actors();
        }
    }

    // A filtered export of the last day (all rows at 200,000 rows; about 29,000 at any size).
    void exportLastDay()
    {
        const AuditLogExporter exporter(*m_database, m_access);
        QByteArray bytes;
        AuditLogExporter::Result result;
        QBENCHMARK_ONCE
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            result = exporter.exportTo(shape(QStringLiteral("last day")), &buffer);
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        qInfo("exported %lld rows, %lld bytes", result.rows, qint64(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(BenchAuditLog)
#include "bench_auditlog.moc"
