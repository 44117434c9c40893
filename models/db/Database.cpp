#include "Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("collectdesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database(const DatabaseUrl& url, std::unique_ptr<Dialect> dialect, const QString& connectionName)
    : m_url(url), m_dialect(std::move(dialect)), m_connectionName(connectionName)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultSqliteUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QLatin1String("sqlite:") + QDir(folder).filePath(QStringLiteral("collectdesk.db"));
}

std::unique_ptr<Database> Database::open(const QString& url, QString* error)
{
    const DatabaseUrl parsed = DatabaseUrl::parse(url, error);
    if (!parsed.isValid())
        return nullptr;
    return open(parsed, error);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl& url, QString* error)
{
    auto fail = [error](const QString& message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!url.isValid())
        return fail(tr("The database URL is not valid."));
    auto dialect = Dialect::create(url.engine());
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName())) {
        return fail(tr("The Qt SQL driver %1 is not installed (on Debian and Ubuntu: %2).")
                        .arg(dialect->driverName(),
                             dialect->isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                 : QStringLiteral("libqt6sql6-psql")));
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(url, std::move(dialect), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect->driverName(), name);
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (url.engine() == DatabaseUrl::Engine::Sqlite) {
        if (url.path() != QLatin1String(":memory:")) {
            const QFileInfo info(url.path());
            if (!QDir().mkpath(info.absolutePath()))
                return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        db.setDatabaseName(url.path());
    } else {
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.user());
        db.setPassword(url.password());
        db.setDatabaseName(url.databaseName());
        QString options = url.options();
        if (!options.contains(QLatin1String("connect_timeout")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
    }
    if (!db.open())
        return fail(tr("Cannot open the database %1: %2").arg(url.redacted(), db.lastError().text()));
    QString configureError;
    if (!database->m_dialect->configureConnection(db, &configureError))
        return fail(tr("Cannot configure the database connection: %1").arg(configureError));
    return database;
}

std::unique_ptr<Database> Database::clone(QString* error) const
{
    return open(m_url, error);
}

QString Database::displayName() const
{
    if (m_dialect->isSqlite())
        return tr("SQLite · %1").arg(QDir::toNativeSeparators(m_url.path()));
    return tr("PostgreSQL · %1").arg(m_url.redacted());
}

Transaction::Transaction(const Database& database) : m_db(database.connection())
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_error.isEmpty() ? tr("No transaction is active.") : m_error;
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
