#include "DemoSeeder.h"

#include "DemoContext.h"
#include "DemoCustomerGenerator.h"
#include "DemoReferenceData.h"
#include "DemoSummaryData.h"
#include "DemoTables.h"
#include "DemoWords.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

// SQLite settings for a bulk load, restored afterwards: a bigger page cache (the indexes of
// million-row tables stay in memory), no fsync per commit (synchronous = OFF: a crash of the
// application is still safe, only an operating-system crash or power loss during the seed could
// damage the file - a demo database is simply seeded again) and fewer WAL checkpoints. At the end
// the previous settings return and one checkpoint with the normal sync writes everything durably.
class SqliteBulkLoad
{
public:
    SqliteBulkLoad(const Database& database, qint64 customers) : m_db(database.connection())
    {
        if (!database.dialect().isSqlite())
            return;
        m_active = true;
        // 256 MiB, and about 1 KiB per customer beyond that up to 1 GiB: a million customers' indexes
        // mostly stay in memory. Only pages actually used are allocated.
        m_settings[0].bulk = -std::clamp<qint64>(customers, 262144, 1048576);
        for (Setting& setting : m_settings) {
            QSqlQuery query(m_db);
            if (query.exec(QStringLiteral("PRAGMA ") + QLatin1String(setting.name)) && query.next()) {
                setting.previous = query.value(0).toLongLong();
                setting.changed =
                    query.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(setting.name)).arg(setting.bulk));
            }
        }
    }
    ~SqliteBulkLoad()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_db);
        for (const Setting& setting : m_settings) {
            if (setting.changed)
                query.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(setting.name)).arg(setting.previous));
        }
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    SqliteBulkLoad(const SqliteBulkLoad&) = delete;
    SqliteBulkLoad& operator=(const SqliteBulkLoad&) = delete;

private:
    struct Setting
    {
        const char* name;
        qint64 bulk;
        qint64 previous = 0;
        bool changed = false;
    };
    QSqlDatabase m_db;
    bool m_active = false;
    // temp_store = MEMORY keeps the statement journals of the multi-row INSERTs in memory.
    Setting m_settings[4] = {{"cache_size", 0}, {"synchronous", 0}, {"wal_autocheckpoint", 16384}, {"temp_store", 2}};
};

// Deletes the rows a failed or cancelled batched seed already committed: every table's id range
// [base + 1, last id assigned], children before parents, in one transaction.
bool deleteCommitted(const Database& database, const DemoTables& tables, QString* error)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (int t = DemoTables::Count - 1; t >= 0; --t) {
        const auto table = DemoTables::Table(t);
        if (tables.lastId(table) <= tables.baseId(table))
            continue;
        if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE id > %2 AND id <= %3")
                            .arg(DemoTables::name(table))
                            .arg(tables.baseId(table))
                            .arg(tables.lastId(table)))) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

DemoSeeder::DemoSeeder(const Database& database) : m_database(database) {}

QList<DemoSeeder::Account> DemoSeeder::demoAccounts(quint64 seed)
{
    return DemoReferenceData::accounts(seed);
}

bool DemoSeeder::run(const Options& options, Result* result, QString* error, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (result)
        *result = Result();
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (options.customers < 1)
        return fail(tr("The number of demo customers must be at least 1."));

    QSqlDatabase db = m_database.connection();
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !query.next())
            return fail(
                tr("Cannot read the customers table (is the database migrated?): %1").arg(query.lastError().text()));
        const qint64 existing = query.value(0).toLongLong();
        if (existing > 0)
            return fail(tr("The database already holds %1 customers. Demo data is only added to an empty database.")
                            .arg(existing));
    }
    QString message;
    DemoWords words;
    if (!words.load(&message))
        return fail(message);
    DemoTables tables(m_database);
    if (!tables.readBaseIds(&message))
        return fail(tr("Cannot read the tables (is the database migrated?): %1").arg(message));
    const qint64 reference =
        options.referenceTime.isValid() ? options.referenceTime.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    DemoContext ctx(m_database, tables, words, reference, options.seed);
    SqliteBulkLoad bulkLoad(m_database, options.customers);

    const qint64 customers = options.customers;
    const bool single = customers <= options.singleTransactionLimit;
    const qint64 batch = single ? customers : std::max(1, options.batchCustomers); // customers per commit
    // Customers generated and flushed at a time (bounds the memory of buffered rows).
    const qint64 chunk = std::min<qint64>(batch, std::clamp<qint64>(customers / 50, 100, 2000));
    const qint64 totalUnits = customers + 1;
    bool inTransaction = false;
    bool committed = false;
    auto begin = [&]() {
        inTransaction = db.transaction();
        if (!inTransaction)
            message = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return inTransaction;
    };
    auto commit = [&]() {
        if (!db.commit()) {
            message = tr("Cannot commit the demo data: %1").arg(db.lastError().text());
            return false;
        }
        inTransaction = false;
        committed = true;
        return true;
    };
    auto abort = [&](const QString& text) {
        tables.clearAll();
        if (inTransaction)
            db.rollback();
        QString cleanupError;
        if (committed && !deleteCommitted(m_database, tables, &cleanupError))
            return fail(text + QLatin1Char(' ') +
                        tr("The demo rows already written could not be removed (%1): the database holds a partial "
                           "demo seed. Delete it and start again.")
                            .arg(cleanupError));
        return fail(text);
    };
    const QString cancelled = tr("Creating the demo data was cancelled; the database was left as it was.");
    auto report = [&](qint64 done) { return !progress || progress(done, totalUnits); };

    // 1. Users, secrets, agents, templates, compliance rules (permissions come from migration 0002).
    if (!begin())
        return fail(message);
    QList<Account> accounts;
    DemoReferenceData referenceData(m_database, ctx);
    if (!referenceData.write(&accounts, &message) || !tables.flushAll(&message))
        return abort(message);
    if (!single && !commit())
        return abort(message);
    if (!report(0))
        return abort(cancelled);

    // 2. The customers and everything that hangs off them, batch by batch.
    DemoCustomerGenerator generator(ctx);
    for (qint64 batchStart = 0; batchStart < customers; batchStart += batch) {
        const qint64 batchEnd = std::min(customers, batchStart + batch);
        if (!single && !begin())
            return abort(message);
        for (qint64 start = batchStart; start < batchEnd; start += chunk) {
            const qint64 end = std::min(batchEnd, start + chunk);
            for (qint64 i = start; i < end; ++i)
                generator.generate(i, customers);
            if (!tables.flushAll(&message))
                return abort(message);
            if (end < batchEnd && !report(end))
                return abort(cancelled);
        }
        if (!single && !commit())
            return abort(message);
        if (!report(batchEnd))
            return abort(cancelled);
    }

    // 3. LLM budgets and cache, metrics, the audit trail and the demo marker.
    if (!single && !begin())
        return abort(message);
    DemoSummaryData(ctx).write(customers);
    if (!tables.flushAll(&message))
        return abort(message);
    if (m_database.dialect().isPostgres()) {
        // Explicit ids do not advance identity sequences: move each past the table's highest id.
        QSqlQuery query(db);
        for (int t = 0; t < DemoTables::Count; ++t) {
            const QString name = DemoTables::name(DemoTables::Table(t));
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "(SELECT MAX(id) FROM %1))")
                                .arg(name)))
                return abort(tr("Cannot update the id sequence of %1: %2").arg(name, query.lastError().text()));
        }
    }
    if (!report(totalUnits))
        return abort(cancelled);
    if (!commit())
        return abort(message);
    if (m_database.dialect().isSqlite()) {
        // The customers' search index (FTS5, migration 0003) was written in many small segments,
        // one per batch: merged into one, each search term is read once instead of once per
        // segment (about half the cost of each customer looked up while searching; some 17 s
        // at a million customers). Only an optimisation: the index is complete either way.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')")))
            qWarning().noquote() << "Could not merge the customer search index:" << query.lastError().text();
    }

    if (result) {
        result->accounts = accounts;
        for (int t = 0; t < DemoTables::Count; ++t) {
            const auto table = DemoTables::Table(t);
            result->rowCounts.insert(DemoTables::name(table), tables[table].insertedRows());
            result->insertMs.insert(DemoTables::name(table), tables[table].elapsedNanoseconds() / 1000000);
        }
        result->totalMs = timer.elapsed();
    }
    return true;
}

bool DemoSeeder::isDemoDatabase(const Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM audit_logs WHERE entity_type = ? AND action = ? LIMIT 1"));
    query.addBindValue(markerEntityType());
    query.addBindValue(markerAction());
    return query.exec() && query.next();
}

std::optional<quint64> DemoSeeder::demoSeed(const Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT new_values FROM audit_logs WHERE entity_type = ? AND action = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(markerEntityType());
    query.addBindValue(markerAction());
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonObject values = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    bool ok = false;
    const quint64 seed = values.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return seed;
}
