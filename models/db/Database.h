#pragma once

#include <QCoreApplication>

#include "DatabaseUrl.h"
#include "Dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open connection to a CollectDesk database, named by a URL. Owns its QSqlDatabase
// connection (unique name, removed on destruction) and the matching Dialect.
// Qt SQL connections belong to the thread that opened them: a worker thread calls clone()
// to get a connection of its own to the same database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and for SQLite creates the file and its folder). Returns nullptr and sets
    // *error to a user-readable message on failure.
    static std::unique_ptr<Database> open(const DatabaseUrl& url, QString* error);
    static std::unique_ptr<Database> open(const QString& url, QString* error);

    // The default embedded database: <AppDataLocation>/collectdesk.db
    static QString defaultSqliteUrl();

    // A new connection to the same database, for use on the calling thread.
    std::unique_ptr<Database> clone(QString* error) const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const Dialect& dialect() const { return *m_dialect; }
    const DatabaseUrl& url() const { return m_url; }
    QString connectionName() const { return m_connectionName; }

    // A short text for the status bar: "SQLite · /path/file.db" or "PostgreSQL · user@host/db".
    QString displayName() const;

private:
    Database(const DatabaseUrl& url, std::unique_ptr<Dialect> dialect, const QString& connectionName);

    DatabaseUrl m_url;
    std::unique_ptr<Dialect> m_dialect;
    QString m_connectionName;
};

// Scoped transaction: rolls back unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error = nullptr);
    void rollback();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
