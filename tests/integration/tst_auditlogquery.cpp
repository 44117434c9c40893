#include "TestDatabase.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/WorkerConnection.h"
#include "services/AuditLogExporter.h"
#include "services/AuditLogQuery.h"
#include "services/DatabaseFunctions.h"
#include "services/PermissionService.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <functional>

// The audit log viewer's data layer on both engines: AuditLogQuery filters (each criterion
// narrows the rows exactly), pages newest first by keyset without repeating or skipping rows
// that share a timestamp, counts and lists the filter's choices; its SQL can use the indexes;
// AuditLogExporter writes exactly the filtered rows as CSV, streams, cancels, and runs on a
// worker thread with its own connection; reading needs "read" and exporting "export" on
// audit_logs.

namespace {

struct Seed
{
    QString actor; // a key of m_users, or empty for no user
    QString actorType;
    QString action;
    QString entityType;
    QString entityId;
    int minute; // created_at = base + minute
    QJsonObject oldValues;
    QJsonObject newValues;
    qint64 id = 0;
};

QDateTime base()
{
    return QDateTime(QDate(2024, 3, 10), QTime(12, 0), QTimeZone::utc());
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// All records of CSV bytes, read back with the import's parser (CsvParser); an invalid record
// becomes a single field "ERROR: ...".
QList<QStringList> parseCsv(const QByteArray& bytes, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvParser::Options options;
    options.delimiter = delimiter;
    options.encoding = CsvParser::Encoding::Utf8;
    CsvParser parser(&buffer, options);
    QList<QStringList> records;
    while (const auto record = parser.next())
        records << (record->isValid() ? record->fields : QStringList{QStringLiteral("ERROR: ") + record->error});
    return records;
}

} // namespace

class TestAuditLogQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<PermissionService> m_permissions;
    QHash<QString, qint64> m_users; // role -> user id (e-mail role@example.com)
    QList<Seed> m_seeds;
    QString m_lastError;

    Database& database() { return m_db->database(); }

    AccessContextPtr as(const QString& role)
    {
        return AccessContext::forUser(m_permissions, m_users.value(role), role, role + QStringLiteral("@example.com"));
    }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        return m_db->exec(sql, values, &m_lastError);
    }
    QList<qint64> ids(const QString& sql) { return m_db->ids(sql, {}, &m_lastError); }

    // An audit row with a chosen time and actor type: logAuditEvent stamps now() and knows only
    // users and the system, so rows for agents, API keys and fixed times are inserted directly
    // (INSERT is what the append-only log allows).
    qint64 insertAt(const Seed& seed)
    {
        const Dialect& dialect = database().dialect();
        const auto jsonText = [](const QJsonObject& object) {
            return object.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        };
        const QVariant actor = seed.actor.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                                    : QVariant::fromValue<qlonglong>(m_users.value(seed.actor));
        QSqlQuery query(database().connection());
        query.prepare(
            QStringLiteral("INSERT INTO audit_logs (actor_id, actor_type, action, entity_type, entity_id, "
                           "old_values, new_values, created_at) VALUES (?, ?, ?, ?, ?, %1, %1, ?) RETURNING id")
                .arg(dialect.jsonParameter()));
        for (const QVariant& value :
             {actor, QVariant(seed.actorType), QVariant(seed.action), QVariant(seed.entityType),
              seed.entityId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(seed.entityId),
              jsonText(seed.oldValues), jsonText(seed.newValues),
              dialect.timestampToSql(base().addSecs(60LL * seed.minute))})
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return 0;
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

    // A small log with every kind of actor, several entities and actions, and shared timestamps.
    bool seedLog()
    {
        m_seeds = {
            {"manager",
             "user",
             "create",
             "customers",
             "1",
             0,
             {},
             json("{\"company_name\":\"Acme\",\"city\":\"Oslo\"}")},
            {"manager", "user", "update", "customers", "1", 5, json("{\"city\":\"Oslo\"}"),
             json("{\"city\":\"Bergen\"}")},
            {"admin", "user", "create", "customers", "2", 5, {}, json("{\"company_name\":\"=cmd|' /C calc'!A0\"}")},
            {"", "system", "update", "payment_records", "7", 10, json("{\"status\":\"pending\"}"),
             json("{\"status\":\"overdue\"}")},
            {"", "agent", "delete", "campaigns", "3", 20, json("{\"name\":\"Spring, \\\"final\\\"\\nnotice\"}"), {}},
            {"", "api_key", "permissions_change", "customers", "1", 30, json("{\"a\":1}"), json("{\"a\":2}")},
            {"admin", "user", "delete", "customers", "2", 30, json("{\"company_name\":\"Acme 2\"}"), {}},
            {"manager", "user", "update", "payment_records", "=1+1", 45, json("{\"amount\":\"10.00\"}"),
             json("{\"amount\":\"12.50\"}")},
        };
        for (Seed& seed : m_seeds) {
            seed.id = insertAt(seed);
            if (seed.id <= 0)
                return false;
        }
        return true;
    }

    QList<qint64> expectedIds(const std::function<bool(const Seed&)>& match) const
    {
        QList<Seed> matching;
        for (const Seed& seed : m_seeds) {
            if (match(seed))
                matching << seed;
        }
        std::sort(matching.begin(), matching.end(), [](const Seed& a, const Seed& b) {
            return a.minute != b.minute ? a.minute > b.minute : a.id > b.id;
        });
        QList<qint64> result;
        for (const Seed& seed : matching)
            result << seed.id;
        return result;
    }

    // Every page of `filter`, with a bound so a cursor that does not advance fails instead of looping.
    QList<qint64> allIds(const AuditLogQuery& query, const AuditLogFilter& filter, int limit, int* pages = nullptr)
    {
        QList<qint64> result;
        PageCursor cursor;
        int count = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            const AuditLogQuery::Page page = query.page(filter, cursor, limit);
            if (!page.error.isEmpty()) {
                m_lastError = page.error;
                return {-1};
            }
            ++count;
            for (const AuditLogEntry& entry : page.rows)
                result << entry.id;
            if (page.atEnd)
                break;
            if (page.rows.size() != limit) {
                m_lastError = QStringLiteral("a page that is not the last one is short");
                return {-2};
            }
            cursor = page.next;
        }
        if (pages)
            *pages = count;
        return result;
    }

    QString tempPath(const QString& name)
    {
        if (!m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;

    void checkFilter(const QString& name)
    {
        const qint64 manager = m_users.value(QStringLiteral("manager"));
        const QDateTime t5 = base().addSecs(5 * 60);
        const QDateTime t30 = base().addSecs(30 * 60);
        AuditLogFilter filter;
        std::function<bool(const Seed&)> match = [](const Seed&) { return true; };
        if (name == QLatin1String("entityType")) {
            filter.entityType = QStringLiteral("customers");
            match = [](const Seed& s) { return s.entityType == QLatin1String("customers"); };
        } else if (name == QLatin1String("entity")) {
            filter.entityType = QStringLiteral("customers");
            filter.entityId = QStringLiteral("1");
            match = [](const Seed& s) { return s.entityType == QLatin1String("customers") && s.entityId == "1"; };
        } else if (name == QLatin1String("entityId")) {
            filter.entityId = QStringLiteral("7");
            match = [](const Seed& s) { return s.entityId == QLatin1String("7"); };
        } else if (name == QLatin1String("actorId")) {
            filter.actorId = manager;
            match = [](const Seed& s) { return s.actor == QLatin1String("manager"); };
        } else if (name == QLatin1String("system") || name == QLatin1String("agent") ||
                   name == QLatin1String("api_key") || name == QLatin1String("user")) {
            filter.actorType = name;
            match = [name](const Seed& s) { return s.actorType == name; };
        } else if (name == QLatin1String("action")) {
            filter.action = QStringLiteral("update");
            match = [](const Seed& s) { return s.action == QLatin1String("update"); };
        } else if (name == QLatin1String("from")) {
            filter.from = t5; // inclusive
            match = [](const Seed& s) { return s.minute >= 5; };
        } else if (name == QLatin1String("to")) {
            filter.to = t30; // exclusive
            match = [](const Seed& s) { return s.minute < 30; };
        } else if (name == QLatin1String("range")) {
            filter.from = t5;
            filter.to = t30;
            match = [](const Seed& s) { return s.minute >= 5 && s.minute < 30; };
        } else if (name == QLatin1String("combined")) {
            filter.entityType = QStringLiteral("customers");
            filter.actorType = QStringLiteral("user");
            filter.from = t5;
            match = [](const Seed& s) {
                return s.entityType == QLatin1String("customers") && s.actorType == QLatin1String("user") &&
                       s.minute >= 5;
            };
        } else if (name == QLatin1String("nothing")) {
            filter.entityType = QStringLiteral("customers");
            filter.action = QStringLiteral("no such action");
            match = [](const Seed&) { return false; };
        }
        const QList<qint64> expected = expectedIds(match);
        if (name != QLatin1String("none") && name != QLatin1String("nothing")) {
            QVERIFY2(!expected.isEmpty(), qPrintable(name));
            QVERIFY2(expected.size() < m_seeds.size(), qPrintable(name));
        }

        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        QVERIFY2(allIds(query, filter, 100) == expected, qPrintable(name + QLatin1Char(' ') + m_lastError));
        QVERIFY2(allIds(query, filter, 2) == expected, qPrintable(name)); // across pages
        QString error;
        QVERIFY2(query.count(filter, &error) == qint64(expected.size()), qPrintable(name + QLatin1Char(' ') + error));
        // Both SQLite plans (an entity's or actor's own index, or the created_at walk) agree.
        query.setSelectiveRowLimit(0);
        QVERIFY2(allIds(query, filter, 2) == expected, qPrintable(name));
    }

    // See pageQueriesUseTheIndexes.
    void checkPlan(const QString& shape, qint64 selectiveLimit, const QString& sqliteIndex, bool sqliteSorts)
    {
        AuditLogFilter filter;
        PageCursor after;
        if (shape == QLatin1String("next page")) {
            after = AuditLogQuery(database(), as(QStringLiteral("auditor"))).page(filter, PageCursor(), 2).next;
            QVERIFY(after.hasKey);
        } else if (shape == QLatin1String("date range")) {
            filter.from = base();
            filter.to = base().addSecs(3600);
        } else if (shape == QLatin1String("one entity")) {
            filter.entityType = QStringLiteral("customers");
            filter.entityId = QStringLiteral("1");
        } else if (shape.startsWith(QLatin1String("entity type"))) {
            filter.entityType = QStringLiteral("customers");
        } else if (shape.endsWith(QLatin1String("actor"))) {
            filter.actorId = m_users.value(QStringLiteral("manager"));
        } else if (shape == QLatin1String("action")) {
            filter.action = QStringLiteral("update");
        }
        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        query.setSelectiveRowLimit(selectiveLimit);
        QString error;
        const QStringList plan = query.explainPage(filter, after, &error);
        QVERIFY2(!plan.isEmpty(), qPrintable(shape + QLatin1Char(' ') + error));
        const QString text = shape + QStringLiteral(":\n") + plan.join(QLatin1Char('\n'));
        if (database().dialect().isSqlite()) {
            QVERIFY2(text.contains(QStringLiteral("USING INDEX ") + sqliteIndex) ||
                         text.contains(QStringLiteral("USING COVERING INDEX ") + sqliteIndex),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("TEMP B-TREE")) == sqliteSorts, qPrintable(text));
        } else {
            QVERIFY2(!text.contains(QStringLiteral("Seq Scan on audit_logs")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("idx_audit_logs_")), qPrintable(text));
        }
        // The planned query itself runs.
        QVERIFY2(query.page(filter, after, 100).error.isEmpty(), qPrintable(shape));
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_users.clear();
        for (const QString& role : PermissionService::roles()) {
            QVERIFY2(exec(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES (?, 'x', ?)"),
                          {role + QStringLiteral("@example.com"), role}),
                     qPrintable(m_lastError));
            const QList<qint64> found = ids(QStringLiteral("SELECT id FROM users WHERE role = '%1'").arg(role));
            QCOMPARE(found.size(), 1);
            m_users.insert(role, found.first());
        }
        m_permissions = std::make_shared<PermissionService>(database());
        m_seeds.clear();
    }
    void cleanup()
    {
        m_permissions.reset();
        m_db.reset();
        m_dir.reset();
    }

    // One database for every filter shape (a migration per data row would make the test slow).
    void eachFilterNarrowsTheRows()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        const QStringList names = {"none",   "entityType", "entity",  "entityId", "actorId",
                                   "system", "agent",      "api_key", "user",     "action",
                                   "from",   "to",         "range",   "combined", "nothing"};
        for (const QString& name : names) {
            checkFilter(name);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void entriesCarryTheRecordedValues()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        const AuditLogQuery::Page page = query.page(AuditLogFilter(), PageCursor(), 100);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.rows.size(), m_seeds.size());
        QVERIFY(page.atEnd);
        QHash<qint64, AuditLogEntry> byId;
        for (const AuditLogEntry& entry : page.rows)
            byId.insert(entry.id, entry);

        const AuditLogEntry update = byId.value(m_seeds.at(1).id);
        QCOMPARE(update.time, base().addSecs(5 * 60));
        QCOMPARE(update.time.timeSpec(), Qt::UTC);
        QCOMPARE(update.actor, QStringLiteral("manager@example.com"));
        QCOMPARE(update.actorId, std::optional<qint64>(m_users.value(QStringLiteral("manager"))));
        QCOMPARE(update.actorType, QStringLiteral("user"));
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.entityType, QStringLiteral("customers"));
        QCOMPARE(update.entityId, QStringLiteral("1"));
        QCOMPARE(update.oldValues, json("{\"city\":\"Oslo\"}"));
        QCOMPARE(update.newValues, json("{\"city\":\"Bergen\"}"));
        QVERIFY(update.hasOldValues && update.hasNewValues);
        QCOMPARE(update.changedFields(), QStringList{QStringLiteral("city")});

        const AuditLogEntry create = byId.value(m_seeds.at(0).id);
        QVERIFY(!create.hasOldValues);
        QVERIFY(create.hasNewValues);
        QCOMPARE(create.changedFields(), (QStringList{QStringLiteral("city"), QStringLiteral("company_name")}));

        QCOMPARE(byId.value(m_seeds.at(3).id).actor, AuditLogQuery::actorLabel(QStringLiteral("system"), QString()));
        QCOMPARE(byId.value(m_seeds.at(3).id).actorId, std::optional<qint64>());
        QCOMPARE(byId.value(m_seeds.at(4).id).actor, AuditLogQuery::actorLabel(QStringLiteral("agent"), QString()));
        QCOMPARE(byId.value(m_seeds.at(5).id).actor, AuditLogQuery::actorLabel(QStringLiteral("api_key"), QString()));
        QCOMPARE(AuditLogQuery::actorLabel(QStringLiteral("api_key"), QString()), QStringLiteral("api key"));
    }

    // logAuditEvent rows: several in one transaction (PostgreSQL: the same now(), to the
    // microsecond), several alone, plus fixed times that repeat and do not follow the id order.
    void pagingReturnsEveryRowOnceNewestFirst()
    {
        DatabaseFunctions functions(database());
        QString error;
        {
            Transaction transaction(database());
            for (int i = 0; i < 7; ++i) {
                QVERIFY2(functions.logAuditEvent(m_users.value(QStringLiteral("manager")), QStringLiteral("update"),
                                                 QStringLiteral("customers"), QString::number(i), json("{\"x\":1}"),
                                                 json("{\"x\":2}"), {}, {}, &error),
                         qPrintable(error));
            }
            QVERIFY(transaction.commit(&error));
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(functions.logAuditEvent(std::nullopt, QStringLiteral("cleanup"), QStringLiteral("user_sessions"),
                                             QString(), {}, {}, {}, {}, &error),
                     qPrintable(error));
        }
        for (int i = 0; i < 12; ++i) { // old imports: 4 timestamps, 3 rows each, ids against time order
            Seed seed{"", "system", "import", "customers", QString::number(100 + i), -(i % 4) - 1, {}, {}};
            QVERIFY2(insertAt(seed) > 0, qPrintable(m_lastError));
        }
        const QList<qint64> expected =
            ids(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC, id DESC"));
        QCOMPARE(expected.size(), 24);

        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        for (const int limit : {1, 3, 5, 24, 50}) {
            int pages = 0;
            const QList<qint64> visited = allIds(query, AuditLogFilter(), limit, &pages);
            QCOMPARE(QSet<qint64>(visited.begin(), visited.end()).size(), expected.size());
            QCOMPARE(visited, expected);
            QCOMPARE(pages, expected.size() / limit + 1);
        }
        // A filtered walk over equal timestamps, on both SQLite plans.
        AuditLogFilter filter;
        filter.entityType = QStringLiteral("customers");
        const QList<qint64> customers = ids(QStringLiteral(
            "SELECT id FROM audit_logs WHERE entity_type = 'customers' ORDER BY created_at DESC, id DESC"));
        QCOMPARE(allIds(query, filter, 2), customers);
        query.setSelectiveRowLimit(0);
        QCOMPARE(allIds(query, filter, 2), customers);
        QCOMPARE(query.count(filter), qint64(19));
    }

    void choicesListWhatAppears()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        QString error;
        QCOMPARE(query.entityTypes(&error), (QStringList{QStringLiteral("campaigns"), QStringLiteral("customers"),
                                                         QStringLiteral("payment_records")}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(query.actions(&error), (QStringList{QStringLiteral("create"), QStringLiteral("delete"),
                                                     QStringLiteral("permissions_change"), QStringLiteral("update")}));
        const QList<AuditLogQuery::Actor> actors = query.actors(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList labels;
        for (const AuditLogQuery::Actor& actor : actors)
            labels << actor.label + QLatin1Char('/') + actor.actorType + QLatin1Char('/') +
                          (actor.userId ? QString::number(*actor.userId) : QStringLiteral("-"));
        QCOMPARE(
            labels,
            (QStringList{QStringLiteral("admin@example.com/user/%1").arg(m_users.value(QStringLiteral("admin"))),
                         QStringLiteral("manager@example.com/user/%1").arg(m_users.value(QStringLiteral("manager"))),
                         QStringLiteral("agent/agent/-"), QStringLiteral("system/system/-"),
                         QStringLiteral("api key/api_key/-")}));

        AuditLogFilter none;
        none.action = QStringLiteral("none");
        QCOMPARE(query.count(none), qint64(0));
    }

    // The page query can be answered from the indexes: on SQLite the plan names the index
    // chosen and needs no sort for the created_at walk; on PostgreSQL, with sequential scans
    // switched off, every shape still has an index plan.
    void pageQueriesUseTheIndexes()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        struct Shape
        {
            QString name;
            qint64 selectiveLimit;
            QString sqliteIndex;
            bool sqliteSorts;
        };
        const QList<Shape> shapes = {
            {"newest first", 10000, "idx_audit_logs_created_at", false},
            {"next page", 10000, "idx_audit_logs_created_at", false},
            {"date range", 10000, "idx_audit_logs_created_at", false},
            {"one entity", 10000, "idx_audit_logs_entity_type_entity_id", true},
            {"entity type, many rows", 2, "idx_audit_logs_created_at", false},
            {"one actor", 10000, "idx_audit_logs_actor_id", true},
            {"busy actor", 1, "idx_audit_logs_created_at", false},
            {"action", 10000, "idx_audit_logs_created_at", false},
        };
        if (database().dialect().isPostgres()) { // "could an index serve it?", whatever the table's size
            QSqlQuery set(database().connection());
            QVERIFY2(set.exec(QStringLiteral("SET enable_seqscan = off")), qPrintable(set.lastError().text()));
        }
        for (const Shape& shape : shapes) {
            checkPlan(shape.name, shape.selectiveLimit, shape.sqliteIndex, shape.sqliteSorts);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void readIsDeniedWithoutReadRight()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        const AccessContextPtr collector = as(QStringLiteral("collector"));
        const QString denied = collector->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Read);
        QVERIFY(!denied.isEmpty());
        for (const AccessContextPtr& context : {collector, AccessContext::nobody()}) {
            AuditLogQuery query(database(), context);
            QVERIFY(!query.canRead());
            QVERIFY(!query.canExport());
            const AuditLogQuery::Page page = query.page(AuditLogFilter());
            QVERIFY(page.rows.isEmpty());
            QCOMPARE(page.error, context->deniedMessage(QStringLiteral("audit_logs"), PermissionService::Action::Read));
            QString error;
            QCOMPARE(query.count(AuditLogFilter(), &error), qint64(-1));
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(query.entityTypes(&error).isEmpty());
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(query.actions(&error).isEmpty());
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(query.actors(&error).isEmpty());
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(AuditLogQuery(database(), collector).page(AuditLogFilter()).error, denied);
        // manager, auditor and admin read
        for (const QString& role : {QStringLiteral("manager"), QStringLiteral("auditor"), QStringLiteral("admin")}) {
            AuditLogQuery query(database(), as(role));
            QVERIFY2(query.canRead(), qPrintable(role));
            QCOMPARE(query.page(AuditLogFilter()).rows.size(), m_seeds.size());
        }
    }

    void exportIsDeniedWithoutExportRight()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        for (const QString& role : {QStringLiteral("manager"), QStringLiteral("collector")}) {
            const AccessContextPtr context = as(role);
            AuditLogExporter exporter(database(), context);
            QVERIFY(!exporter.canExport());
            QByteArray bytes;
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            const AuditLogExporter::Result result = exporter.exportTo(AuditLogFilter(), &buffer);
            QVERIFY(!result.ok);
            QVERIFY(!result.cancelled);
            QCOMPARE(result.rows, qint64(0));
            QVERIFY(bytes.isEmpty());
            const auto action =
                role == QLatin1String("manager") ? PermissionService::Action::Export : PermissionService::Action::Read;
            QCOMPARE(result.error, context->deniedMessage(QStringLiteral("audit_logs"), action));
            const QString path = tempPath(role + QStringLiteral(".csv"));
            QVERIFY(!exporter.exportTo(AuditLogFilter(), path).ok);
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(AuditLogExporter(database(), as(QStringLiteral("auditor"))).canExport());
        QVERIFY(AuditLogExporter(database(), as(QStringLiteral("admin"))).canExport());
        QVERIFY(AuditLogQuery(database(), as(QStringLiteral("auditor"))).canExport());
        QVERIFY(!AuditLogQuery(database(), as(QStringLiteral("manager"))).canExport());
    }

    void exportWritesExactlyTheFilteredRows()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        AuditLogFilter filter;
        filter.from = base().addSecs(5 * 60);
        filter.actorType = QStringLiteral("user");
        const QList<qint64> expected =
            expectedIds([](const Seed& s) { return s.minute >= 5 && s.actorType == QLatin1String("user"); });
        QCOMPARE(expected.size(), 4);

        AuditLogExporter exporter(database(), as(QStringLiteral("auditor")));
        exporter.setPageSize(3); // more than one page
        const QString path = tempPath(QStringLiteral("audit.csv"));
        QList<qint64> progress;
        const AuditLogExporter::Result result = exporter.exportTo(filter, path, [&progress](qint64 rows) {
            progress << rows;
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.rows, qint64(expected.size()));
        QCOMPARE(progress, (QList<qint64>{3, 4}));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.first(), AuditLogExporter::header());
        QCOMPARE(records.first().size(), 9);

        // Row by row what the query gives for these ids, in the same (newest first) order.
        AuditLogQuery query(database(), as(QStringLiteral("auditor")));
        const AuditLogQuery::Page page = query.page(filter, PageCursor(), 100);
        QCOMPARE(page.rows.size(), expected.size());
        for (int i = 0; i < page.rows.size(); ++i) {
            QCOMPARE(page.rows.at(i).id, expected.at(i));
            QStringList fields = AuditLogExporter::fields(page.rows.at(i));
            for (QString& field : fields) { // what the writer did to formula-like cells
                if (CsvWriter::looksLikeFormula(field))
                    field.prepend(QLatin1Char('\''));
            }
            QCOMPARE(records.at(i + 1), fields);
        }
        // Spot checks of the format.
        const QStringList newest = records.at(1); // minute 45: payment_records "=1+1"
        QCOMPARE(newest.at(0), QStringLiteral("2024-03-10T12:45:00.000Z"));
        QCOMPARE(newest.at(1), QStringLiteral("manager@example.com"));
        QCOMPARE(newest.at(2), QStringLiteral("user"));
        QCOMPARE(newest.at(3), QStringLiteral("update"));
        QCOMPARE(newest.at(4), QStringLiteral("payment_records"));
        QCOMPARE(newest.at(5), QStringLiteral("'=1+1")); // neutralised
        QCOMPARE(newest.at(6), QStringLiteral("amount"));
        QCOMPARE(QJsonDocument::fromJson(newest.at(7).toUtf8()).object(), json("{\"amount\":\"10.00\"}"));
        QCOMPARE(QJsonDocument::fromJson(newest.at(8).toUtf8()).object(), json("{\"amount\":\"12.50\"}"));
        const QStringList deleted = records.at(2); // minute 30, admin's delete: no new values
        QCOMPARE(deleted.at(3), QStringLiteral("delete"));
        QCOMPARE(deleted.at(8), QString());
        QVERIFY(!deleted.at(7).isEmpty());
    }

    void exportQuotesValuesThatNeedIt()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        AuditLogFilter filter;
        filter.actorType = QStringLiteral("agent"); // old values with a comma, quotes and a line break
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const AuditLogExporter::Result result =
            AuditLogExporter(database(), as(QStringLiteral("admin"))).exportTo(filter, &buffer);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, qint64(1));
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(records.at(1).at(7).toUtf8()).object(),
                 json("{\"name\":\"Spring, \\\"final\\\"\\nnotice\"}"));
        QCOMPARE(records.at(1).at(1), QStringLiteral("agent"));
    }

    void cancelStopsTheExportEarly()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        AuditLogExporter exporter(database(), as(QStringLiteral("auditor")));
        exporter.setPageSize(3);
        int calls = 0;
        const auto cancelAfterFirstPage = [&calls](qint64) { return ++calls < 1; };

        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const AuditLogExporter::Result result = exporter.exportTo(AuditLogFilter(), &buffer, cancelAfterFirstPage);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.rows, qint64(3));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(calls, 1);
        QCOMPARE(parseCsv(bytes).size(), 1 + 3); // the header and one page, no more

        // To a file: nothing is left behind, and an existing file is kept.
        const QString path = tempPath(QStringLiteral("cancelled.csv"));
        calls = 0;
        QVERIFY(exporter.exportTo(AuditLogFilter(), path, cancelAfterFirstPage).cancelled);
        QVERIFY(!QFile::exists(path));
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        calls = 0;
        QVERIFY(exporter.exportTo(AuditLogFilter(), path, cancelAfterFirstPage).cancelled);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
    }

    // The GUI's way: a worker thread with its own connection and its own permission checks.
    void exportRunsOnAWorkerThreadWithItsOwnConnection()
    {
        QVERIFY2(seedLog(), qPrintable(m_lastError));
        const QString path = tempPath(QStringLiteral("worker.csv"));
        WorkerConnection connection(database(), as(QStringLiteral("auditor")));
        AuditLogExporter::Result result;
        QString openError;
        QString connectionName;
        QThread* thread = QThread::create([&, connection = std::move(connection)]() mutable {
            if (!connection.open(&openError))
                return;
            connectionName = connection.database().connectionName();
            AuditLogExporter exporter(connection.database(), connection.access());
            exporter.setPageSize(2);
            result = exporter.exportTo(AuditLogFilter(), path, [](qint64) { return true; });
            connection.close();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        QVERIFY(connectionName != database().connectionName());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, qint64(m_seeds.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(file.readAll()).size(), m_seeds.size() + 1);

        // The worker's own permission check refuses a manager's export.
        WorkerConnection managerConnection(database(), as(QStringLiteral("manager")));
        const QString refusedPath = tempPath(QStringLiteral("refused.csv"));
        AuditLogExporter::Result refused;
        QThread* second = QThread::create([&, managerConnection = std::move(managerConnection)]() mutable {
            if (managerConnection.open(&openError))
                refused = AuditLogExporter(managerConnection.database(), managerConnection.access())
                              .exportTo(AuditLogFilter(), refusedPath);
        });
        second->start();
        QVERIFY(second->wait(30000));
        delete second;
        QVERIFY(!refused.ok);
        QVERIFY(!refused.error.isEmpty());
        QVERIFY(!QFile::exists(refusedPath));
    }
};

QTEST_GUILESS_MAIN(TestAuditLogQuery)
#include "tst_auditlogquery.moc"
