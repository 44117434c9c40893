// CSV import benchmark: CsvImporter against the engine's own bulk loader on the same file.
//
//   bench_import                      SQLite (and PostgreSQL when COLLECTDESK_TEST_PG_URL is set)
//   tests/support/with-postgres.sh bench_import
//
// Environment:
//   COLLECTDESK_BENCH_IMPORT_ROWS   customers in the generated file (default 200000)
//   COLLECTDESK_BENCH_IMPORT_BATCH  CsvImporter batch size (default CsvImporter::DefaultBatchSize)
//
// For each engine: a fresh migrated database; a dry run (parse + validate + duplicate lookups, no
// writes); the import into customers (system context, one audit row per batch); then the bulk
// loader on the same file into a staging table of text columns without indexes:
//   SQLite      sqlite3 DB ".import --csv --skip 1 FILE customers_stage"
//   PostgreSQL  psql -c "\copy customers_stage FROM FILE WITH (FORMAT csv, HEADER true)"
// and, for context, the loader into a staging table with the same indexes as customers.
// Prints rows/s and the ratio importer time / loader time (the target: at most 2).
#include "TestDatabase.h"
#include "db/DatabaseUrl.h"
#include "services/CsvImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QStringList& columns()
{
    static const QStringList list = {"company_name",  "contact_name", "email",  "phone",
                                     "address_line1", "city",         "region", "postal_code",
                                     "country_code",  "time_zone",    "notes"};
    return list;
}

bool writeCsv(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char* const cities[] = {"Berlin", "Springfield", "München", "Lyon", "Toronto", "Austin"};
    static const char* const zones[] = {"Europe/Berlin", "America/Chicago", "Europe/Berlin",
                                        "Europe/Paris",  "America/Toronto", "America/Chicago"};
    static const char* const countries[] = {"DE", "US", "DE", "FR", "CA", "US"};
    QByteArray buffer = columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (qint64 i = 1; i <= rows; ++i) {
        const int k = int(i % 6);
        buffer += QStringLiteral("\"Company %1, Ltd\",Contact %1,contact%1@example%2.com,+1415%3,%4 Main Street,%5,"
                                 "Region %6,%7,%8,%9,\"Customer since 2019; pays late, \"\"usually\"\"\"\r\n")
                      .arg(i)
                      .arg(i % 97)
                      .arg(5550000 + i % 1000000, 7, 10, QLatin1Char('0'))
                      .arg(i % 999 + 1)
                      .arg(QString::fromUtf8(cities[k]))
                      .arg(i % 50)
                      .arg(10000 + i % 89999)
                      .arg(QString::fromLatin1(countries[k]), QString::fromLatin1(zones[k]))
                      .toUtf8();
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size();
}

bool exec(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        err() << sql << ": " << query.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

QString stageTable(const QString& name)
{
    QStringList defs;
    for (const QString& column : columns())
        defs << column + QStringLiteral(" text");
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(name, defs.join(QStringLiteral(", ")));
}

// CPU time (user + system) in ms of this process or of its finished children.
qint64 cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// Runs a command; its wall time in ms, or -1. *cpu: the child's CPU time.
qint64 timeProcess(const QString& program, const QStringList& args, qint64* cpu = nullptr)
{
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1) || process.exitCode() != 0) {
        err() << program << " failed: " << process.readAll() << Qt::endl;
        return -1;
    }
    const qint64 wall = timer.elapsed();
    if (cpu)
        *cpu = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    return wall;
}

double rate(qint64 rows, qint64 ms)
{
    return ms > 0 ? rows * 1000.0 / ms : 0;
}

int benchEngine(const QString& engine, const QString& csv, qint64 rows, int batch)
{
    TestDatabase::Status status = TestDatabase::Status::Fail;
    QString message;
    auto db = TestDatabase::create(engine, true, &status, &message);
    if (!db) {
        err() << engine << ": " << message << Qt::endl;
        return 1;
    }
    Database& database = db->database();
    CsvImporter importer(database, AccessContext::system(), ImportTarget::customers());
    CsvImporter::Options options;
    options.batchSize = batch;

    options.dryRun = true;
    qint64 cpu = cpuMs(RUSAGE_SELF);
    const ImportSummary dry = importer.run(csv, options);
    const qint64 dryCpu = cpuMs(RUSAGE_SELF) - cpu;
    options.dryRun = false;
    cpu = cpuMs(RUSAGE_SELF);
    const ImportSummary summary = importer.run(csv, options);
    const qint64 importCpu = cpuMs(RUSAGE_SELF) - cpu;
    if (!summary.fatalError.isEmpty() || summary.created != rows) {
        err() << engine << ": import failed: " << summary.fatalError << " created " << summary.created << Qt::endl;
        for (const auto& issue : summary.issues.mid(0, 5))
            err() << "  " << issue.message << Qt::endl;
        return 1;
    }

    if (!exec(database, stageTable(QStringLiteral("customers_stage"))) ||
        !exec(database, stageTable(QStringLiteral("customers_stage_indexed"))) ||
        !exec(database, QStringLiteral("CREATE INDEX stage_email ON customers_stage_indexed (email)")) ||
        !exec(database, QStringLiteral("CREATE INDEX stage_company ON customers_stage_indexed (company_name)")))
        return 1;
    if (engine == QLatin1String("postgres") &&
        !exec(database, QStringLiteral("CREATE INDEX stage_company_trgm ON customers_stage_indexed USING gin "
                                       "(company_name gin_trgm_ops)")))
        return 1;

    qint64 loaderMs = -1;
    qint64 indexedMs = -1;
    qint64 loaderCpu = 0;
    qint64 indexedCpu = 0;
    QString loader;
    if (engine == QLatin1String("sqlite")) {
        const QString path = DatabaseUrl::parse(db->url(), nullptr).path();
        database.connection().close(); // let sqlite3 have the file alone
        loader = QStringLiteral("sqlite3 .import");
        loaderMs =
            timeProcess(QStringLiteral("/usr/bin/sqlite3"),
                        {path, QStringLiteral(".import --csv --skip 1 %1 customers_stage").arg(csv)}, &loaderCpu);
        indexedMs = timeProcess(QStringLiteral("/usr/bin/sqlite3"),
                                {path, QStringLiteral(".import --csv --skip 1 %1 customers_stage_indexed").arg(csv)},
                                &indexedCpu);
        database.connection().open();
    } else {
        const DatabaseUrl url = DatabaseUrl::parse(db->url(), nullptr);
        const QStringList connect = {QStringLiteral("-h"), qEnvironmentVariable("COLLECTDESK_TEST_PG_HOST"),
                                     QStringLiteral("-p"), qEnvironmentVariable("COLLECTDESK_TEST_PG_PORT"),
                                     QStringLiteral("-U"), qEnvironmentVariable("COLLECTDESK_TEST_PG_USER"),
                                     QStringLiteral("-d"), url.databaseName(),
                                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-c")};
        loader = QStringLiteral("psql \\copy");
        loaderMs = timeProcess(QStringLiteral("psql"),
                               connect + QStringList{QStringLiteral("\\copy customers_stage FROM '%1' WITH (FORMAT "
                                                                    "csv, HEADER true)")
                                                         .arg(csv)});
        indexedMs = timeProcess(QStringLiteral("psql"),
                                connect + QStringList{QStringLiteral("\\copy customers_stage_indexed FROM '%1' WITH "
                                                                     "(FORMAT csv, HEADER true)")
                                                          .arg(csv)});
    }
    if (loaderMs < 0)
        return 1;

    // The engine's own fastest way into the real table (its indexes, triggers and, since
    // migration 0003, its search index), on a second fresh database: the floor for any importer.
    qint64 nativeMs = -1;
    qint64 nativeCpu = 0;
    {
        auto second = TestDatabase::create(engine, true, &status, &message);
        if (!second) {
            err() << engine << ": " << message << Qt::endl;
            return 1;
        }
        const QString list = columns().join(QLatin1Char(','));
        if (engine == QLatin1String("sqlite")) {
            if (!exec(second->database(), stageTable(QStringLiteral("customers_stage"))))
                return 1;
            const QString path = DatabaseUrl::parse(second->url(), nullptr).path();
            second->database().connection().close();
            nativeMs =
                timeProcess(QStringLiteral("/usr/bin/sqlite3"),
                            {path, QStringLiteral(".import --csv --skip 1 %1 customers_stage").arg(csv),
                             QStringLiteral("INSERT INTO customers (%1) SELECT %1 FROM customers_stage").arg(list)},
                            &nativeCpu);
            second->database().connection().open();
        } else {
            const DatabaseUrl url = DatabaseUrl::parse(second->url(), nullptr);
            nativeMs = timeProcess(
                QStringLiteral("psql"),
                {QStringLiteral("-h"), qEnvironmentVariable("COLLECTDESK_TEST_PG_HOST"), QStringLiteral("-p"),
                 qEnvironmentVariable("COLLECTDESK_TEST_PG_PORT"), QStringLiteral("-U"),
                 qEnvironmentVariable("COLLECTDESK_TEST_PG_USER"), QStringLiteral("-d"), url.databaseName(),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                 QStringLiteral("\\copy customers (%1) FROM '%2' WITH (FORMAT csv, HEADER true)").arg(list, csv)},
                &nativeCpu);
        }
    }
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM customers_stage")) || !check.next() ||
        check.value(0).toLongLong() != rows) {
        err() << engine << ": the loader did not load " << rows << " rows" << Qt::endl;
        return 1;
    }

    const bool sqlite = engine == QLatin1String("sqlite");
    out() << QStringLiteral("%1: %2 rows, batch %3 (wall ms / rows per s%4)")
                 .arg(engine)
                 .arg(rows)
                 .arg(batch)
                 .arg(sqlite ? QStringLiteral("; CPU ms of the importing process / rows per CPU s")
                             : QStringLiteral("; CPU of the client only, the server's is not counted"))
          << Qt::endl;
    auto line = [&](const QString& what, qint64 wall, qint64 cpuTime) {
        out() << QStringLiteral("  %1 %2 ms %3 rows/s   cpu %4 ms %5 rows/s")
                     .arg(what, -44)
                     .arg(wall, 7)
                     .arg(qint64(rate(rows, wall)), 8)
                     .arg(cpuTime, 7)
                     .arg(qint64(rate(rows, cpuTime)), 8)
              << Qt::endl;
    };
    line(QStringLiteral("CsvImporter dry run (parse, validate, lookups)"), dry.elapsedMs, dryCpu);
    line(QStringLiteral("CsvImporter into customers (%1 batches)").arg(summary.batchesCommitted), summary.elapsedMs,
         importCpu);
    line(loader + QStringLiteral(" into staging (no index)"), loaderMs, loaderCpu);
    if (indexedMs >= 0)
        line(loader + QStringLiteral(" into staging (same indexes)"), indexedMs, indexedCpu);
    if (nativeMs >= 0)
        line(sqlite ? QStringLiteral(".import + INSERT...SELECT into customers")
                    : QStringLiteral("\\copy into customers"),
             nativeMs, nativeCpu);
    out() << QStringLiteral("  ratio importer / loader, wall: %1 (target <= 2.0)")
                 .arg(double(summary.elapsedMs) / std::max<qint64>(1, loaderMs), 0, 'f', 2);
    if (sqlite)
        out() << QStringLiteral("; CPU: %1").arg(double(importCpu) / std::max<qint64>(1, loaderCpu), 0, 'f', 2);
    if (nativeMs > 0)
        out() << QStringLiteral("; wall vs. the engine into customers: %1")
                     .arg(double(summary.elapsedMs) / nativeMs, 0, 'f', 2);
    out() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    qint64 rows = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_IMPORT_ROWS", &ok);
    if (!ok || rows < 1)
        rows = 200000;
    int batch = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_IMPORT_BATCH", &ok);
    if (!ok || batch < 1)
        batch = CsvImporter::DefaultBatchSize;

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!writeCsv(csv, rows)) {
        err() << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("generated %1 rows (%2 MB) in %3 ms")
                 .arg(rows)
                 .arg(QFile(csv).size() / 1e6, 0, 'f', 1)
                 .arg(timer.elapsed())
          << Qt::endl;

    int status = benchEngine(QStringLiteral("sqlite"), csv, rows, batch);
    if (!qEnvironmentVariable("COLLECTDESK_TEST_PG_URL").isEmpty())
        status |= benchEngine(QStringLiteral("postgres"), csv, rows, batch);
    return status;
}
