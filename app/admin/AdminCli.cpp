#include "AdminCli.h"

#include "TerminalEcho.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/CsvExporter.h"
#include "services/CsvImporter.h"
#include "services/CustomerListExport.h"
#include "services/DemoSeeder.h"
#include "services/PasswordHasher.h"
#include "services/UserDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

// Parses a subcommand's own options; prints its help and returns false for --help.
bool parseSubcommand(QCommandLineParser& parser, const QString& command, const QString& description,
                     const QStringList& args, QTextStream& out, QTextStream& err, int* exitCode,
                     qsizetype positionalCount = 0)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("collectdesk-admin ") + command} + args)) {
        err << parser.errorText() << Qt::endl << AdminCli::tr("Try: collectdesk-admin %1 --help").arg(command) << Qt::endl;
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the binary by its full path; show the command as it is typed.
        QString help = parser.helpText();
        const int firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help.replace(0, firstLineEnd, AdminCli::tr("Usage: collectdesk-admin [--database URL] %1 [options]").arg(command));
        out << help;
        *exitCode = 0;
        return false;
    }
    if (parser.positionalArguments().size() > positionalCount) {
        err << AdminCli::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(positionalCount))
            << Qt::endl;
        *exitCode = 2;
        return false;
    }
    if (parser.positionalArguments().size() < positionalCount) {
        err << AdminCli::tr("Missing arguments. Try: collectdesk-admin %1 --help").arg(command) << Qt::endl;
        *exitCode = 2;
        return false;
    }
    return true;
}

// "," ";" "|" "tab" or "\\t": the delimiter; 0 for anything else.
char parseDelimiter(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return '\t';
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0) != QLatin1Char('"') &&
        text.at(0) != QLatin1Char('\r') && text.at(0) != QLatin1Char('\n'))
        return char(text.at(0).unicode());
    return 0;
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

} // namespace

AdminCli::AdminCli(QTextStream& out, QTextStream& err, QTextStream& in) : m_out(out), m_err(err), m_in(in) {}

void AdminCli::printUsage() const
{
    m_out << tr("Usage: collectdesk-admin [--database URL] COMMAND [OPTIONS]\n"
                "\n"
                "Administers a CollectDesk database without the GUI.\n"
                "\n"
                "Options:\n"
                "  --database URL   sqlite:/path/file.db or postgresql://user@host:port/dbname\n"
                "                   (default: the embedded database, %1)\n"
                "  -h, --help       show this help; COMMAND --help shows a command's options\n"
                "  -v, --version    show the version\n"
                "\n"
                "Commands:\n"
                "  migrate          create or upgrade the schema\n"
                "  schema-version   print the applied schema version\n"
                "  seed-demo        fill an empty database with demo data and demo users\n"
                "  create-user      create a user; the password is read from standard input\n"
                "  import           import customers or payment records from a CSV file\n"
                "  export           export customers or payment records to a CSV file\n")
                 .arg(Database::defaultSqliteUrl());
    m_out.flush();
}

int AdminCli::usageError(const QString& message) const
{
    m_err << message << Qt::endl << tr("Try: collectdesk-admin --help") << Qt::endl;
    return 2;
}

int AdminCli::failure(const QString& message) const
{
    m_err << tr("error: %1").arg(message) << Qt::endl;
    return 1;
}

int AdminCli::run(const QStringList& arguments)
{
    // Global options come before the command; everything after belongs to the command.
    QStringList args = arguments;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printUsage();
            return 0;
        }
        if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            m_out << "collectdesk-admin " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--database")) {
            if (args.isEmpty())
                return usageError(tr("--database needs a URL."));
            m_databaseUrl = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--database="))) {
            m_databaseUrl = option.mid(11);
        } else {
            return usageError(tr("Unknown option: %1").arg(option));
        }
    }
    if (args.isEmpty()) {
        printUsage();
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("migrate"))
        return runMigrate(args);
    if (command == QLatin1String("schema-version"))
        return runSchemaVersion(args);
    if (command == QLatin1String("seed-demo"))
        return runSeedDemo(args);
    if (command == QLatin1String("create-user"))
        return runCreateUser(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("help")) {
        printUsage();
        return 0;
    }
    return usageError(tr("Unknown command: %1").arg(command));
}

std::unique_ptr<Database> AdminCli::openDatabase()
{
    QString error;
    const QString url = m_databaseUrl.isEmpty() ? Database::defaultSqliteUrl() : m_databaseUrl;
    auto database = Database::open(url, &error);
    if (!database)
        failure(error);
    return database;
}

bool AdminCli::ensureMigrated(Database& database)
{
    Migrator migrator(database);
    QString error;
    if (!migrator.migrate(&error)) {
        failure(error);
        return false;
    }
    return true;
}

int AdminCli::runMigrate(const QStringList& args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("migrate"), tr("Creates or upgrades the database schema. Running it "
                                                               "again on an up-to-date database changes nothing."),
                         args, m_out, m_err, &exitCode))
        return exitCode;
    auto database = openDatabase();
    if (!database)
        return 1;
    Migrator migrator(*database);
    QString error;
    int applied = 0;
    if (!migrator.migrate(&error, &applied))
        return failure(error);
    m_out << tr("Schema at version %1 on %2 (%n migration(s) applied).", nullptr, applied)
                 .arg(migrator.currentVersion())
                 .arg(database->displayName())
          << Qt::endl;
    // Reported, not fatal (exit code 0): databases made by earlier builds must keep working.
    for (const Migrator::Migration& migration : migrator.changedMigrations()) {
        m_err << tr("warning: migration %1 was changed after it was applied to this database (checksum mismatch); "
                    "it was not run again.")
                     .arg(Migrator::fileStem(migration))
              << Qt::endl;
    }
    return 0;
}

int AdminCli::runSchemaVersion(const QStringList& args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("schema-version"),
                         tr("Prints the applied schema version (0 for an empty database)."), args, m_out, m_err,
                         &exitCode))
        return exitCode;
    auto database = openDatabase();
    if (!database)
        return 1;
    Migrator migrator(*database);
    QString error;
    const int version = migrator.currentVersion(&error);
    if (version < 0)
        return failure(error);
    m_out << version << Qt::endl;
    QString newer;
    if (migrator.isNewerThanApp(&newer))
        m_err << tr("warning: %1").arg(newer) << Qt::endl;
    return 0;
}

int AdminCli::runSeedDemo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), tr("Number of customers (default 2000)."),
                                             tr("N"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed; the same seed gives the same data "
                                                                   "(default 42)."),
                                        tr("S"), QStringLiteral("42"));
    parser.addOption(customersOption);
    parser.addOption(seedOption);
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("seed-demo"),
                         tr("Migrates the database if needed and fills it with deterministic demo data in every "
                            "table, plus one demo user per role whose credentials are printed. Refuses a database "
                            "that already holds customers."),
                         args, m_out, m_err, &exitCode))
        return exitCode;
    bool ok = false;
    const int customers = parser.value(customersOption).toInt(&ok);
    if (!ok || customers < 1 || customers > 50'000'000)
        return usageError(tr("--customers must be a whole number from 1 to 50000000."));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed must be a non-negative whole number."));

    auto database = openDatabase();
    if (!database || !ensureMigrated(*database))
        return 1;

    DemoSeeder seeder(*database);
    DemoSeeder::Options options;
    options.customers = customers;
    options.seed = seed;
    DemoSeeder::Result result;
    QString error;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const auto progress = [this, &lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 5 != lastPercent / 5) {
            m_err << tr("seeding… %1%").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    if (!seeder.run(options, &result, &error, progress))
        return failure(error);
    const double seconds = timer.elapsed() / 1000.0;

    m_out << tr("Demo data written to %1 in %2 s.").arg(database->displayName()).arg(seconds, 0, 'f', 1) << Qt::endl;
    qint64 total = 0;
    for (auto it = result.rowCounts.cbegin(); it != result.rowCounts.cend(); ++it) {
        m_out << QStringLiteral("  %1 %2").arg(it.key(), -28).arg(it.value()) << Qt::endl;
        total += it.value();
    }
    m_out << tr("  %1 rows in all").arg(total) << Qt::endl << Qt::endl;
    m_out << tr("Demo accounts (change these passwords before real use):") << Qt::endl;
    for (const auto& account : result.accounts)
        m_out << QStringLiteral("  %1  %2  %3").arg(account.role, -10).arg(account.email, -28).arg(account.password)
              << Qt::endl;
    return 0;
}

QString AdminCli::readPassword(bool confirm, QString* error)
{
    const bool terminal = TerminalEcho::stdinIsTerminal();
    QString password;
    {
        TerminalEcho echoOff;
        if (terminal) {
            m_err << tr("Password: ") << Qt::flush;
        }
        password = m_in.readLine();
        if (terminal)
            m_err << Qt::endl;
        if (confirm && terminal) {
            m_err << tr("Repeat the password: ") << Qt::flush;
            const QString again = m_in.readLine();
            m_err << Qt::endl;
            if (again != password) {
                *error = tr("The passwords do not match.");
                return QString();
            }
        }
    }
    if (password.isNull()) {
        *error = tr("No password on standard input.");
        return QString();
    }
    return password;
}

int AdminCli::runCreateUser(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption emailOption(QStringLiteral("email"), tr("The user's email address (the sign-in name)."),
                                         tr("E"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("admin, manager, collector or auditor."), tr("R"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The user's full name (optional)."), tr("NAME"));
    parser.addOption(emailOption);
    parser.addOption(roleOption);
    parser.addOption(nameOption);
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("create-user"),
                         tr("Creates a user. The password is read from standard input (one line), or asked for "
                            "twice without echo on a terminal; it is never taken from the command line and only "
                            "its Argon2id hash is stored."),
                         args, m_out, m_err, &exitCode))
        return exitCode;
    if (!parser.isSet(emailOption) || !parser.isSet(roleOption))
        return usageError(tr("create-user needs --email and --role."));

    NewUser user;
    user.email = parser.value(emailOption);
    user.role = parser.value(roleOption);
    user.fullName = parser.value(nameOption);
    QString error = UserDirectory::validate(user);
    if (!error.isEmpty())
        return usageError(error);

    auto database = openDatabase();
    if (!database || !ensureMigrated(*database))
        return 1;

    const QString password = readPassword(true, &error);
    if (!error.isEmpty())
        return failure(error);
    error = UserDirectory::validatePassword(password);
    if (!error.isEmpty())
        return failure(error);

    UserDirectory directory(*database);
    const qint64 id = directory.createUser(user, password, &error);
    if (id <= 0)
        return failure(error);
    m_out << tr("Created user %1 (id %2, role %3).").arg(user.email.trimmed().toLower()).arg(id).arg(user.role)
          << Qt::endl;
    return 0;
}

int AdminCli::runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("target"), tr("customers or payments"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"),
                                             tr("What to do with a record whose key (customers: email; payments: "
                                                "invoice number) is already stored: skip (default) or update."),
                                             tr("MODE"), QStringLiteral("skip"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Read and check every record, write nothing to the database."));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("The field delimiter: , ; | or tab (default: detected)."), tr("C"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("auto (default: UTF-8 when the file is valid UTF-8, else Latin-1), "
                                               "utf8 or latin1."),
                                            tr("ENC"), QStringLiteral("auto"));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
                                          tr("Where to write the records that fail, with the reason (default: "
                                             "FILE's name with .errors.csv, next to it)."),
                                          tr("OUT.csv"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         tr("Records per transaction (default %1).").arg(CsvImporter::DefaultBatchSize),
                                         tr("N"), QString::number(CsvImporter::DefaultBatchSize));
    parser.addOptions({duplicateOption, dryRunOption, delimiterOption, encodingOption, errorsOption, batchOption});
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("import"),
                         tr("Imports customers or payment records from a CSV file (RFC 4180; UTF-8 or Latin-1; "
                            "the first line names the columns, which are matched to the fields by name). Every "
                            "record is checked; the ones that fail are written with the reason to the error file, "
                            "which can be fixed and imported again. Payment records name their customer by a "
                            "customer_id or a customer_email column.\n"
                            "Exit status: 0 every record was imported or skipped as a duplicate, 2 some records "
                            "failed (see the error file) or the command line is wrong, 1 the import could not "
                            "run."),
                         args, m_out, m_err, &exitCode, 2))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const ImportTarget* target = ImportTarget::fromName(positional.at(0));
    if (!target)
        return usageError(tr("Import what? Use customers or payments, not %1.").arg(positional.at(0)));
    const QString path = positional.at(1);

    CsvImporter::Options options;
    const QString duplicate = parser.value(duplicateOption);
    if (duplicate == QLatin1String("update"))
        options.onDuplicate = CsvImporter::OnDuplicate::Update;
    else if (duplicate != QLatin1String("skip"))
        return usageError(tr("--on-duplicate must be skip or update."));
    options.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(delimiterOption)) {
        options.delimiter = parseDelimiter(parser.value(delimiterOption));
        if (options.delimiter == 0)
            return usageError(tr("--delimiter must be one character such as , ; | or the word tab."));
    }
    const QString encoding = parser.value(encodingOption).toLower();
    if (encoding == QLatin1String("utf8") || encoding == QLatin1String("utf-8"))
        options.encoding = CsvParser::Encoding::Utf8;
    else if (encoding == QLatin1String("latin1") || encoding == QLatin1String("latin-1"))
        options.encoding = CsvParser::Encoding::Latin1;
    else if (encoding != QLatin1String("auto"))
        return usageError(tr("--encoding must be auto, utf8 or latin1."));
    bool ok = false;
    options.batchSize = parser.value(batchOption).toInt(&ok);
    if (!ok || options.batchSize < 1 || options.batchSize > 50000)
        return usageError(tr("--batch must be a whole number from 1 to 50000."));
    if (parser.isSet(errorsOption)) {
        options.errorFilePath = parser.value(errorsOption);
    } else {
        const QFileInfo info(path);
        options.errorFilePath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".errors.csv"));
    }
    if (!QFileInfo(path).isFile())
        return failure(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));

    auto database = openDatabase();
    if (!database || !ensureMigrated(*database))
        return 1;

    CsvImporter importer(*database, AccessContext::system(), *target);
    int lastStep = -1;
    const auto progress = [this, &lastStep](const ImportSummary& soFar) {
        const int percent = soFar.bytesTotal > 0 ? int(soFar.bytesRead * 100 / soFar.bytesTotal) : 100;
        if (percent / 5 != lastStep) {
            lastStep = percent / 5;
            m_err << tr("importing… %1% (%2 records: %3 created, %4 updated, %5 skipped, %6 failed)")
                         .arg(percent)
                         .arg(soFar.total)
                         .arg(soFar.created)
                         .arg(soFar.updated)
                         .arg(soFar.skippedDuplicates)
                         .arg(soFar.failed)
                  << Qt::endl;
        }
        return true;
    };
    const ImportSummary summary = importer.run(path, options, progress);
    if (summary.total == 0 && !summary.fatalError.isEmpty())
        return failure(summary.fatalError);

    m_out << (summary.dryRun ? tr("Dry run of %1 into %2 (nothing was written): %3 s.")
                             : tr("Imported %1 into %2 in %3 s."))
                 .arg(summary.fileName, target->title())
                 .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
          << Qt::endl;
    m_out << tr("  encoding %1, delimiter %2").arg(summary.encodingName, delimiterName(summary.delimiter)) << Qt::endl;
    m_out << tr("  records   %1").arg(summary.total) << Qt::endl;
    m_out << tr("  created   %1").arg(summary.created) << Qt::endl;
    m_out << tr("  updated   %1").arg(summary.updated) << Qt::endl;
    m_out << tr("  skipped   %1 (duplicates)").arg(summary.skippedDuplicates) << Qt::endl;
    m_out << tr("  failed    %1").arg(summary.failed) << Qt::endl;
    if (!summary.errorFilePath.isEmpty())
        m_out << tr("The %n failed record(s) are in %1 with the reason; fix them there and import that file again.",
                    nullptr, int(summary.errorRows))
                     .arg(QDir::toNativeSeparators(summary.errorFilePath))
              << Qt::endl;
    int shown = 0;
    for (const ImportSummary::Issue& issue : summary.issues) {
        if (!issue.failed)
            continue;
        if (shown++ == 0)
            m_err << tr("Problems:") << Qt::endl;
        if (shown > 20) {
            m_err << tr("  … see the error file for the rest.") << Qt::endl;
            break;
        }
        m_err << QStringLiteral("  ") << issue.message << Qt::endl;
    }
    if (!summary.fatalError.isEmpty()) {
        if (summary.notProcessedFromLine > 0)
            m_err << tr("The records from line %1 on were not processed.").arg(summary.notProcessedFromLine)
                  << Qt::endl;
        return failure(summary.fatalError);
    }
    return summary.failed > 0 ? 2 : 0;
}

int AdminCli::runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("target"), tr("customers or payments"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write (replaced when it exists)."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        tr("Only rows matching this text (customers: the customer list's search over company, contact, email and "
           "phone; payments: containing it in invoice number or description)."),
        tr("TEXT"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        tr("Customers only: the order, as the customer list sorts: id (the default), "
                                           "company_name or email."),
                                        tr("COLUMN"));
    const QCommandLineOption descendingOption(QStringLiteral("descending"),
                                              tr("Customers only: sort descending (with --sort)."));
    const QCommandLineOption listColumnsOption(
        QStringLiteral("list-columns"),
        tr("Customers only: add the customer list's columns risk_level, do_not_contact, holds, outstanding and "
           "overdue."));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("The field delimiter: , ; | or tab (default ,)."), tr("C"),
                                             QStringLiteral(","));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       tr("Start the file with a UTF-8 byte order mark (for Excel on Windows)."));
    parser.addOptions({searchOption, sortOption, descendingOption, listColumnsOption, delimiterOption, bomOption});
    int exitCode = 0;
    if (!parseSubcommand(parser, QStringLiteral("export"),
                         tr("Exports customers or payment records to a CSV file (UTF-8, RFC 4180), one row per "
                            "record with the column names as header, in a form the import reads back. Values a "
                            "spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe."),
                         args, m_out, m_err, &exitCode, 2))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const ImportTarget* target = ImportTarget::fromName(positional.at(0));
    if (!target)
        return usageError(tr("Export what? Use customers or payments, not %1.").arg(positional.at(0)));
    const char delimiter = parseDelimiter(parser.value(delimiterOption));
    if (delimiter == 0)
        return usageError(tr("--delimiter must be one character such as , ; | or the word tab."));
    const bool customers = target->kind() == ImportTarget::Kind::Customers;
    for (const QCommandLineOption* option : {&sortOption, &descendingOption, &listColumnsOption}) {
        if (!customers && parser.isSet(*option))
            return usageError(tr("--%1 is for customers only.").arg(option->names().constFirst()));
    }
    if (parser.isSet(descendingOption) && !parser.isSet(sortOption))
        return usageError(tr("--descending needs --sort COLUMN."));

    auto database = openDatabase();
    if (!database || !ensureMigrated(*database))
        return 1;

    CsvExporter::Options options;
    options.csv.delimiter = QLatin1Char(delimiter);
    options.csv.byteOrderMark = parser.isSet(bomOption);
    CustomerListSort sort;
    if (parser.isSet(sortOption)) {
        sort.column = parser.value(sortOption).trimmed();
        sort.order = parser.isSet(descendingOption) ? Qt::DescendingOrder : Qt::AscendingOrder;
        const QStringList sortable = CustomerListExport::sortableColumns(*database);
        if (!sortable.contains(sort.column))
            return usageError(tr("--sort: the customer list cannot be sorted by \"%1\". Use one of: %2.")
                                  .arg(sort.column, sortable.join(QStringLiteral(", "))));
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const auto progress = [this, &lastReport](qint64 rows) {
        if (rows - lastReport >= 50000) {
            lastReport = rows;
            m_err << tr("exporting… %1 rows").arg(rows) << Qt::endl;
        }
        return true;
    };
    CsvExporter::Result result;
    if (customers) {
        // Exactly the customer list's customers for the search, in its order (CustomerListExport).
        CustomerListExport exporter(*database, AccessContext::system());
        exporter.setOptions(options);
        exporter.setSort(sort);
        exporter.setIncludeListColumns(parser.isSet(listColumnsOption));
        CustomerListFilter filter;
        filter.search = parser.value(searchOption);
        result = exporter.exportTo(filter, positional.at(1), progress);
    } else {
        CsvExporter exporter(*database, AccessContext::system(), target->table());
        exporter.setOptions(options);
        CsvExporter::Filter filter;
        filter.searchText = parser.value(searchOption);
        result = exporter.exportTo(filter, positional.at(1), progress);
    }
    if (!result.ok)
        return failure(result.error);
    m_out << tr("Exported %1 rows of %2 to %3 in %4 s.")
                 .arg(result.rows)
                 .arg(target->title(), QDir::toNativeSeparators(positional.at(1)))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}
