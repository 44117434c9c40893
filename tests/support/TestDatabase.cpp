#include "TestDatabase.h"

#include "db/Migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString adminUrl()
{
    return qEnvironmentVariable("COLLECTDESK_TEST_PG_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("COLLECTDESK_REQUIRE_POSTGRES") == QLatin1String("1");
}

QString uniqueDatabaseName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

// Runs one statement on the cluster's maintenance database.
bool adminExec(const QString& sql, QString* error)
{
    QString openError;
    auto admin = Database::open(adminUrl(), &openError);
    if (!admin) {
        *error = openError;
        return false;
    }
    QSqlQuery query(admin->connection());
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

void TestDatabase::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString& engine, bool migrate, Status* status,
                                                   QString* message)
{
    std::unique_ptr<TestDatabase> result(new TestDatabase);
    result->m_engine = engine;
    *status = Status::Fail;
    QString error;
    if (engine == QLatin1String("sqlite")) {
        result->m_dir = std::make_unique<QTemporaryDir>();
        if (!result->m_dir->isValid()) {
            *message = QStringLiteral("cannot create a temporary folder");
            return nullptr;
        }
        result->m_url = QStringLiteral("sqlite:") + result->m_dir->filePath(QStringLiteral("test.db"));
    } else if (engine == QLatin1String("postgres")) {
        if (adminUrl().isEmpty()) {
            *status = postgresRequired() ? Status::Fail : Status::Skip;
            *message = QStringLiteral("PostgreSQL not configured: run the tests through tests/support/with-postgres.sh "
                                      "(it sets COLLECTDESK_TEST_PG_URL)");
            return nullptr;
        }
        result->m_pgName = uniqueDatabaseName();
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(result->m_pgName), &error)) {
            *message = QStringLiteral("cannot create test database: ") + error;
            return nullptr;
        }
        QString text = adminUrl();
        // Swap the maintenance database name for the new one, keeping host/port query items.
        const int slash = text.indexOf(QLatin1Char('/'), text.indexOf(QLatin1String("://")) + 3);
        const int query = text.indexOf(QLatin1Char('?'), slash);
        text = text.left(slash + 1) + result->m_pgName + (query >= 0 ? text.mid(query) : QString());
        result->m_url = text;
    } else {
        *message = QStringLiteral("unknown engine ") + engine;
        return nullptr;
    }

    result->m_database = Database::open(result->m_url, &error);
    if (!result->m_database) {
        *message = QStringLiteral("cannot open test database: ") + error;
        return nullptr;
    }
    if (migrate) {
        Migrator migrator(*result->m_database);
        if (!migrator.migrate(&error)) {
            *message = QStringLiteral("migration failed: ") + error;
            return nullptr;
        }
    }
    *status = Status::Ready;
    return result;
}

std::unique_ptr<Database> TestDatabase::openSecondConnection(QString* error) const
{
    return Database::open(m_url, error);
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error))
            qWarning("TestDatabase: cannot drop %s: %s", qPrintable(m_pgName), qPrintable(error));
    }
}

namespace {

// Runs `sql` on `query`, prepared with `values` bound, or unprepared without values (PostgreSQL
// cannot PREPARE DDL); on failure *error (when given) names the statement.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text() + QStringLiteral(" in ") + sql;
    return ok;
}

} // namespace

bool TestDatabase::exec(const QString& sql, const QVariantList& values, QString* error)
{
    QSqlQuery query(m_database->connection());
    return run(query, sql, values, error);
}

QList<qint64> TestDatabase::ids(const QString& sql, const QVariantList& values, QString* error)
{
    QList<qint64> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!run(query, sql, values, error))
        return result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}
