#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>

class Database;

// Applies the numbered migration files compiled in under :/sql/<dialect>/NNNN_name.sql.
// Each file runs in its own transaction and is recorded in schema_migrations. A database
// whose schema is newer than this build is refused; running again is a no-op. An applied file
// whose SHA-256 no longer matches the recorded checksum is reported, never re-run or fatal.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(const Database& database);

    QList<Migration> available() const;
    int latestVersion() const;
    // The highest applied version; 0 for an empty database; -1 and *error on failure.
    int currentVersion(QString* error = nullptr) const;

    // Brings the schema to latestVersion(). *applied receives the number of files applied.
    // Also compares every already-applied migration's recorded checksum with its file: see
    // changedMigrations(). A mismatch is logged with qWarning() but does not fail the migration
    // (databases created by earlier builds must keep opening).
    bool migrate(QString* error, int* applied = nullptr);

    // The already-applied migrations whose compiled-in file differs from the checksum recorded
    // when they ran, as found by the last migrate() (empty before it), in version order.
    QList<Migration> changedMigrations() const { return m_changed; }
    // "0002_role_permissions": the migration's file name without ".sql".
    static QString fileStem(const Migration& migration);

    // True when the database holds a schema newer than this build knows.
    bool isNewerThanApp(QString* message = nullptr) const;

private:
    bool ensureMigrationsTable(QString* error) const;

    const Database& m_database;
    QList<Migration> m_changed;
};
