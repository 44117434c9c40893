// CSV import benchmark: CsvImporter against the engine's own bulk loader, same file, same table.
//
// Reproduce (Release build; the numbers in the issue-4 report came from exactly this):
//   cmake -S /work/main -B /work/main/build/import-rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOLLECTDESK_WERROR=ON
//   cmake --build /work/main/build/import-rel --target bench_import -j2
//   uptime    # the machine's load: with 2 shared cores, a loaded machine makes every wall figure worse
//   COLLECTDESK_BENCH_IMPORT_RUNS=2 COLLECTDESK_BENCH_IMPORT_PHASES=1 /work/main/tests/support/with-postgres.sh
//       /work/main/build/import-rel/tests/bench_import                       (one command line)
//   (without with-postgres.sh: SQLite only; the program prints the load average before and after)
//
// Environment:
//   COLLECTDESK_BENCH_IMPORT_ROWS    customers in the generated file (default 200000)
//   COLLECTDESK_BENCH_IMPORT_BATCH   CsvImporter batch size (default CsvImporter::DefaultBatchSize)
//   COLLECTDESK_BENCH_IMPORT_PHASES  1: also time the import's phases one after the other on one
//                                    thread (parse, validate, duplicate lookup, insert with its
//                                    index and search-index triggers, audit, commit) and the same
//                                    import without the search index (FTS5 trigger / trigram
//                                    indexes dropped), to see what each costs
//   COLLECTDESK_BENCH_IMPORT_RUNS    repeat each measurement N times, report the fastest (default 1)
//   COLLECTDESK_BENCH_IMPORT_OURS    1: only CsvImporter's import (2: its dry run), no loaders, no
//                                    phases (e.g. under perf record)
//
// Every measurement runs on a fresh, migrated database (empty customers with all the indexes and
// triggers of the migrations) and reads the same generated file:
//   ours                CsvImporter::run into customers (system context, one audit row per batch)
//   loader -> customers the fair comparison, the engine's loader into the same table with the same
//                       indexes and triggers:
//                         SQLite      sqlite3 DB ".import --csv --skip 1 FILE v" where v is a temp
//                                     view of customers' CSV columns with an INSTEAD OF INSERT
//                                     trigger inserting into customers (the CLI cannot map 11 CSV
//                                     columns onto the 18 of customers by itself; it inserts
//                                     row by row, so FTS5 flushes per row: slow); and .import
//                                     into a staging table + INSERT...SELECT into customers in
//                                     the same sqlite3 process (one statement, one transaction:
//                                     the faster of the two, so the one the ratio uses)
//                         PostgreSQL  psql "\copy customers (columns) FROM FILE WITH (FORMAT csv,
//                                     HEADER true)"
//   loader -> staging   for information only: the loader into a bare table of text columns
//                       without indexes or triggers (what `.import` / `\copy` do at best)
// The ratio reported is ours / loader -> customers (the target: at most 2), by wall time and by
// CPU time. CPU is the fairer figure on a loaded machine: SQLite's is this process's (ours) or the
// sqlite3 child's (loader); PostgreSQL's adds the server's (the postmaster and its children,
// including the finished ones), which does most of the work there.
#include "TestDatabase.h"
#include "db/DatabaseUrl.h"
#include "io/CsvParser.h"
#include "services/CsvImporter.h"
#include "services/ImportBatchWriter.h"
#include "services/ImportValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>
#include <unistd.h>

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

qint64 countRows(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
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

// /proc/PID/stat: utime, stime, cutime, cstime in ms; empty when the process is gone.
QList<qint64> procTimes(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype paren = text.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = text.mid(paren + 2).split(' ');
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    if (fields.size() < 15)
        return {};
    const double tick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    return {qint64(fields.at(11).toLongLong() * tick), qint64(fields.at(12).toLongLong() * tick),
            qint64(fields.at(13).toLongLong() * tick), qint64(fields.at(14).toLongLong() * tick),
            fields.at(1).toLongLong()};
}

// PostgreSQL: the CPU time so far of the cluster serving `database` (the postmaster, its live
// children and, through the postmaster's cutime, its finished ones), or -1.
qint64 serverCpuMs(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return -1;
    const QList<qint64> backend = procTimes(query.value(0).toLongLong());
    if (backend.isEmpty())
        return -1; // not on this machine, or not visible
    const qint64 postmaster = backend.at(4);
    const QList<qint64> main = procTimes(postmaster);
    if (main.isEmpty())
        return -1;
    qint64 total = main.at(0) + main.at(1) + main.at(2) + main.at(3);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool ok = false;
        const qint64 n = pid.toLongLong(&ok);
        if (!ok || n == postmaster)
            continue;
        const QList<qint64> times = procTimes(n);
        if (!times.isEmpty() && times.at(4) == postmaster)
            total += times.at(0) + times.at(1);
    }
    return total;
}

struct Measure
{
    qint64 wallMs = -1;
    qint64 cpuMs = 0;       // this process (ours) or the loader's process
    qint64 serverCpuMs = 0; // PostgreSQL's cluster; 0 for SQLite
    bool ok() const { return wallMs >= 0; }
    qint64 totalCpu() const { return cpuMs + serverCpuMs; }
};

// Runs a command; its wall and CPU time, or wallMs -1.
Measure timeProcess(const QString& program, const QStringList& args)
{
    Measure m;
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1) || process.exitCode() != 0) {
        err() << program << " failed: " << process.readAll() << Qt::endl;
        return m;
    }
    m.wallMs = timer.elapsed();
    m.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    const QByteArray output = process.readAll().trimmed();
    if (!output.isEmpty())
        err() << "  (" << program << ": " << output.left(300) << ")" << Qt::endl;
    return m;
}

double rate(qint64 rows, qint64 ms)
{
    return ms > 0 ? rows * 1000.0 / ms : 0;
}

class EngineBench
{
public:
    EngineBench(const QString& engine, const QString& csv, qint64 rows, int batch)
        : m_engine(engine), m_csv(csv), m_rows(rows), m_batch(batch)
    {
    }

    bool sqlite() const { return m_engine == QLatin1String("sqlite"); }

    std::unique_ptr<TestDatabase> fresh()
    {
        TestDatabase::Status status = TestDatabase::Status::Fail;
        QString message;
        auto db = TestDatabase::create(m_engine, true, &status, &message);
        if (!db)
            err() << m_engine << ": " << message << Qt::endl;
        return db;
    }

    qint64 server(TestDatabase& db) { return sqlite() ? 0 : std::max<qint64>(0, serverCpuMs(db.database())); }

    Measure ours(bool dryRun, int batch, ImportSummary* summary)
    {
        auto db = fresh();
        if (!db)
            return {};
        CsvImporter importer(db->database(), AccessContext::system(), ImportTarget::customers());
        CsvImporter::Options options;
        options.batchSize = batch;
        options.dryRun = dryRun;
        Measure m;
        const qint64 serverBefore = server(*db);
        const qint64 cpu = cpuMs(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        *summary = importer.run(m_csv, options);
        m.wallMs = timer.elapsed();
        m.cpuMs = cpuMs(RUSAGE_SELF) - cpu;
        m.serverCpuMs = server(*db) - serverBefore;
        if (!summary->fatalError.isEmpty() || summary->created != m_rows ||
            (!dryRun && countRows(db->database(), QStringLiteral("customers")) != m_rows)) {
            err() << m_engine << ": import failed: " << summary->fatalError << " created " << summary->created
                  << Qt::endl;
            for (const auto& issue : summary->issues.mid(0, 5))
                err() << "  " << issue.message << Qt::endl;
            return {};
        }
        return m;
    }

    QStringList psqlConnect(TestDatabase& db) const
    {
        const DatabaseUrl url = DatabaseUrl::parse(db.url(), nullptr);
        return {QStringLiteral("-X"), QStringLiteral("-q"),
                QStringLiteral("-h"), qEnvironmentVariable("COLLECTDESK_TEST_PG_HOST"),
                QStringLiteral("-p"), qEnvironmentVariable("COLLECTDESK_TEST_PG_PORT"),
                QStringLiteral("-U"), qEnvironmentVariable("COLLECTDESK_TEST_PG_USER"),
                QStringLiteral("-d"), url.databaseName(),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c")};
    }

    // The loader into `table` (customers, or a bare staging table); `viaStaging` (SQLite): .import
    // into a staging table, then INSERT...SELECT into customers.
    Measure loader(bool intoCustomers, bool viaStaging = false)
    {
        auto db = fresh();
        if (!db)
            return {};
        const QString list = columns().join(QLatin1Char(','));
        if (!intoCustomers || viaStaging) {
            if (!exec(db->database(), stageTable(QStringLiteral("customers_stage"))))
                return {};
        }
        Measure m;
        if (sqlite()) {
            const QString path = DatabaseUrl::parse(db->url(), nullptr).path();
            QStringList args{path};
            if (!intoCustomers) {
                args << QStringLiteral(".import --csv --skip 1 %1 customers_stage").arg(m_csv);
            } else if (viaStaging) {
                args << QStringLiteral(".import --csv --skip 1 %1 customers_stage").arg(m_csv)
                     << QStringLiteral("INSERT INTO customers (%1) SELECT %1 FROM customers_stage").arg(list);
            } else {
                QStringList values;
                for (const QString& column : columns())
                    values << QStringLiteral("NEW.") + column;
                args << QStringLiteral("CREATE TEMP VIEW customers_csv AS SELECT %1 FROM customers").arg(list)
                     << QStringLiteral("CREATE TEMP TRIGGER customers_csv_insert INSTEAD OF INSERT ON customers_csv "
                                       "BEGIN INSERT INTO customers (%1) VALUES (%2); END")
                            .arg(list, values.join(QLatin1Char(',')))
                     << QStringLiteral(".import --csv --skip 1 %1 customers_csv").arg(m_csv);
            }
            db->database().connection().close(); // let sqlite3 have the file alone
            m = timeProcess(QStringLiteral("sqlite3"), args);
            db->database().connection().open();
        } else {
            const QString target =
                intoCustomers ? QStringLiteral("customers (%1)").arg(list) : QStringLiteral("customers_stage");
            const qint64 serverBefore = server(*db);
            m = timeProcess(QStringLiteral("psql"),
                            psqlConnect(*db) << QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER true)")
                                                    .arg(target, m_csv));
            m.serverCpuMs = server(*db) - serverBefore;
        }
        const QString table = intoCustomers ? QStringLiteral("customers") : QStringLiteral("customers_stage");
        if (m.ok() && countRows(db->database(), table) != m_rows) {
            err() << m_engine << ": the loader did not load " << m_rows << " rows into " << table << Qt::endl;
            return {};
        }
        return m;
    }

    // The pipeline of CsvImporter::run, on one thread, with a timer per phase.
    bool phases(bool withSearchIndex)
    {
        auto db = fresh();
        if (!db)
            return false;
        Database& database = db->database();
        if (!withSearchIndex) {
            const QStringList drops = sqlite()
                                          ? QStringList{QStringLiteral("DROP TRIGGER trg_customers_fts_insert")}
                                          : QStringList{QStringLiteral("DROP INDEX idx_customers_search_trgm"),
                                                        QStringLiteral("DROP INDEX idx_customers_company_name_trgm")};
            for (const QString& sql : drops) {
                if (!exec(database, sql))
                    return false;
            }
        }
        QFile file(m_csv);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        CsvParser parser(&file);
        const auto header = parser.next();
        if (!header)
            return false;
        const ImportTarget& target = ImportTarget::customers();
        const ImportValidator validator(target, database.dialect(), header->fields,
                                        target.suggestMapping(header->fields));
        const AccessContextPtr access = AccessContext::system();
        ImportBatchWriter writer(database, *access, validator, false);
        QJsonObject audit{{QStringLiteral("file"), QStringLiteral("bench.csv")}};
        qint64 parseNs = 0;
        qint64 validateNs = 0;
        qint64 created = 0;
        QElapsedTimer total;
        total.start();
        const qint64 serverBefore = server(*db);
        const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
        for (bool more = true; more;) {
            QList<CsvParser::Record> records;
            QElapsedTimer timer;
            timer.start();
            while (records.size() < m_batch) {
                auto record = parser.next();
                if (!record) {
                    more = false;
                    break;
                }
                records << std::move(*record);
            }
            parseNs += timer.nsecsElapsed();
            timer.restart();
            QList<ImportRow> rows;
            rows.reserve(records.size());
            for (const CsvParser::Record& record : std::as_const(records))
                rows << validator.validate(record);
            validateNs += timer.nsecsElapsed();
            QString error;
            if (!writer.resolve(rows, &error) || !writer.write(rows, audit, &error)) {
                err() << m_engine << ": " << error << Qt::endl;
                return false;
            }
            for (const ImportRow& row : std::as_const(rows))
                created += row.outcome == ImportRow::Outcome::Created ? 1 : 0;
        }
        const qint64 wall = total.elapsed();
        const qint64 cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
        const qint64 serverCpu = server(*db) - serverBefore;
        if (created != m_rows) {
            err() << m_engine << ": phases created " << created << Qt::endl;
            return false;
        }
        const ImportBatchWriter::Timings& t = writer.timings();
        auto ms = [](qint64 ns) { return QString::number(ns / 1000000).rightJustified(6); };
        out() << QStringLiteral("  phases, one thread%1: wall %2 ms (cpu %3 ms%4)")
                     .arg(withSearchIndex ? QString() : QStringLiteral(", WITHOUT the search index"))
                     .arg(wall)
                     .arg(cpu)
                     .arg(sqlite() ? QString() : QStringLiteral(" + server %1 ms").arg(serverCpu))
              << Qt::endl;
        out() << QStringLiteral("    parse %1 | validate %2 | duplicate lookup %3 | insert %4 | audit %5 | "
                                "begin+commit %6 | retry %7 ms")
                     .arg(ms(parseNs), ms(validateNs), ms(t.lookupNs), ms(t.insertNs), ms(t.auditNs), ms(t.commitNs),
                          ms(t.retryNs))
              << Qt::endl;
        return true;
    }

    int run(bool withPhases, int runs)
    {
        auto best = [runs](const std::function<Measure()>& measure) {
            Measure result;
            for (int i = 0; i < runs; ++i) {
                const Measure m = measure();
                if (!m.ok())
                    return Measure();
                if (!result.ok() || m.wallMs < result.wallMs)
                    result = m;
            }
            return result;
        };
        ImportSummary summary;
        ImportSummary drySummary;
        const int only = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_IMPORT_OURS");
        const Measure ours = best([&]() { return this->ours(only == 2, m_batch, &summary); });
        if (only == 1 || only == 2) {
            out()
                << QStringLiteral("%1: ours %2 ms wall, %3 ms cpu").arg(m_engine).arg(ours.wallMs).arg(ours.totalCpu())
                << Qt::endl;
            return ours.ok() ? 0 : 1;
        }
        const Measure dry = best([&]() { return this->ours(true, m_batch, &drySummary); });
        const Measure intoCustomers = best([&]() { return loader(true); });
        const Measure viaStaging = sqlite() ? best([&]() { return loader(true, true); }) : Measure();
        const Measure bare = best([&]() { return loader(false); });
        if (!ours.ok() || !dry.ok() || !intoCustomers.ok() || !bare.ok())
            return 1;

        out() << QStringLiteral("%1: %2 rows, batch %3, best of %4 (wall ms, rows/s; CPU ms%5, rows per CPU s)")
                     .arg(m_engine)
                     .arg(m_rows)
                     .arg(m_batch)
                     .arg(runs)
                     .arg(sqlite() ? QString() : QStringLiteral(" client + server"))
              << Qt::endl;
        auto line = [&](const QString& what, const Measure& m) {
            out() << QStringLiteral("  %1 %2 ms %3 rows/s   cpu %4 ms %5 rows/s%6")
                         .arg(what, -52)
                         .arg(m.wallMs, 7)
                         .arg(qint64(rate(m_rows, m.wallMs)), 7)
                         .arg(m.totalCpu(), 7)
                         .arg(qint64(rate(m_rows, m.totalCpu())), 7)
                         .arg(sqlite() ? QString()
                                       : QStringLiteral("  (client %1 + server %2)").arg(m.cpuMs).arg(m.serverCpuMs))
                  << Qt::endl;
        };
        const QString name = sqlite() ? QStringLiteral("sqlite3 .import") : QStringLiteral("psql \\copy");
        line(QStringLiteral("ours: CsvImporter into customers (%1 batches)").arg(summary.batchesCommitted), ours);
        line(QStringLiteral("ours: dry run (parse, validate, lookups)"), dry);
        line(name + (sqlite() ? QStringLiteral(" into customers (via a view)") : QStringLiteral(" into customers")),
             intoCustomers);
        if (viaStaging.ok())
            line(name + QStringLiteral(" + INSERT...SELECT into customers"), viaStaging);
        line(name + QStringLiteral(" into a bare staging table (info)"), bare);
        // The fair reference: the faster of the loader's ways into customers.
        const Measure reference =
            viaStaging.ok() && viaStaging.wallMs < intoCustomers.wallMs ? viaStaging : intoCustomers;
        out() << QStringLiteral("  ratio ours / loader into customers: wall %1, cpu %2 (target <= 2.0); "
                                "ours / loader into a bare table: wall %3")
                     .arg(double(ours.wallMs) / std::max<qint64>(1, reference.wallMs), 0, 'f', 2)
                     .arg(double(ours.totalCpu()) / std::max<qint64>(1, reference.totalCpu()), 0, 'f', 2)
                     .arg(double(ours.wallMs) / std::max<qint64>(1, bare.wallMs), 0, 'f', 2)
              << Qt::endl;
        if (withPhases && (!phases(true) || !phases(false)))
            return 1;
        return 0;
    }

private:
    QString m_engine;
    QString m_csv;
    qint64 m_rows;
    int m_batch;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
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
    int runs = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_IMPORT_RUNS", &ok);
    if (!ok || runs < 1)
        runs = 1;
    const bool phases = qEnvironmentVariableIntValue("COLLECTDESK_BENCH_IMPORT_PHASES") == 1;

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
    out() << QStringLiteral("generated %1 rows (%2 MB) in %3 ms; load average %4 on %5 cores")
                 .arg(rows)
                 .arg(QFile(csv).size() / 1e6, 0, 'f', 1)
                 .arg(timer.elapsed())
                 .arg(loadAverage())
                 .arg(sysconf(_SC_NPROCESSORS_ONLN))
          << Qt::endl;

    int status = EngineBench(QStringLiteral("sqlite"), csv, rows, batch).run(phases, runs);
    out() << QStringLiteral("load average %1").arg(loadAverage()) << Qt::endl;
    if (!qEnvironmentVariable("COLLECTDESK_TEST_PG_URL").isEmpty()) {
        status |= EngineBench(QStringLiteral("postgres"), csv, rows, batch).run(phases, runs);
        out() << QStringLiteral("load average %1").arg(loadAverage()) << Qt::endl;
    }
    return status;
}
