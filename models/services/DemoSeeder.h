#pragma once

#include <QCoreApplication>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

class Database;

// Fills a migrated, empty database with deterministic, realistic demo data across every
// table, and one demo user per role. The same seed gives the same data on both engines.
//
// Determinism: every value comes from a xoshiro256** generator seeded from Options::seed (each
// customer has its own stream), relative to Options::referenceTime ("now" by default). Not
// reproduced: the Argon2id salts of the password hashes and the raw session tokens, reset tokens
// and API keys, which come from the system CSPRNG and are never stored (only their SHA-256).
// The demo passwords themselves are derived from the seed: demoAccounts(seed) lists them again.
//
// Refuses a database whose customers table has rows. Rows get explicit ids continuing after each
// table's highest id; on PostgreSQL the identity sequences are moved past them afterwards.
//
// Transactions and cancelling: up to Options::singleTransactionLimit customers everything is
// written in one transaction, so an error or a cancel (the progress callback returning false)
// leaves the database exactly as it was. Larger seeds commit one transaction per batch of
// Options::batchCustomers customers (~300,000 rows: fewer, bigger commits rewrite the indexes'
// pages far less often than many small ones); on an error or a cancel the current batch is
// rolled back and the rows already committed are deleted again (by id range, children first).
// The audit trail and the demo marker are written in the last transaction, so a partial seed
// never looks like a demo database; only if that clean-up itself fails does a partial seed remain
// (the error says so), and seed-demo then refuses the database because it has customers.
//
// Speed: rows are written with BatchInserter (multi-row prepared INSERTs on SQLite, unnest() of
// column arrays on PostgreSQL); on SQLite the seed runs with a bigger page cache, in-memory
// statement journals and synchronous = OFF, all restored afterwards (see DemoSeeder.cpp).
// 1,000,000 customers (~14.7 million rows) take about 7 minutes on SQLite on a 2-core machine.
//
// The demo marker: an audit_logs row with action 'demo_seeded', entity_type 'database', actor
// 'system' and new_values {"seed": "<seed>", "customers": N, "reference_time": "...", ...}.
// audit_logs is append-only, so the marker cannot be removed by accident.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    struct Options
    {
        int customers = 2000;
        quint64 seed = 42;
        QDateTime referenceTime;            // "now" of the demo data; invalid = the current time
        int singleTransactionLimit = 50000; // up to this many customers: one transaction
        int batchCustomers = 20000;         // otherwise: customers per committed batch
    };
    struct Account
    {
        QString email;
        QString password;
        QString role;
    };
    struct Result
    {
        QList<Account> accounts;         // the demo users and their passwords
        QMap<QString, qint64> rowCounts; // table name -> rows inserted
        QMap<QString, qint64> insertMs;  // table name -> milliseconds spent in its INSERT statements
        qint64 totalMs = 0;              // the whole run, generation included
    };
    // Reports progress in [0, total]; returning false cancels (the seed is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoSeeder(const Database& database);

    bool run(const Options& options, Result* result, QString* error, const Progress& progress = {});

    // True when the database holds the demo marker (a demo database), so the login dialog
    // may list the demo accounts.
    static bool isDemoDatabase(const Database& database);
    // The seed recorded in the demo marker; nullopt when this is not a demo database.
    static std::optional<quint64> demoSeed(const Database& database);
    // The demo accounts and passwords a seed creates (the same list run() returns).
    static QList<Account> demoAccounts(quint64 seed);

    static QString markerAction() { return QStringLiteral("demo_seeded"); }
    static QString markerEntityType() { return QStringLiteral("database"); }

private:
    const Database& m_database;
};
