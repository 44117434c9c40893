#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>

class Database;

// Applies the numbered migration files compiled in under :/sql/<dialect>/NNNN_name.sql.
// Each file runs in its own transaction and is recorded in schema_migrations. A database
// whose schema is newer than this build is refused; running again is a no-op.
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
    bool migrate(QString* error, int* applied = nullptr);

    // True when the database holds a schema newer than this build knows.
    bool isNewerThanApp(QString* message = nullptr) const;

private:
    bool ensureMigrationsTable(QString* error) const;

    const Database& m_database;
};
