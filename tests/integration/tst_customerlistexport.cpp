#include "TestDatabase.h"
#include "core/Money.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/CsvImporter.h"
#include "services/CustomerHold.h"
#include "services/CustomerListExport.h"
#include "services/CustomerListQuery.h"
#include "services/ImportTarget.h"
#include "services/PermissionService.h"
#include "tables/CustomerListModel.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

// CustomerListExport on both engines: for the search and every filter of the customer list (and
// a combination) the exported customers are exactly those the list's condition selects (the
// same ids, as many as CustomerListQuery::countQuery counts, and the customers the fixture says),
// read over several keyset pages; without a sort and the list's columns the file is byte for byte
// what CsvExporter writes for the list's condition (the export before sorting existed); sorted,
// the rows come in the list's order (CustomerListModel's, and ORDER BY's, NULL e-mails included)
// with and without a search; the list's computed columns are what the list shows for the same
// customers (risk, do-not-contact, holds, balances in two currencies), also beyond one details
// query's ids; the importer ignores them; a column the list cannot sort by is refused; refused
// without the export right; a cancelled export leaves no file.

namespace {

struct Invoice
{
    qint64 amount; // minor units
    qint64 paid;   // minor units
    QString status;
    int dueInDays; // relative to today (negative: in the past)
};

} // namespace

class TestCustomerListExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_lastError;
    QMap<QString, qint64> m_ids; // company name -> id
    int m_invoiceNumber = 0;

    Database& database() { return m_db->database(); }
    const Dialect& dialect() { return database().dialect(); }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        return m_db->exec(sql, values, &m_lastError);
    }

    QList<qint64> ids(const QString& sql, const QVariantList& values = {})
    {
        return m_db->ids(sql, values, &m_lastError);
    }

    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    }

    bool addCustomer(const QString& company, const QString& contact, const QString& email, const QString& phone,
                     const QString& timeZone)
    {
        if (!exec(QStringLiteral("INSERT INTO customers (company_name, contact_name, email, phone, time_zone) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {text(company), text(contact), text(email), text(phone), text(timeZone)}))
            return false;
        m_ids.insert(company, ids(QStringLiteral("SELECT MAX(id) FROM customers")).value(0));
        return true;
    }

    bool addProfile(const QString& company, const QString& risk, bool doNotContact, const QStringList& holds = {})
    {
        QStringList columns = {QStringLiteral("customer_id"), QStringLiteral("risk_level"),
                               QStringLiteral("do_not_contact")};
        QVariantList values = {m_ids.value(company), risk, dialect().boolToSql(doNotContact)};
        for (const QString& hold : holds) {
            columns << hold + QStringLiteral("_hold_at");
            values << dialect().timestampToSql(QDateTime::currentDateTimeUtc());
        }
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        return exec(QStringLiteral("INSERT INTO customer_profiles (%1) VALUES (%2)")
                        .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                    values);
    }

    bool addInvoice(const QString& company, const Invoice& invoice, const QString& currency = QStringLiteral("USD"))
    {
        const QDate today = CustomerListQuery::utcToday();
        return exec(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, amount_paid, "
                                   "currency, due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {m_ids.value(company), QStringLiteral("INV-%1").arg(++m_invoiceNumber),
                     dialect().moneyToSql(Money(invoice.amount, currency)),
                     dialect().moneyToSql(Money(invoice.paid, currency)), currency,
                     dialect().dateToSql(today.addDays(invoice.dueInDays)), invoice.status});
    }

    bool addFixture()
    {
        const QString none;
        const QString acme = QStringLiteral("Acme Corporation"), widgets = QStringLiteral("Acme Widgets"),
                      mueller = QStringLiteral("Müller GmbH"), bakery = QStringLiteral("Berlin Bakery"),
                      zenith = QStringLiteral("Zenith AG"), quiet = QStringLiteral("Quiet Ltd"),
                      holds = QStringLiteral("Hold Everything Inc");
        return addCustomer(acme, QStringLiteral("Wile Coyote"), QStringLiteral("wile@acme.example"),
                           QStringLiteral("+14155550123"), QStringLiteral("America/Los_Angeles")) &&
               addCustomer(widgets, QStringLiteral("Road Runner"), QStringLiteral("beep@widgets.example"),
                           QStringLiteral("+14155550999"), QStringLiteral("America/New_York")) &&
               addCustomer(mueller, QStringLiteral("Jürgen Müller"), QStringLiteral("j@mueller.example"),
                           QStringLiteral("+4930123456"), QStringLiteral("Europe/Berlin")) &&
               addCustomer(bakery, QStringLiteral("Anna Acmeson"), QStringLiteral("anna@bakery.example"), none,
                           QStringLiteral("Europe/Berlin")) &&
               addCustomer(zenith, none, QStringLiteral("info@zenith.example"), none,
                           QStringLiteral("Europe/Berlin")) &&
               addCustomer(quiet, QStringLiteral("Sam Silent"), none, none, QStringLiteral("UTC")) &&
               addCustomer(holds, QStringLiteral("Holly Day"), QStringLiteral("holly@holds.example"), none,
                           QStringLiteral("America/Los_Angeles")) &&
               addProfile(acme, QStringLiteral("high"), false) &&
               addProfile(widgets, QStringLiteral("low"), true, {QStringLiteral("dispute")}) &&
               addProfile(mueller, QStringLiteral("critical"), false, {QStringLiteral("bankruptcy")}) &&
               addProfile(bakery, QStringLiteral("medium"), false) &&
               // Zenith AG has no profile.
               addProfile(quiet, QStringLiteral("low"), true) &&
               addProfile(holds, QStringLiteral("high"), false,
                          {QStringLiteral("hardship"), QStringLiteral("deceased")}) &&
               addInvoice(acme, {10000, 0, QStringLiteral("pending"), -10}) &&        // overdue
               addInvoice(widgets, {20000, 0, QStringLiteral("pending"), 10}) &&      // not yet due
               addInvoice(mueller, {50000, 10000, QStringLiteral("overdue"), -30}) && // overdue, part paid
               addInvoice(bakery, {30000, 30000, QStringLiteral("paid"), -40}) &&     // paid
               addInvoice(zenith, {40000, 0, QStringLiteral("disputed"), -5}) &&      // disputed: not outstanding
               addInvoice(holds, {20000, 5000, QStringLiteral("partial"), -1}) &&     // overdue
               addInvoice(holds, {20000, 20000, QStringLiteral("pending"), -3});      // nothing unpaid
    }

    // Parses an export: the header and every record's fields; false on a broken record.
    static bool parseRecords(const QByteArray& data, QStringList* header, QList<QStringList>* records)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        bool first = true;
        while (auto record = parser.next()) {
            if (!record->error.isEmpty())
                return false;
            if (first)
                *header = record->fields;
            else
                *records << record->fields;
            first = false;
        }
        return !first;
    }

    // The export with a sort and the list's columns or not; page size 2 unless said.
    QByteArray exportSorted(const CustomerListFilter& filter, const CustomerListSort& sort, bool listColumns,
                            CsvExporter::Result* result, int pageSize = 2)
    {
        CustomerListExport exporter(database(), AccessContext::system());
        exporter.setPageSize(pageSize);
        exporter.setSort(sort);
        exporter.setIncludeListColumns(listColumns);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        *result = exporter.exportTo(filter, &buffer, {}, CustomerListQuery::utcToday());
        return buffer.data();
    }

    // The rows the customer list (CustomerListModel, its workers and fetcher) shows for a filter
    // and order, every page read; empty with *error on failure.
    QList<CustomerListRow> listRows(const CustomerListFilter& filter, int column, Qt::SortOrder order, QString* error)
    {
        CustomerListModel model(database(), AccessContext::system());
        model.setFilter(filter);
        model.sort(column, order);
        const bool done = QTest::qWaitFor(
            [&model] {
                if (!model.lastError().isEmpty())
                    return true;
                if (model.isLoading() || !model.isRowCountFinal())
                    return false;
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (!model.isRowLoaded(row)) {
                        model.loadRows(row, model.rowCount() - 1);
                        return false;
                    }
                }
                return true;
            },
            20000);
        QList<CustomerListRow> rows;
        if (!done || !model.lastError().isEmpty()) {
            *error = done ? model.lastError() : QStringLiteral("the list did not load");
            return rows;
        }
        if (model.sortColumn() != column || model.sortOrder() != order) {
            *error = QStringLiteral("the list did not sort by column %1").arg(column);
            return rows;
        }
        for (int row = 0; row < model.rowCount(); ++row)
            rows << *model.customer(row);
        return rows;
    }

    static QString amounts(const QList<Money>& list)
    {
        QStringList parts;
        for (const Money& amount : list)
            parts << amount.toDecimalString() + QLatin1Char(' ') + amount.currency();
        return parts.join(QStringLiteral("; "));
    }

    // More customers for the orders: a company name twice (ties by id) and NULL e-mails, some
    // found by the search "acme".
    bool addOrderFixture()
    {
        const QString none;
        return addCustomer(QStringLiteral("Acme Corporation"), QStringLiteral("Second Branch"),
                           QStringLiteral("second@acme.example"), none, QStringLiteral("UTC")) &&
               addCustomer(QStringLiteral("Acme Null Mail"), QStringLiteral("No Mail"), none, none,
                           QStringLiteral("UTC")) &&
               addCustomer(QStringLiteral("Aaron Null"), QStringLiteral("Also No Mail"), none, none,
                           QStringLiteral("UTC")) &&
               addCustomer(QStringLiteral("acme lower case"), none, QStringLiteral("Lower@Acme.example"), none,
                           QStringLiteral("UTC"));
    }

    // Parses an export: the header, then each row's id and company name.
    static bool parseExport(const QByteArray& data, QStringList* header, QList<qint64>* ids, QStringList* companies)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvParser parser(&buffer);
        bool first = true;
        int idColumn = -1, companyColumn = -1;
        while (auto record = parser.next()) {
            if (!record->error.isEmpty())
                return false;
            if (first) {
                *header = record->fields;
                idColumn = int(header->indexOf(QStringLiteral("id")));
                companyColumn = int(header->indexOf(QStringLiteral("company_name")));
                if (idColumn < 0 || companyColumn < 0)
                    return false;
                first = false;
                continue;
            }
            bool ok = false;
            *ids << record->fields.value(idColumn).toLongLong(&ok);
            if (!ok)
                return false;
            *companies << record->fields.value(companyColumn);
        }
        return !first;
    }

    QByteArray exportList(const CustomerListFilter& filter, CsvExporter::Result* result, AccessContextPtr access,
                          int pageSize = 2, const CsvExporter::Progress& progress = {})
    {
        CustomerListExport exporter(database(), std::move(access));
        exporter.setPageSize(pageSize);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        *result = exporter.exportTo(filter, &buffer, progress, CustomerListQuery::utcToday());
        return buffer.data();
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    struct Case
    {
        QString name;
        CustomerListFilter filter;
        QStringList expected; // company names
    };

    // The search and each filter of the list, alone and together, with the customers they select.
    static QList<Case> cases()
    {
        using Choice = CustomerListFilter::Choice;
        const QString acme = QStringLiteral("Acme Corporation"), widgets = QStringLiteral("Acme Widgets"),
                      mueller = QStringLiteral("Müller GmbH"), bakery = QStringLiteral("Berlin Bakery"),
                      zenith = QStringLiteral("Zenith AG"), quiet = QStringLiteral("Quiet Ltd"),
                      holds = QStringLiteral("Hold Everything Inc");
        QList<Case> result;
        const auto add = [&result](const char* name, const std::function<void(CustomerListFilter&)>& set,
                                   const QStringList& expected) {
            CustomerListFilter filter;
            set(filter);
            result.append({QString::fromUtf8(name), filter, expected});
        };
        add("everything", [](CustomerListFilter&) {}, {acme, widgets, mueller, bakery, zenith, quiet, holds});
        add("search company, contact and e-mail", [](CustomerListFilter& f) { f.search = QStringLiteral("acme"); },
            {acme, widgets, bakery});
        add("search two words", [](CustomerListFilter& f) { f.search = QStringLiteral("ACME wid"); }, {widgets});
        add("search phone", [](CustomerListFilter& f) { f.search = QStringLiteral("+1 (415) 555-0123"); }, {acme});
        add("search without match", [](CustomerListFilter& f) { f.search = QStringLiteral("zzzz"); }, {});
        add("risk high", [](CustomerListFilter& f) { f.riskLevels = {QStringLiteral("high")}; }, {acme, holds});
        add("risk low or medium",
            [](CustomerListFilter& f) {
                f.riskLevels = {QStringLiteral("low"), QStringLiteral("medium")};
            },
            {widgets, bakery, quiet});
        add("on hold", [](CustomerListFilter& f) { f.onHold = Choice::Yes; }, {widgets, mueller, holds});
        add("no hold", [](CustomerListFilter& f) { f.onHold = Choice::No; }, {acme, bakery, zenith, quiet});
        add("overdue", [](CustomerListFilter& f) { f.overdue = Choice::Yes; }, {acme, mueller, holds});
        add("nothing overdue", [](CustomerListFilter& f) { f.overdue = Choice::No; }, {widgets, bakery, zenith, quiet});
        add("do not contact", [](CustomerListFilter& f) { f.doNotContact = Choice::Yes; }, {widgets, quiet});
        add("may contact", [](CustomerListFilter& f) { f.doNotContact = Choice::No; },
            {acme, mueller, bakery, zenith, holds});
        add("time zone", [](CustomerListFilter& f) { f.timeZone = QStringLiteral("Europe/Berlin"); },
            {mueller, bakery, zenith});
        add("search and filters together",
            [](CustomerListFilter& f) {
                f.search = QStringLiteral("acme");
                f.overdue = Choice::Yes;
                f.doNotContact = Choice::No;
                f.timeZone = QStringLiteral("America/Los_Angeles");
            },
            {acme});
        add("filters together",
            [](CustomerListFilter& f) {
                f.riskLevels = {QStringLiteral("high"), QStringLiteral("critical")};
                f.onHold = Choice::Yes;
                f.overdue = Choice::Yes;
            },
            {mueller, holds});
        return result;
    }

    // One database for every case (a migrated database per case would make the test slow).
    void checkCase(const Case& c)
    {
        const QDate today = CustomerListQuery::utcToday();

        // The export hands over the list's condition unchanged.
        const CsvExporter::Filter exporterFilter = CustomerListExport::exporterFilter(c.filter, dialect(), today);
        const CustomerListQuery::Condition listCondition = CustomerListQuery::condition(c.filter, dialect(), today);
        QCOMPARE(exporterFilter.condition, listCondition.sql);
        QCOMPARE(exporterFilter.values, listCondition.values);

        // Page size 2: the keyset walk and the condition's values are bound together on every page.
        CsvExporter::Result result;
        const QByteArray data = exportList(c.filter, &result, AccessContext::system());
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList header, companies;
        QList<qint64> exported;
        QVERIFY2(parseExport(data, &header, &exported, &companies), data.constData());
        QCOMPARE(header, CustomerListExport(database(), AccessContext::system()).header());
        QCOMPARE(result.rows, qint64(exported.size()));

        // The same ids as the list's condition selects, in id order...
        const QList<qint64> selected =
            ids(QStringLiteral("SELECT id FROM customers") +
                    (listCondition.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + listCondition.sql) +
                    QStringLiteral(" ORDER BY id"),
                listCondition.values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        QCOMPARE(exported, selected);

        // ... as many as the list counts...
        const CustomerListQuery::Condition count = CustomerListQuery::countQuery(c.filter, dialect(), today);
        const QList<qint64> counted = ids(count.sql, count.values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        QCOMPARE(counted.value(0, -1), qint64(exported.size()));

        // ... and the customers the fixture says.
        QCOMPARE(sorted(companies), sorted(c.expected));
        QList<qint64> expectedIds;
        for (const QString& company : c.expected)
            expectedIds << m_ids.value(company);
        std::sort(expectedIds.begin(), expectedIds.end());
        QCOMPARE(exported, expectedIds);
    }

    // The list's sortable orders (sort column -1: id) and their reference ORDER BY.
    struct OrderCase
    {
        int column;
        Qt::SortOrder order;
        QString orderBy;
    };

    static QList<OrderCase> orderCases()
    {
        const QString nullsLast = QStringLiteral("CASE WHEN email IS NULL THEN 1 ELSE 0 END, email, id");
        const QString nullsFirst = QStringLiteral("CASE WHEN email IS NULL THEN 0 ELSE 1 END, email DESC, id DESC");
        return {{-1, Qt::AscendingOrder, QStringLiteral("id")},
                {CustomerListModel::CompanyColumn, Qt::AscendingOrder, QStringLiteral("company_name, id")},
                {CustomerListModel::CompanyColumn, Qt::DescendingOrder, QStringLiteral("company_name DESC, id DESC")},
                {CustomerListModel::EmailColumn, Qt::AscendingOrder, nullsLast},
                {CustomerListModel::EmailColumn, Qt::DescendingOrder, nullsFirst}};
    }

    // One order, with or without a search: the list's order equals the reference, and the export
    // equals the list's order whatever the page size and columns.
    void checkOrder(const OrderCase& c, const QString& search)
    {
        CustomerListFilter filter;
        filter.search = search;
        QString error;
        const QList<CustomerListRow> listed = listRows(filter, c.column, c.order, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> listOrder;
        for (const CustomerListRow& row : listed)
            listOrder << row.id;
        const CustomerListQuery::Condition condition =
            CustomerListQuery::condition(filter, dialect(), CustomerListQuery::utcToday());
        const QList<qint64> reference =
            ids(QStringLiteral("SELECT id FROM customers") +
                    (condition.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql) +
                    QStringLiteral(" ORDER BY ") + c.orderBy,
                condition.values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        QCOMPARE(listOrder, reference);
        QVERIFY(listOrder.size() >= (search.isEmpty() ? 11 : 6));

        CustomerListSort sort;
        sort.column = c.column >= 0 ? CustomerListModel::columnName(c.column) : QStringLiteral("id");
        sort.order = c.order;
        // Pages of 1, 2 and 3 rows: the NULL e-mails start at a page's start and in its middle.
        for (int pageSize : {1, 2, 3, 1000}) {
            for (bool listColumns : {false, true}) {
                CsvExporter::Result result;
                const QByteArray data = exportSorted(filter, sort, listColumns, &result, pageSize);
                QVERIFY2(result.ok, qPrintable(result.error));
                QStringList header, companies;
                QList<qint64> exported;
                QVERIFY2(parseExport(data, &header, &exported, &companies), data.constData());
                QCOMPARE(exported, listOrder);
                QCOMPARE(result.rows, qint64(listOrder.size()));
            }
        }
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }

    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_ids.clear();
        m_invoiceNumber = 0;
        QVERIFY2(addFixture(), qPrintable(m_lastError));
    }

    void cleanup() { m_db.reset(); }

    void exportsExactlyTheListsCustomers()
    {
        const QList<Case> all = cases();
        QCOMPARE(all.size(), 16);
        for (const Case& c : all) {
            checkCase(c);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("in the case \"%1\"").arg(c.name)));
        }
    }

    void exportsManyPagesAndReportsProgress()
    {
        {
            Transaction transaction(database());
            QSqlQuery query(database().connection());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES (?, ?)")));
            for (int i = 0; i < 250; ++i) {
                query.addBindValue(QStringLiteral("Bulk %1").arg(i, 3, 10, QLatin1Char('0')));
                query.addBindValue(i % 2 ? QStringLiteral("Europe/Berlin") : QStringLiteral("UTC"));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(transaction.commit());
        }
        CustomerListFilter filter;
        filter.timeZone = QStringLiteral("Europe/Berlin");
        QList<qint64> progress;
        CsvExporter::Result result;
        const QByteArray data = exportList(filter, &result, AccessContext::system(), 50, [&progress](qint64 rows) {
            progress << rows;
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, qint64(125 + 3));
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last(), result.rows);
        QStringList header, companies;
        QList<qint64> exported;
        QVERIFY(parseExport(data, &header, &exported, &companies));
        QCOMPARE(qint64(exported.size()), result.rows);
        const CustomerListQuery::Condition count =
            CustomerListQuery::countQuery(filter, dialect(), CustomerListQuery::utcToday());
        QCOMPARE(ids(count.sql, count.values).value(0, -1), result.rows);
    }

    void refusedWithoutTheExportRight()
    {
        auto permissions = std::make_shared<PermissionService>(database());
        for (const QString& role : {QStringLiteral("collector"), QStringLiteral("auditor")}) {
            const AccessContextPtr access = AccessContext::forUser(permissions, 0, role);
            CustomerListExport exporter(database(), access);
            QVERIFY(!exporter.canExport());
            QCOMPARE(exporter.refusal(),
                     access->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Export));
            CsvExporter::Result result;
            const QByteArray data = exportList(CustomerListFilter(), &result, access);
            QVERIFY(!result.ok);
            QCOMPARE(result.error, exporter.refusal());
            QVERIFY(data.isEmpty()); // not even the header

            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("refused.csv"));
            const CsvExporter::Result toFile = exporter.exportTo(CustomerListFilter(), path);
            QVERIFY(!toFile.ok);
            QVERIFY(!QFile::exists(path));
        }
        const AccessContextPtr manager = AccessContext::forUser(permissions, 0, QStringLiteral("manager"));
        CsvExporter::Result result;
        exportList(CustomerListFilter(), &result, manager);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, qint64(m_ids.size()));
    }

    void cancelledExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
        CustomerListExport exporter(database(), AccessContext::system());
        exporter.setPageSize(2);
        const CsvExporter::Result result = exporter.exportTo(CustomerListFilter(), path, [](qint64) { return false; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.rows, qint64(2));
        QVERIFY(!QFile::exists(path));

        const CsvExporter::Result complete = exporter.exportTo(CustomerListFilter(), path);
        QVERIFY2(complete.ok, qPrintable(complete.error));
        QVERIFY(QFile::exists(path));
    }

    void defaultExportIsWhatCsvExporterWroteBefore()
    {
        // Without a sort and without the list's columns the export is the one of before: CsvExporter
        // over the customers table with the list's condition, in id order, byte for byte, with
        // any page size and the CSV and header options.
        QVERIFY2(addOrderFixture(), qPrintable(m_lastError));
        CsvExporter::Options options;
        options.csv.byteOrderMark = true;
        options.csv.delimiter = QLatin1Char(';');
        for (const CsvExporter::Options& variant : {CsvExporter::Options(), options}) {
            for (bool translated : {false, true}) {
                CsvExporter::Options o = variant;
                o.translatedHeaders = translated;
                for (const Case& c : cases()) {
                    for (int pageSize : {1, 3, 100}) {
                        CsvExporter before(database(), AccessContext::system(), CustomerListExport::table());
                        before.setOptions(o);
                        before.setPageSize(pageSize);
                        QBuffer expected;
                        expected.open(QIODevice::WriteOnly);
                        const CsvExporter::Result old = before.exportTo(
                            CustomerListExport::exporterFilter(c.filter, dialect(), CustomerListQuery::utcToday()),
                            &expected);
                        QVERIFY2(old.ok, qPrintable(old.error));

                        CustomerListExport exporter(database(), AccessContext::system());
                        QCOMPARE(exporter.sort(), CustomerListSort());
                        QVERIFY(!exporter.includeListColumns());
                        exporter.setOptions(o);
                        exporter.setPageSize(pageSize);
                        QBuffer actual;
                        actual.open(QIODevice::WriteOnly);
                        QList<qint64> progress;
                        const CsvExporter::Result now = exporter.exportTo(c.filter, &actual, [&progress](qint64 rows) {
                            progress << rows;
                            return true;
                        });
                        QVERIFY2(now.ok, qPrintable(now.error));
                        QCOMPARE(now.rows, old.rows);
                        QVERIFY2(actual.data() == expected.data(),
                                 qPrintable(c.name + QStringLiteral(":\n") + QString::fromUtf8(actual.data()) +
                                            QStringLiteral("\nexpected:\n") + QString::fromUtf8(expected.data())));
                        QCOMPARE(exporter.header(), before.header());
                        QCOMPARE(progress.size(), int(old.rows / pageSize) + 1); // after each full page, then once
                        QCOMPARE(progress.last(), old.rows);
                    }
                }
            }
        }
    }

    void exportsInTheListsOrder()
    {
        QVERIFY2(addOrderFixture(), qPrintable(m_lastError));
        for (const QString& search : {QString(), QStringLiteral("acme")}) {
            for (const OrderCase& c : orderCases()) {
                checkOrder(c, search);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("sorted by %1 with the search \"%2\"").arg(c.orderBy, search)));
            }
        }
    }

    void listColumnsAreWhatTheListShows()
    {
        // A second currency, holds and do-not-contact: the fixture's profiles and invoices.
        QVERIFY2(addInvoice(QStringLiteral("Acme Corporation"), {2050, 0, QStringLiteral("pending"), 5},
                            QStringLiteral("EUR")),
                 qPrintable(m_lastError));
        QVERIFY2(addInvoice(QStringLiteral("Acme Corporation"), {1000, 250, QStringLiteral("partial"), -2},
                            QStringLiteral("EUR")),
                 qPrintable(m_lastError));
        for (const QString& search : {QString(), QStringLiteral("acme")}) {
            CustomerListFilter filter;
            filter.search = search;
            QString error;
            const QList<CustomerListRow> listed =
                listRows(filter, CustomerListModel::CompanyColumn, Qt::AscendingOrder, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            CsvExporter::Result result;
            const QByteArray data =
                exportSorted(filter, {QStringLiteral("company_name"), Qt::AscendingOrder}, true, &result);
            QVERIFY2(result.ok, qPrintable(result.error));
            QStringList header;
            QList<QStringList> records;
            QVERIFY2(parseRecords(data, &header, &records), data.constData());
            CustomerListExport exporter(database(), AccessContext::system());
            exporter.setIncludeListColumns(true);
            QCOMPARE(header, exporter.header());
            QCOMPARE(header.mid(header.size() - 5), CustomerListExport::listColumns());
            QCOMPARE(records.size(), listed.size());
            const auto at = [&header](const QStringList& record, const char* column) {
                return record.value(header.indexOf(QLatin1String(column)));
            };
            for (int i = 0; i < records.size(); ++i) {
                const QStringList& record = records.at(i);
                const CustomerListRow& row = listed.at(i);
                QCOMPARE(at(record, "id").toLongLong(), row.id);
                QCOMPARE(at(record, "risk_level"), row.riskLevel);
                QCOMPARE(at(record, "do_not_contact"),
                         row.doNotContact ? QStringLiteral("true") : QStringLiteral("false"));
                QStringList holds;
                for (const QString& kind : row.holds)
                    holds << CustomerHold::titleForKey(kind);
                QCOMPARE(at(record, "holds"), holds.join(QStringLiteral("; ")));
                QCOMPARE(at(record, "outstanding"), amounts(row.outstanding));
                QCOMPARE(at(record, "overdue"), amounts(row.overdue));
            }
            // And what that is, spelled out: exact decimals per currency, never a double.
            const auto recordOf = [&](const QString& company) {
                for (const QStringList& record : records) {
                    if (at(record, "company_name") == company)
                        return record;
                }
                return QStringList();
            };
            const QStringList acme = recordOf(QStringLiteral("Acme Corporation"));
            QCOMPARE(at(acme, "risk_level"), QStringLiteral("high"));
            QCOMPARE(at(acme, "do_not_contact"), QStringLiteral("false"));
            QCOMPARE(at(acme, "holds"), QString());
            QCOMPARE(at(acme, "outstanding"), QStringLiteral("28.00 EUR; 100.00 USD"));
            QCOMPARE(at(acme, "overdue"), QStringLiteral("7.50 EUR; 100.00 USD"));
            const QStringList widgets = recordOf(QStringLiteral("Acme Widgets"));
            QCOMPARE(at(widgets, "do_not_contact"), QStringLiteral("true"));
            QCOMPARE(at(widgets, "holds"), CustomerHold::titleForKey(QStringLiteral("dispute")));
            QCOMPARE(at(widgets, "outstanding"), QStringLiteral("200.00 USD"));
            QCOMPARE(at(widgets, "overdue"), QString());
            if (search.isEmpty()) {
                const QStringList holds = recordOf(QStringLiteral("Hold Everything Inc"));
                QCOMPARE(at(holds, "holds"), CustomerHold::titleForKey(QStringLiteral("deceased")) +
                                                 QStringLiteral("; ") +
                                                 CustomerHold::titleForKey(QStringLiteral("hardship")));
                QCOMPARE(at(holds, "outstanding"), QStringLiteral("150.00 USD"));
                const QStringList zenith = recordOf(QStringLiteral("Zenith AG")); // no profile
                QCOMPARE(at(zenith, "risk_level"), QString());
                QCOMPARE(at(zenith, "do_not_contact"), QStringLiteral("false"));
                QCOMPARE(at(zenith, "outstanding"), QString());
            }
        }

        // Translated headers: the titles, the values unchanged.
        CustomerListExport translated(database(), AccessContext::system());
        CsvExporter::Options options;
        options.translatedHeaders = true;
        translated.setOptions(options);
        translated.setIncludeListColumns(true);
        QStringList titles;
        for (const QString& column : CustomerListExport::listColumns())
            titles << CustomerListExport::listColumnTitle(column);
        QCOMPARE(translated.header().mid(translated.header().size() - 5), titles);
        QVERIFY(!titles.contains(QStringLiteral("risk_level")));
    }

    void listColumnsOfPagesLargerThanOneDetailsQuery()
    {
        // 2,400 more customers sorting before most of the fixture: one page of 3,000 rows needs three
        // details queries, and the fixture's customers are in the second and third.
        {
            Transaction transaction(database());
            QSqlQuery query(database().connection());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES (?, ?)")));
            for (int i = 0; i < 2400; ++i) {
                query.addBindValue(QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0')));
                query.addBindValue(QStringLiteral("UTC"));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(transaction.commit());
        }
        CsvExporter::Result result;
        const QByteArray data =
            exportSorted({}, {QStringLiteral("company_name"), Qt::DescendingOrder}, true, &result, 3000);
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList header;
        QList<QStringList> records;
        QVERIFY(parseRecords(data, &header, &records));
        QCOMPARE(records.size(), 2400 + 7);
        const int company = int(header.indexOf(QStringLiteral("company_name")));
        const int risk = int(header.indexOf(QStringLiteral("risk_level")));
        const int overdue = int(header.indexOf(QStringLiteral("overdue")));
        QHash<QString, int> position;
        for (int i = 0; i < records.size(); ++i)
            position.insert(records.at(i).value(company), i);
        // Descending: Zenith, Quiet, Müller, Hold Everything first, then the bulk, then Berlin Bakery and Acme.
        QVERIFY(position.value(QStringLiteral("Acme Corporation")) > 2000);
        QCOMPARE(records.at(position.value(QStringLiteral("Acme Corporation"))).value(risk), QStringLiteral("high"));
        QCOMPARE(records.at(position.value(QStringLiteral("Acme Corporation"))).value(overdue),
                 QStringLiteral("100.00 USD"));
        QVERIFY(position.value(QStringLiteral("Berlin Bakery")) > 1000);
        QCOMPARE(records.at(position.value(QStringLiteral("Berlin Bakery"))).value(risk), QStringLiteral("medium"));
        QCOMPARE(records.at(position.value(QStringLiteral("Müller GmbH"))).value(overdue),
                 QStringLiteral("400.00 USD"));
        QCOMPARE(records.at(position.value(QStringLiteral("Bulk 0000"))).value(risk), QString());
    }

    void theImportIgnoresTheListColumns()
    {
        QTemporaryDir dir;
        for (bool translated : {false, true}) {
            const QString path = dir.filePath(translated ? QStringLiteral("titles.csv") : QStringLiteral("names.csv"));
            CustomerListExport exporter(database(), AccessContext::system());
            CsvExporter::Options options;
            options.translatedHeaders = translated;
            exporter.setOptions(options);
            exporter.setSort({QStringLiteral("email"), Qt::DescendingOrder});
            exporter.setIncludeListColumns(true);
            const CsvExporter::Result exported = exporter.exportTo(CustomerListFilter(), path);
            QVERIFY2(exported.ok, qPrintable(exported.error));

            // The suggested mapping leaves the computed columns unmapped (ignored).
            const CsvImporter::Preview preview = CsvImporter::inspect(path, ImportTarget::customers());
            QVERIFY2(preview.ok(), qPrintable(preview.error));
            QCOMPARE(preview.header, exporter.header());
            for (int i = int(preview.header.size()) - 5; i < preview.header.size(); ++i)
                QVERIFY2(preview.suggestedMapping.at(i).isEmpty(),
                         qPrintable(preview.header.at(i) + QStringLiteral(" -> ") + preview.suggestedMapping.at(i)));
            QVERIFY(preview.suggestedMapping.contains(QStringLiteral("company_name")));
            QVERIFY(preview.suggestedMapping.contains(QStringLiteral("email")));
            QVERIFY(ImportTarget::customers().checkMapping(preview.header, preview.suggestedMapping).isEmpty());

            // Imported again (duplicates by e-mail updated): every record is read, none fails, and
            // the customers' columns come back unchanged.
            const QList<qint64> before = ids(QStringLiteral("SELECT COUNT(*) FROM customers"));
            CsvImporter importer(database(), AccessContext::system(), ImportTarget::customers());
            CsvImporter::Options importOptions;
            importOptions.onDuplicate = CsvImporter::OnDuplicate::Update;
            const ImportSummary summary = importer.run(path, importOptions);
            QVERIFY2(summary.fatalError.isEmpty(), qPrintable(summary.fatalError));
            QCOMPARE(summary.total, exported.rows);
            QCOMPARE(summary.failed, 0);
            QCOMPARE(summary.updated, exported.rows - 1); // Quiet Ltd has no e-mail: created again
            QCOMPARE(summary.created, 1);
            QCOMPARE(ids(QStringLiteral("SELECT COUNT(*) FROM customers")).value(0), before.value(0) + 1);
            QCOMPARE(ids(QStringLiteral("SELECT COUNT(*) FROM customers WHERE company_name = ? AND email IS NULL"),
                         {QStringLiteral("Quiet Ltd")})
                         .value(0),
                     2);
            QVERIFY(exec(QStringLiteral("DELETE FROM customers WHERE id = (SELECT MAX(id) FROM customers)")));
        }
    }

    void aColumnTheListCannotSortByIsRefused()
    {
        const QStringList sortable = CustomerListExport::sortableColumns(database());
        QVERIFY2(sortable.contains(QStringLiteral("id")), qPrintable(sortable.join(QLatin1Char(','))));
        QVERIFY(sortable.contains(QStringLiteral("company_name")));
        QVERIFY(sortable.contains(QStringLiteral("email")));
        for (const QString& column : {QStringLiteral("contact_name"), QStringLiteral("created_at"),
                                      QStringLiteral("risk_level"), QStringLiteral("no_such_column")})
            QVERIFY2(!sortable.contains(column), qPrintable(column));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refused.csv"));
        CustomerListExport exporter(database(), AccessContext::system());
        exporter.setSort({QStringLiteral("contact_name; DROP TABLE customers"), Qt::AscendingOrder});
        QVERIFY(!exporter.sortRefusal().isEmpty());
        QVERIFY2(exporter.sortRefusal().contains(QStringLiteral("company_name")), qPrintable(exporter.sortRefusal()));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const CsvExporter::Result result = exporter.exportTo(CustomerListFilter(), &buffer);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, exporter.sortRefusal());
        QVERIFY(buffer.data().isEmpty());
        QVERIFY(!exporter.exportTo(CustomerListFilter(), path).ok);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(ids(QStringLiteral("SELECT COUNT(*) FROM customers")).value(0), qint64(m_ids.size()));

        // Sorted with the list's columns: cancelled, no file; complete, the file.
        exporter.setSort({QStringLiteral("email"), Qt::DescendingOrder});
        exporter.setIncludeListColumns(true);
        exporter.setPageSize(2);
        const CsvExporter::Result cancelled =
            exporter.exportTo(CustomerListFilter(), path, [](qint64) { return false; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.rows, qint64(2));
        QVERIFY(!QFile::exists(path));
        const CsvExporter::Result complete = exporter.exportTo(CustomerListFilter(), path);
        QVERIFY2(complete.ok, qPrintable(complete.error));
        QCOMPARE(complete.rows, qint64(m_ids.size()));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestCustomerListExport)
#include "tst_customerlistexport.moc"
