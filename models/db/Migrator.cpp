#include "Migrator.h"

#include "Database.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Migrator::Migrator(const Database& database) : m_database(database) {}

QList<Migrator::Migration> Migrator::available() const
{
    QList<Migration> result;
    const QString folder = QStringLiteral(":/sql/") + m_database.dialect().name();
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const auto entries = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : entries) {
        const auto match = re.match(file);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), folder + QLatin1Char('/') + file});
    }
    std::sort(result.begin(), result.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

bool Migrator::ensureMigrationsTable(QString* error) const
{
    QSqlQuery query(m_database.connection());
    const QString sql = m_database.dialect().isPostgres()
                            ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version integer PRIMARY KEY, name text NOT NULL, "
                                             "checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
                            : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                             "checksum TEXT NOT NULL, applied_at TEXT NOT NULL "
                                             "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
    if (!query.exec(sql)) {
        if (error)
            *error = tr("Cannot create the schema_migrations table: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

int Migrator::currentVersion(QString* error) const
{
    const QStringList tables = m_database.dialect().tableNames(m_database.connection());
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next()) {
        if (error)
            *error = tr("Cannot read the schema version: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrator::isNewerThanApp(QString* message) const
{
    const int current = currentVersion();
    const int latest = latestVersion();
    if (current > latest) {
        if (message) {
            *message = tr("This database has schema version %1, but this CollectDesk %2 only knows versions up to "
                          "%3. Install a newer CollectDesk to open it; nothing was changed.")
                           .arg(current)
                           .arg(QStringLiteral(COLLECTDESK_VERSION))
                           .arg(latest);
        }
        return true;
    }
    return false;
}

QString Migrator::fileStem(const Migration& migration)
{
    return QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name);
}

bool Migrator::migrate(QString* error, int* applied)
{
    if (applied)
        *applied = 0;
    m_changed.clear();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (isNewerThanApp(error))
        return false;
    if (!ensureMigrationsTable(error))
        return false;

    const QList<Migration> migrations = available();
    if (migrations.isEmpty())
        return fail(tr("No migrations are compiled into this build for %1.").arg(m_database.dialect().name()));

    QSqlDatabase db = m_database.connection();
    for (const Migration& migration : migrations) {
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the migration %1.").arg(migration.resourcePath));
        const QByteArray bytes = file.readAll();
        const QString checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        Transaction transaction(m_database);
        if (!transaction.isActive())
            return fail(tr("Cannot start a transaction: %1").arg(transaction.errorText()));
        QSqlQuery query(db);
        if (m_database.dialect().isPostgres()) {
            // Two desks starting at once must not both apply the same migration.
            if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")))
                return fail(tr("Cannot lock the schema for migration: %1").arg(query.lastError().text()));
        }
        query.prepare(QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = ?"));
        query.addBindValue(migration.version);
        if (!query.exec())
            return fail(tr("Cannot read schema_migrations: %1").arg(query.lastError().text()));
        if (query.next()) { // already applied: never run again, but say so when its file changed since
            const QString recorded = query.value(0).toString();
            if (recorded.compare(checksum, Qt::CaseInsensitive) != 0) {
                m_changed.append(migration);
                qWarning().noquote() << QStringLiteral("Migration %1 differs from the file applied to this database "
                                                       "(recorded checksum %2, this build's %3); it is not run again.")
                                            .arg(fileStem(migration), recorded, checksum);
            }
            continue;
        }

        const QStringList statements = SqlScript::split(QString::fromUtf8(bytes));
        for (const QString& statement : statements) {
            QSqlQuery step(db);
            if (!step.exec(statement)) {
                return fail(tr("Migration %1 (%2) failed: %3\nStatement: %4")
                                .arg(migration.version)
                                .arg(migration.name, step.lastError().text(), statement.left(400)));
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(checksum);
        if (!record.exec())
            return fail(tr("Cannot record migration %1: %2").arg(migration.version).arg(record.lastError().text()));
        QString commitError;
        if (!transaction.commit(&commitError))
            return fail(tr("Cannot commit migration %1: %2").arg(migration.version).arg(commitError));
        if (applied)
            ++*applied;
    }
    return true;
}
