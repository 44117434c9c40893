#pragma once

#include "services/DemoSeeder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class Database;
class QWidget;

// Takes the application from launch to an open, up-to-date database: opens the URL, applies
// the migrations (refusing a schema newer than the app), and fills a first-run database with
// demo data behind a cancellable progress dialog. Reports problems through UserMessage, so
// main() stays a few lines and tests can drive each step.
class StartupController
{
    Q_DECLARE_TR_FUNCTIONS(StartupController)

public:
    struct Options
    {
        QString databaseUrl;
        bool demo = false; // seed an empty database even when it is not the default one
    };

    explicit StartupController(QWidget* dialogParent = nullptr);

    // Runs every step. Returns the open database, or nullptr after telling the user why
    // (errorMessage() keeps the text); the caller then exits with status 1.
    std::unique_ptr<Database> start(const Options& options);

    // The steps, for tests. Each returns false (or nullptr) and sets errorMessage() on failure.
    std::unique_ptr<Database> openDatabase(const QString& url);
    bool migrate(const Database& database);
    bool shouldSeed(const Database& database, const Options& options) const;
    // A failure or cancellation here is not fatal: the app goes on with the empty database.
    bool seedDemoData(const Database& database);

    static bool hasNoCustomers(const Database& database);

    QString errorMessage() const { return m_errorMessage; }
    QStringList warnings() const { return m_warnings; }
    bool seedCancelled() const { return m_seedCancelled; }
    const DemoSeeder::Result& seedResult() const { return m_seedResult; }

private:
    void fail(const QString& summary, const QString& details);

    QWidget* m_dialogParent = nullptr;
    QString m_errorMessage;
    QStringList m_warnings;
    bool m_seedCancelled = false;
    DemoSeeder::Result m_seedResult;
};
