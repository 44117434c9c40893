// Demo seeding benchmark: migrates a database, seeds it with DemoSeeder and prints rows/second
// and the time spent inserting into each table.
//
//   bench_seed [--customers N] [--database URL] [--seed S] [--batch N]
//
// Without --database a temporary SQLite file is used (and deleted afterwards). For PostgreSQL:
//   tests/support/with-postgres.sh sh -c 'bench_seed --database "$COLLECTDESK_TEST_PG_URL"'
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks DemoSeeder."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers (default 100000)."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database URL (default: a temporary SQLite file)."),
                                            QStringLiteral("URL"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (default 42)."),
                                        QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Customers per committed batch (default: DemoSeeder's)."),
                                         QStringLiteral("N"));
    parser.addOption(customersOption);
    parser.addOption(databaseOption);
    parser.addOption(seedOption);
    parser.addOption(batchOption);
    parser.process(app);

    bool ok = false;
    const int customers = parser.value(customersOption).toInt(&ok);
    if (!ok || customers < 1) {
        err << "--customers must be a positive number" << Qt::endl;
        return 2;
    }
    std::unique_ptr<QTemporaryDir> dir; // only for the default database; deleted on exit
    QString url = parser.value(databaseOption);
    if (url.isEmpty()) {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            err << "cannot create a temporary folder" << Qt::endl;
            return 1;
        }
        url = QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("bench_seed.db"));
    }

    QString error;
    auto database = Database::open(url, &error);
    if (!database) {
        err << error << Qt::endl;
        return 1;
    }
    Migrator migrator(*database);
    if (!migrator.migrate(&error)) {
        err << "migration failed: " << error << Qt::endl;
        return 1;
    }

    DemoSeeder::Options options;
    options.customers = customers;
    options.seed = parser.value(seedOption).toULongLong();
    if (parser.isSet(batchOption)) {
        options.batchCustomers = std::max(1, parser.value(batchOption).toInt());
        options.singleTransactionLimit = std::min(options.singleTransactionLimit, options.batchCustomers);
    }
    DemoSeeder::Result result;
    QElapsedTimer timer;
    timer.start();
    int lastDecile = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int decile = int(done * 10 / std::max<qint64>(1, total));
        if (decile != lastDecile) {
            err << QStringLiteral("  %1% after %2 s").arg(decile * 10).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
            lastDecile = decile;
        }
        return true;
    };
    DemoSeeder seeder(*database);
    if (!seeder.run(options, &result, &error, progress)) {
        err << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    const double seconds = result.totalMs / 1000.0;

    out << QStringLiteral("%1 customers into %2").arg(customers).arg(database->displayName()) << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("table"), -24)
               .arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("insert s"), 10)
               .arg(QStringLiteral("rows/s"), 10)
        << Qt::endl;
    qint64 rows = 0;
    qint64 insertMs = 0;
    for (auto it = result.rowCounts.cbegin(); it != result.rowCounts.cend(); ++it) {
        const qint64 ms = result.insertMs.value(it.key());
        rows += it.value();
        insertMs += ms;
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(it.key(), -24)
                   .arg(it.value(), 10)
                   .arg(ms / 1000.0, 10, 'f', 2)
                   .arg(ms > 0 ? QString::number(qint64(it.value() * 1000.0 / ms)) : QStringLiteral("-"), 10)
            << Qt::endl;
    }
    out << QStringLiteral("total: %1 rows in %2 s = %3 rows/s (inserting %4 s, generating and the rest %5 s)")
               .arg(rows)
               .arg(seconds, 0, 'f', 1)
               .arg(qint64(rows / std::max(0.001, seconds)))
               .arg(insertMs / 1000.0, 0, 'f', 1)
               .arg(seconds - insertMs / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
