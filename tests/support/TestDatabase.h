#pragma once

#include "db/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A fresh, empty database for one test, on the engine named by the test's global data row
// ("sqlite" or "postgres"). SQLite lives in a temporary folder; PostgreSQL gets a new database
// in the throwaway cluster started by tests/support/with-postgres.sh (COLLECTDESK_TEST_PG_URL),
// dropped again when the TestDatabase is destroyed.
//
// Without a cluster the PostgreSQL rows are skipped, visibly; with COLLECTDESK_REQUIRE_POSTGRES=1
// (set by the CI run) they fail instead.
//
// Usage in a test class:
//   void initTestCase_data() { TestDatabase::addEngineRows(); }
//   void init() { COLLECTDESK_OPEN_TEST_DATABASE(m_db, true); }
//   void cleanup() { m_db.reset(); }
//   ... m_db->database() ...
class TestDatabase
{
public:
    enum class Status { Ready, Skip, Fail };

    ~TestDatabase();

    // Adds the "engine" column with rows "sqlite" and "postgres".
    static void addEngineRows();
    static std::unique_ptr<TestDatabase> create(const QString& engine, bool migrate, Status* status, QString* message);

    Database& database() { return *m_database; }
    // The URL of this database, e.g. for running collectdesk-admin against it.
    QString url() const { return m_url; }
    QString engine() const { return m_engine; }
    // Opens a second, independent connection to the same database (concurrency tests).
    std::unique_ptr<Database> openSecondConnection(QString* error) const;

    static QString adminBinary() { return QStringLiteral(COLLECTDESK_ADMIN_BINARY); }

    // Fixture SQL on this database's connection. exec: one statement, `values` bound to its ?
    // placeholders (without values it is run unprepared: PostgreSQL cannot PREPARE DDL). ids: the
    // first column of every row, as ids. On failure *error (when given) gets the driver's message
    // and the statement; it is left alone on success, so one error variable can collect a
    // fixture's first failure.
    bool exec(const QString& sql, const QVariantList& values = {}, QString* error = nullptr);
    QList<qint64> ids(const QString& sql, const QVariantList& values = {}, QString* error = nullptr);

private:
    TestDatabase() = default;

    QString m_engine;
    QString m_url;
    QString m_pgName;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

#define COLLECTDESK_OPEN_TEST_DATABASE(member, migrate)                                                              \
    do {                                                                                                             \
        QFETCH_GLOBAL(QString, engine);                                                                              \
        TestDatabase::Status status_ = TestDatabase::Status::Fail;                                                   \
        QString message_;                                                                                            \
        member = TestDatabase::create(engine, migrate, &status_, &message_);                                         \
        if (status_ == TestDatabase::Status::Skip)                                                                   \
            QSKIP(qPrintable(message_));                                                                             \
        if (status_ == TestDatabase::Status::Fail)                                                                   \
            QFAIL(qPrintable(message_));                                                                             \
    } while (false)
