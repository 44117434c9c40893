#include "TestDatabase.h"
#include "core/Money.h"
#include "io/CsvParser.h"
#include "services/AccessContext.h"
#include "services/CustomerListExport.h"
#include "services/CustomerListQuery.h"
#include "services/PermissionService.h"

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
// read over several keyset pages; refused without the export right; a cancelled export leaves
// no file.

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
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text() + QStringLiteral(" in ") + sql;
            return false;
        }
        return true;
    }

    QList<qint64> ids(const QString& sql, const QVariantList& values = {})
    {
        QList<qint64> result;
        QSqlQuery query(database().connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            m_lastError = query.lastError().text() + QStringLiteral(" in ") + sql;
        while (query.next())
            result << query.value(0).toLongLong();
        return result;
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

    bool addInvoice(const QString& company, const Invoice& invoice)
    {
        const QDate today = CustomerListQuery::utcToday();
        const QString currency = QStringLiteral("USD");
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
};

QTEST_MAIN(TestCustomerListExport)
#include "tst_customerlistexport.moc"
