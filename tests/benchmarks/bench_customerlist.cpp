// Customer list benchmark over a seeded database: how fast the list feels.
//
// Reproduce (Release build; the figures in the issue-4 report were taken exactly so):
//   cmake -S . -B build/list-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOLLECTDESK_BUILD_TESTS=ON
//   cmake --build build/list-release --target collectdesk-admin bench_customerlist -j2
//   A=build/list-release/app/collectdesk-admin; B=build/list-release/tests/bench_customerlist
//   SQLite:
//     $A --database sqlite:/work/bench/customers-1m.db seed-demo --customers 1000000   # once, ~7 min
//     cat /work/bench/customers-1m.db > /dev/null                                       # warm the OS cache
//     $B --database sqlite:/work/bench/customers-1m.db
//   PostgreSQL 15 (a persistent cluster; fsync off only to seed faster). The server is sized as a
//   production server for this database would be: shared buffers that hold the list's tables and
//   indexes (customers, customer_profiles, payment_records: about 1.1 GB here) in huge pages, so a
//   new connection's server process does not page-fault every buffer it touches the first time
//   (about 15 microseconds a page on this VM with 4 KiB pages: a first search paid 200-500 ms).
//     echo 1100 > /proc/sys/vm/nr_hugepages                                                 # 2.2 GB of 2 MiB pages
//     su postgres -c "initdb -D /work/bench/pg1m -U postgres -A trust -E UTF8 --locale=C.UTF-8"
//     su postgres -c 'pg_ctl -D /work/bench/pg1m -l /work/bench/pg1m/server.log -w start -o "-k /work/bench/pg1m-sock
//         -p 55433 -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off
//         -c shared_buffers=2GB -c huge_pages=on"'
//     URL='postgresql://postgres@/cd1m?host=/work/bench/pg1m-sock&port=55433'
//     psql "postgresql://postgres@/postgres?host=/work/bench/pg1m-sock&port=55433" -c "CREATE DATABASE cd1m"
//     $A --database "$URL" migrate && $A --database "$URL" seed-demo --customers 1000000    # once, ~20 min
//     psql "$URL" -c "VACUUM ANALYZE"
//     psql "$URL" -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm" -c "SELECT sum(pg_prewarm(oid::regclass))
//         FROM pg_class WHERE relname IN ('customers', 'idx_customers_search_trgm', 'idx_customers_company_name',
//         'idx_customers_email', 'customers_pkey', 'customer_profiles', 'customer_profiles_pkey',
//         'idx_customer_profiles_customer_id', 'payment_records', 'idx_payment_records_customer_id',
//         'idx_customer_profiles_risk_level', 'idx_customer_profiles_do_not_contact',
//         'idx_customers_list_company_name', 'idx_customers_list_email')"                  # a server in use
//     $B --database "$URL"
//   Run `uptime` before and after: the figures are wall-clock times and a loaded machine
//   stretches them (the program prints the load average too).
//
// The database is migrated if it is older than this build (migration 0003 builds the search
// index then, once). Reports, each measured from the model's request to the rows being in the
// model (what a view would paint next):
//   - opening the list: first rows (a screenful, CustomerListModel::FirstRows; a plan that sorts
//     every match reads the whole first page but hands the screenful over first), and the
//     background count
//   - jumping to the last row (read backwards from the end) and to a row in the middle (offset)
//   - search as you type: each keystroke of "a", "ac", "acm", "acme" and of names taken from
//     the database (company, contact, e-mail, phone), first rows (median and worst) and count,
//     with this process's CPU time (SQLite works in the process; PostgreSQL in the server);
//     then the same keystrokes again on the now warm connection
//   - 200 random pages: each read by an offset from the nearest row whose place is known
//   - peak resident memory (VmHWM), after opening and at the end (after scrolling 200 random
//     pages: the model keeps at most MaxPages pages)
#include "db/Database.h"
#include "db/Migrator.h"
#include "tables/CustomerListModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <sys/resource.h>

namespace {

QTextStream out(stdout);

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop to check the timeout
    tick.start(100);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (every thread), in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QStringList sampleWords(const Database& database, qint64 customers)
{
    QStringList words;
    QSqlQuery query(database.connection());
    for (const qint64 id : {customers / 3, customers / 2, 2 * customers / 3}) {
        query.prepare(QStringLiteral("SELECT company_name, contact_name, email, phone FROM customers WHERE id >= ? "
                                     "ORDER BY id LIMIT 1"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            continue;
        words << query.value(0).toString().section(QLatin1Char(' '), 0, 0).toLower()
              << query.value(1).toString().section(QLatin1Char(' '), -1).toLower()
              << query.value(2).toString().section(QLatin1Char('@'), 0, 0).left(8);
        if (!query.value(3).isNull())
            words << query.value(3).toString().left(7);
    }
    words.removeAll(QString());
    words.removeDuplicates();
    return words;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the customer list over a seeded database."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database URL (default: $COLLECTDESK_BENCH_DB)."),
                                            QStringLiteral("URL"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Repeat the opening (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(databaseOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const QString url =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : qEnvironmentVariable("COLLECTDESK_BENCH_DB");
    if (url.isEmpty()) {
        err << "Set COLLECTDESK_BENCH_DB (or --database) to a seeded database URL." << Qt::endl;
        return 2;
    }
    QString error;
    auto database = Database::open(url, &error);
    if (!database) {
        err << error << Qt::endl;
        return 1;
    }
    QElapsedTimer migrateTimer;
    migrateTimer.start();
    int applied = 0;
    if (!Migrator(*database).migrate(&error, &applied)) {
        err << "migration failed: " << error << Qt::endl;
        return 1;
    }
    if (applied > 0)
        out << "migrated (" << applied << " migration(s)) in " << ms(msSince(migrateTimer)) << Qt::endl;
    qint64 customers = 0;
    {
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next())
            customers = query.value(0).toLongLong();
    }
    out << database->displayName() << ": " << customers << " customers; load average " << loadAverage() << Qt::endl;
    const AccessContextPtr access = AccessContext::system();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // 1. Opening the list, sorted by company name.
    QList<double> firstRows, counted;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        CustomerListModel model(*database, access);
        if (!waitUntil([&] { return !model.isLoading(); }) || !model.lastError().isEmpty()) {
            err << "first page failed: " << model.lastError() << Qt::endl;
            return 1;
        }
        firstRows << msSince(timer);
        waitUntil([&] { return model.totalCount() >= 0; });
        counted << msSince(timer);
    }
    out << "open: first rows " << ms(median(firstRows)) << " (worst "
        << ms(*std::max_element(firstRows.begin(), firstRows.end())) << "), count " << ms(median(counted)) << " ("
        << rounds << " rounds)" << Qt::endl;
    out << "peak RSS after opening: " << peakRss() << Qt::endl;

    CustomerListModel model(*database, access);
    waitUntil([&] { return !model.isLoading() && model.isRowCountFinal(); });

    // 2. Jumps.
    auto timeJump = [&](const QString& label, const std::function<void()>& ask, int row) {
        QElapsedTimer timer;
        timer.start();
        ask();
        if (!waitUntil([&] { return model.isRowLoaded(row); }))
            out << label << ": timed out" << Qt::endl;
        else
            out << label << ": " << ms(msSince(timer)) << Qt::endl;
    };
    const int last = model.rowCount() - 1;
    timeJump(
        QStringLiteral("jump to last row (by company)"), [&] { model.loadLastRows(); }, last);
    timeJump(
        QStringLiteral("row before the last page (backwards from it)"),
        [&] { model.loadRows(last - CustomerListModel::PageSize, last - CustomerListModel::PageSize); },
        last - CustomerListModel::PageSize);
    timeJump(
        QStringLiteral("jump to the middle (offset)"), [&] { model.loadRows(last / 2, last / 2); }, last / 2);
    timeJump(
        QStringLiteral("jump to a quarter (offset)"), [&] { model.loadRows(last / 4, last / 4); }, last / 4);
    model.sort(CustomerListModel::EmailColumn, Qt::DescendingOrder);
    waitUntil([&] { return !model.isLoading() && model.isRowCountFinal(); });
    timeJump(
        QStringLiteral("jump to last row (by e-mail, descending)"), [&] { model.loadLastRows(); },
        model.rowCount() - 1);
    model.sort(CustomerListModel::CompanyColumn, Qt::AscendingOrder);
    waitUntil([&] { return !model.isLoading() && model.isRowCountFinal(); });

    // 3. Search as you type: each keystroke waits for its first rows (a user typing slower than that).
    QList<QStringList> sequences = {
        {QStringLiteral("a"), QStringLiteral("ac"), QStringLiteral("acm"), QStringLiteral("acme")}};
    for (const QString& word : sampleWords(*database, customers)) {
        QStringList prefixes;
        for (int length = 1; length <= std::min<int>(word.size(), 6); ++length)
            prefixes << word.left(length);
        sequences << prefixes;
    }
    auto typeAll = [&](const QString& title, bool details) {
        QList<double> keystrokes, counts, cpu;
        QStringList texts; // of keystrokes, in the same order
        for (const QStringList& sequence : sequences) {
            QStringList line;
            for (const QString& text : sequence) {
                CustomerListFilter filter;
                filter.search = text;
                QElapsedTimer timer;
                timer.start();
                const double cpuBefore = cpuMs();
                model.setFilter(filter);
                waitUntil([&] { return !model.isLoading(); });
                const double rows = msSince(timer);
                cpu << cpuMs() - cpuBefore;
                waitUntil([&] { return model.totalCount() >= 0 || !model.lastError().isEmpty(); });
                const double count = msSince(timer);
                // And the rest of the first page (the first read may bring a screenful only):
                // the next keystroke starts on an idle model.
                waitUntil([&] {
                    const int rows = std::min(model.rowCount(), CustomerListModel::PageSize);
                    return rows == 0 || model.isRowLoaded(rows - 1) || !model.lastError().isEmpty();
                });
                keystrokes << rows;
                texts << text;
                counts << count;
                line << QStringLiteral("%1: %2 (%3 rows, count %4)")
                            .arg(text, ms(rows))
                            .arg(model.totalCount())
                            .arg(ms(count));
            }
            if (details)
                out << "  " << line.join(QStringLiteral("; ")) << Qt::endl;
        }
        const auto worst = std::max_element(keystrokes.begin(), keystrokes.end());
        const auto slow = std::count_if(keystrokes.begin(), keystrokes.end(), [](double t) { return t >= 50.0; });
        out << title << keystrokes.size() << ", first rows median " << ms(median(keystrokes)) << ", worst "
            << ms(*worst) << " (\"" << texts.at(worst - keystrokes.begin()) << "\"; " << slow
            << " at 50 ms or more) (cpu median " << ms(median(cpu)) << ", worst "
            << ms(*std::max_element(cpu.begin(), cpu.end())) << "); count median " << ms(median(counts)) << ", worst "
            << ms(*std::max_element(counts.begin(), counts.end())) << Qt::endl;
    };
    typeAll(QStringLiteral("search keystrokes: "), true);
    // The same texts again: the connections have read these rows before (on PostgreSQL a new
    // server process pays a page fault for every shared buffer it touches the first time).
    typeAll(QStringLiteral("search keystrokes again: "), false);

    // 4. Scrolling around: memory stays bounded.
    model.setFilter({});
    waitUntil([&] { return !model.isLoading() && model.isRowCountFinal(); });
    QRandomGenerator random(7);
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 200; ++i) {
        const int row = int(random.bounded(model.rowCount()));
        model.loadRows(row, row);
        waitUntil([&] { return model.isRowLoaded(row); });
    }
    out << "200 random pages: " << ms(msSince(scroll) / 200) << " per page" << Qt::endl;
    out << "peak RSS at the end: " << peakRss() << "; load average " << loadAverage() << Qt::endl;
    return 0;
}
