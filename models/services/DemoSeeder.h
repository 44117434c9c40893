#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class Database;

// Fills a migrated, empty database with deterministic, realistic demo data across every
// table, and one demo user per role. The same seed gives the same data on both engines.
class DemoSeeder
{
public:
    struct Options
    {
        int customers = 2000;
        quint64 seed = 42;
    };
    struct Account
    {
        QString email;
        QString password;
        QString role;
    };
    struct Result
    {
        QList<Account> accounts;        // the demo users and their passwords
        QMap<QString, qint64> rowCounts; // table name -> rows inserted
    };
    // Reports progress in [0, total]; returning false cancels (the seed is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoSeeder(const Database& database);

    bool run(const Options& options, Result* result, QString* error, const Progress& progress = {});

    // True when the database holds the demo marker (a demo database), so the login dialog
    // may list the demo accounts.
    static bool isDemoDatabase(const Database& database);

private:
    const Database& m_database;
};
