#pragma once

#include <QCoreApplication>

#include <QString>

// Parses and prints connection URLs: "sqlite:/path/file.db", "sqlite::memory:",
// "postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir&sslmode=...]".
// A password in a URL is accepted for scripts, but never printed back (see redacted()).
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Engine { Invalid, Sqlite, Postgres };

    static DatabaseUrl parse(const QString& text, QString* error = nullptr);
    static DatabaseUrl sqliteFile(const QString& path);

    bool isValid() const { return m_engine != Engine::Invalid; }
    Engine engine() const { return m_engine; }
    QString path() const { return m_path; }         // SQLite file (or ":memory:")
    QString host() const { return m_host; }         // host name or socket directory
    int port() const { return m_port; }             // 0 = driver default
    QString user() const { return m_user; }
    QString password() const { return m_password; } // empty unless the URL carried one
    QString databaseName() const { return m_database; }
    QString options() const { return m_options; }   // extra libpq options, "k=v;k=v"

    void setPassword(const QString& password) { m_password = password; }
    void setDatabaseName(const QString& name) { m_database = name; }

    // The URL without its password, for status bars, logs and keychain keys.
    QString redacted() const;

private:
    Engine m_engine = Engine::Invalid;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_options;
};
