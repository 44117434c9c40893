#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

class Database;

// The headless administration tool: parses `collectdesk-admin [--database URL] COMMAND ...`
// and runs one command against the database. Output goes to out, errors to err; run() returns
// the process exit code (0 success, 1 failure, 2 usage error).
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    AdminCli(QTextStream& out, QTextStream& err, QTextStream& in);

    int run(const QStringList& arguments);

private:
    int runMigrate(const QStringList& args);
    int runSchemaVersion(const QStringList& args);
    int runSeedDemo(const QStringList& args);
    int runCreateUser(const QStringList& args);
    // import/export: exit 0 all records imported, 2 some failed (or a usage error), 1 fatal.
    int runImport(const QStringList& args);
    int runExport(const QStringList& args);

    void printUsage() const;
    // Opens the database named by --database (or the default embedded one).
    std::unique_ptr<Database> openDatabase();
    // Migrates, printing nothing on success; false and a message on stderr otherwise.
    bool ensureMigrated(Database& database);
    QString readPassword(bool confirm, QString* error);
    int usageError(const QString& message) const;
    int failure(const QString& message) const;

    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    QString m_databaseUrl;
};
