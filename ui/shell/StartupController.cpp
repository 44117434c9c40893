#include "StartupController.h"

#include "common/UserMessage.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QApplication>
#include <QProgressDialog>
#include <QSqlQuery>
#include <algorithm>

namespace {
constexpr int ProgressSteps = 1000;
}

StartupController::StartupController(QWidget* dialogParent) : m_dialogParent(dialogParent) {}

std::unique_ptr<Database> StartupController::start(const Options& options)
{
    std::unique_ptr<Database> database = openDatabase(options.databaseUrl);
    if (!database)
        return nullptr;
    if (!migrate(*database))
        return nullptr;
    if (shouldSeed(*database, options))
        seedDemoData(*database);
    return database;
}

void StartupController::fail(const QString& summary, const QString& details)
{
    m_errorMessage = details.isEmpty() ? summary : summary + QLatin1Char(' ') + details;
    UserMessage::critical(m_dialogParent, summary, details);
}

std::unique_ptr<Database> StartupController::openDatabase(const QString& url)
{
    QString error;
    std::unique_ptr<Database> database = Database::open(url, &error);
    if (!database)
        fail(tr("The database cannot be opened."), error);
    return database;
}

bool StartupController::migrate(const Database& database)
{
    Migrator migrator(database);
    QString message;
    if (migrator.isNewerThanApp(&message)) {
        fail(tr("This database needs a newer version of CollectDesk."), message);
        return false;
    }
    if (!migrator.migrate(&message)) {
        fail(tr("The database schema cannot be brought up to date."), message);
        return false;
    }
    return true;
}

bool StartupController::hasNoCustomers(const Database& database)
{
    QSqlQuery query(database.connection());
    // A query error (no customers table) counts as "not empty": never seed a database we do not understand.
    return query.exec(QStringLiteral("SELECT 1 FROM customers LIMIT 1")) && !query.next();
}

bool StartupController::shouldSeed(const Database& database, const Options& options) const
{
    const bool isDefaultDatabase =
        database.url().engine() == DatabaseUrl::Engine::Sqlite && options.databaseUrl == Database::defaultSqliteUrl();
    return (isDefaultDatabase || options.demo) && hasNoCustomers(database);
}

bool StartupController::seedDemoData(const Database& database)
{
    m_seedCancelled = false;
    std::unique_ptr<QProgressDialog> dialog;
    if (UserMessage::isInteractive()) {
        dialog = std::make_unique<QProgressDialog>(tr("Creating demo data for your first start…"), tr("Cancel"), 0,
                                                   ProgressSteps, m_dialogParent);
        dialog->setWindowTitle(tr("CollectDesk"));
        dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setValue(0);
    }

    DemoSeeder::Progress progress = [&dialog](qint64 done, qint64 total) {
        if (!dialog)
            return true;
        const qint64 scaled = total > 0 ? done * ProgressSteps / total : 0;
        dialog->setValue(static_cast<int>(std::clamp<qint64>(scaled, 0, ProgressSteps)));
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };

    DemoSeeder seeder(database);
    QString error;
    m_seedResult = DemoSeeder::Result();
    const bool ok = seeder.run(DemoSeeder::Options(), &m_seedResult, &error, progress);
    m_seedCancelled = dialog && dialog->wasCanceled();
    dialog.reset();
    if (ok)
        return true;
    if (m_seedCancelled)
        return false; // the user chose to start with an empty database
    const QString summary = tr("The demo data could not be created. CollectDesk starts with the empty database.");
    m_warnings.append(summary + QLatin1Char(' ') + error);
    UserMessage::warning(m_dialogParent, summary, error);
    return false;
}
