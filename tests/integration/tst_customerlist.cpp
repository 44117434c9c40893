#include "TestDatabase.h"
#include "core/Money.h"
#include "services/CustomerListQuery.h"
#include "tables/CustomerListFetcher.h"
#include "tables/CustomerListModel.h"
#include "tables/PageFetcher.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The customer list on both engines: search (FTS5 on SQLite, pg_trgm ILIKE on PostgreSQL) by
// each field, by prefix, case-insensitively and safely with hostile text; every filter; exact
// balances; every sortable order equal to an ORDER BY of the whole table whichever way the
// pages are reached (forwards, backwards from the end, by offset from either end or from a page
// read before); every query shape a plan can choose (per-row search lookups, sets, the
// PostgreSQL collecting fence) listing the same pages as a plain reference query; counts equal
// to plain COUNT(*)s; the threaded model under QAbstractItemModelTester; superseded generations
// dropped; jumping to the end.

namespace {

constexpr int Timeout = 15000;

struct Invoice
{
    qint64 amount; // minor units
    qint64 paid;   // minor units
    QString currency;
    QString status;
    int dueInDays; // relative to today (negative: in the past)
};

} // namespace

class TestCustomerList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    AccessContextPtr m_admin;
    QString m_lastError;
    QMap<QString, qint64> m_ids; // company name -> id
    int m_invoiceNumber = 0;

    Database& database() { return m_db->database(); }
    const Dialect& dialect() { return database().dialect(); }

    bool exec(const QString& sql, const QVariantList& values = {}) { return m_db->exec(sql, values, &m_lastError); }

    QList<qint64> ids(const QString& sql, const QVariantList& values = {})
    {
        return m_db->ids(sql, values, &m_lastError);
    }

    QVariant text(const QString& value) { return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : value; }

    bool addCustomer(const QString& company, const QString& contact, const QString& email, const QString& phone,
                     const QString& timeZone)
    {
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("INSERT INTO customers (company_name, contact_name, email, phone, time_zone) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant& value : {text(company), text(contact), text(email), text(phone), text(timeZone)})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        const QList<qint64> found = ids(QStringLiteral("SELECT MAX(id) FROM customers"));
        m_ids.insert(company, found.value(0));
        return true;
    }

    // `holds`: hold kinds to set.
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
        return exec(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, amount_paid, "
                                   "currency, due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {m_ids.value(company), QStringLiteral("INV-%1").arg(++m_invoiceNumber),
                     dialect().moneyToSql(Money(invoice.amount, invoice.currency)),
                     dialect().moneyToSql(Money(invoice.paid, invoice.currency)), invoice.currency,
                     dialect().dateToSql(today.addDays(invoice.dueInDays)), invoice.status});
    }

    bool addFixture()
    {
        const QString none;
        return addCustomer(QStringLiteral("Acme Corporation"), QStringLiteral("Wile E. Coyote"),
                           QStringLiteral("wile@acme.example"), QStringLiteral("+14155550123"),
                           QStringLiteral("America/Los_Angeles")) &&
               addCustomer(QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("Jürgen Müller"),
                           QStringLiteral("j.mueller@mueller.example"), QStringLiteral("+4930123456"),
                           QStringLiteral("Europe/Berlin")) &&
               addCustomer(QStringLiteral("100% Juice Ltd"), QStringLiteral("Anna O'Brien"),
                           QStringLiteral("anna_obrien@juice.example"), QStringLiteral("+442079460958"),
                           QStringLiteral("Europe/London")) &&
               addCustomer(QStringLiteral("1000 Widgets"), QStringLiteral("Bob Near"),
                           QStringLiteral("bob@widgets.example"), none, QStringLiteral("UTC")) &&
               addCustomer(QStringLiteral("AND Partners"), QStringLiteral("Carol Quinn"),
                           QStringLiteral("carol@partners.example"), QStringLiteral("+33142685300"),
                           QStringLiteral("Europe/Paris")) &&
               addCustomer(QStringLiteral("\"Quoted\" Co"), QStringLiteral("Dan Star"), none, none,
                           QStringLiteral("UTC")) &&
               addProfile(QStringLiteral("Acme Corporation"), QStringLiteral("high"), false) &&
               addProfile(QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("critical"), true,
                          {QStringLiteral("bankruptcy")}) &&
               addProfile(QStringLiteral("100% Juice Ltd"), QStringLiteral("low"), false,
                          {QStringLiteral("dispute"), QStringLiteral("hardship")}) &&
               addProfile(QStringLiteral("1000 Widgets"), QStringLiteral("medium"), false) &&
               addProfile(QStringLiteral("AND Partners"), QStringLiteral("low"), false) &&
               // "Quoted" Co has no profile.
               addInvoice(QStringLiteral("Acme Corporation"), {10000, 0, "USD", "pending", 10}) &&
               addInvoice(QStringLiteral("Acme Corporation"), {25050, 5025, "USD", "partial", -5}) &&
               addInvoice(QStringLiteral("Acme Corporation"), {99999, 99999, "USD", "paid", -40}) &&
               addInvoice(QStringLiteral("Acme Corporation"), {4000, 0, "USD", "overdue", -30}) &&
               addInvoice(QStringLiteral("Acme Corporation"), {7000, 0, "USD", "written_off", -300}) &&
               addInvoice(QStringLiteral("Müller & Söhne GmbH"), {100000, 0, "EUR", "disputed", -3}) &&
               addInvoice(QStringLiteral("Müller & Söhne GmbH"), {1000, 0, "EUR", "pending", -1}) &&
               addInvoice(QStringLiteral("Müller & Söhne GmbH"), {5000, 0, "JPY", "pending", 3}) &&
               addInvoice(QStringLiteral("100% Juice Ltd"), {1234, 0, "GBP", "pending", 0});
    }

    // Many customers with repeated names and a quarter of the e-mails NULL, for paging.
    // A page of the customer list read straight through PageFetcher, the search planned as a walk
    // with a budget of rowsPerRow customers per row (0: none).
    Page walkPage(PageRequest request, const CustomerListFilter& filter, qint64 rowsPerRow)
    {
        CustomerListQuery::Plan walk;
        walk.searchAsProbe = dialect().isSqlite();
        walk.walkRowsPerRow = rowsPerRow;
        request.table = CustomerListFetcher::table();
        request.columns = CustomerListFetcher::columns();
        const CustomerListQuery::Condition condition =
            CustomerListQuery::condition(filter, dialect(), CustomerListQuery::utcToday(), walk);
        request.filter = condition.sql;
        request.filterValues = condition.values;
        PageFetcher pages(database());
        pages.setWalkBudget(rowsPerRow);
        return pages.fetch(request);
    }

    static QList<qint64> rowIds(const QList<CustomerListRow>& rows)
    {
        QList<qint64> result;
        for (const CustomerListRow& row : rows)
            result << row.id;
        return result;
    }

    // The first `limit` customers `filter` selects, in company-name order.
    static CustomerListPageRequest companyPage(const CustomerListFilter& filter, int limit,
                                               Qt::SortOrder order = Qt::AscendingOrder)
    {
        CustomerListPageRequest request;
        request.filter = filter;
        request.today = CustomerListQuery::utcToday();
        request.request.sortColumn = QStringLiteral("company_name");
        request.request.sortColumnNullable = false;
        request.request.order = order;
        request.request.limit = limit;
        return request;
    }

    bool addBulk(int count)
    {
        static const QStringList words = {QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")};
        constexpr int Batch = 100; // rows per INSERT: a few statements instead of thousands
        Transaction transaction(database());
        for (int start = 0; start < count; start += Batch) {
            const int end = std::min(count, start + Batch);
            QStringList rows;
            QVariantList values;
            for (int i = start; i < end; ++i) {
                rows << QStringLiteral("(?, ?, ?)");
                values << QStringLiteral("Bulk %1 %2").arg(i % 97, 2, 10, QLatin1Char('0')).arg(words.at(i % 3))
                       << (i % 4 == 0 ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QStringLiteral("bulk%1@example.com").arg(i % 301)))
                       << QStringLiteral("UTC");
            }
            if (!exec(QStringLiteral("INSERT INTO customers (company_name, email, time_zone) VALUES ") +
                          rows.join(QStringLiteral(", ")),
                      values))
                return false;
        }
        return transaction.commit(&m_lastError);
    }

    std::unique_ptr<CustomerListModel> newModel(const CustomerListFilter& filter = {})
    {
        auto model = std::make_unique<CustomerListModel>(database(), m_admin);
        model->setFilter(filter);
        return model;
    }

    static bool settled(const CustomerListModel& model)
    {
        return !model.isLoading() && model.totalCount() >= 0 && model.rowCount() == model.totalCount();
    }

    static bool allLoaded(CustomerListModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isRowLoaded(row))
                return false;
        }
        return true;
    }

    // The companies the model lists for a filter, in list order.
    QStringList companies(const CustomerListFilter& filter)
    {
        auto model = newModel(filter);
        if (!QTest::qWaitFor([&] { return settled(*model) || !model->lastError().isEmpty(); }, Timeout))
            return {QStringLiteral("<timeout>")};
        if (!model->lastError().isEmpty())
            return {QStringLiteral("<error: %1>").arg(model->lastError())};
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result << model->customer(row)->companyName;
        return result;
    }
    QStringList search(const QString& text)
    {
        CustomerListFilter filter;
        filter.search = text;
        return companies(filter);
    }

    const CustomerListRow* rowOf(CustomerListModel& model, const QString& company)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const CustomerListRow* loaded = model.customer(row);
            if (loaded && loaded->companyName == company)
                return loaded;
        }
        return nullptr;
    }

    // The sortable orders and their ORDER BY; `all` false: one per NULL segment layout.
    static void addOrderRows(bool all = true)
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("orderBy");
        const QString nullsLast = QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1, id");
        const QString nullsFirstDesc = QStringLiteral("CASE WHEN %1 IS NULL THEN 0 ELSE 1 END, %1 DESC, id DESC");
        if (all)
            QTest::newRow("id") << -1 << Qt::AscendingOrder << "id";
        QTest::newRow("company ascending")
            << int(CustomerListModel::CompanyColumn) << Qt::AscendingOrder << "company_name, id";
        if (all) {
            QTest::newRow("company descending")
                << int(CustomerListModel::CompanyColumn) << Qt::DescendingOrder << "company_name DESC, id DESC";
        }
        QTest::newRow("e-mail ascending")
            << int(CustomerListModel::EmailColumn) << Qt::AscendingOrder << nullsLast.arg(QLatin1String("email"));
        QTest::newRow("e-mail descending")
            << int(CustomerListModel::EmailColumn) << Qt::DescendingOrder << nullsFirstDesc.arg(QLatin1String("email"));
    }

    // The reference search: what CustomerListQuery's condition must select, written plainly.
    QString referenceSearch(const QString& word, QVariantList* values)
    {
        if (dialect().isSqlite()) {
            *values << CustomerListQuery::ftsExpression({word});
            return QStringLiteral("id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)");
        }
        for (int i = 0; i < 4; ++i)
            *values << CustomerListQuery::likePattern(word);
        return QStringLiteral("(company_name ILIKE ? OR contact_name ILIKE ? OR email ILIKE ? OR phone ILIKE ?)");
    }
    // The reference search of every word of a search text (empty: no search), to be joined by AND.
    QStringList referenceSearchTerms(const QString& text, QVariantList* values)
    {
        QStringList terms;
        for (const QString& word : CustomerListQuery::searchWords(text))
            terms << referenceSearch(word, values);
        return terms;
    }

    // Every page of the list as CustomerListFetcher reads it with `plan`, forwards from the start.
    QList<qint64> fetchAll(const CustomerListFilter& filter, const CustomerListQuery::Plan& plan, int pageSize,
                           QString* error)
    {
        CustomerListFetcher fetcher(database());
        QList<qint64> listed;
        CustomerListPageRequest request = companyPage(filter, pageSize);
        for (int page = 0; page < 1000; ++page) {
            request.page = page;
            const CustomerListPageData data = fetcher.fetch(request, plan);
            if (!data.error.isEmpty()) {
                *error = data.error;
                return listed;
            }
            listed << rowIds(data.rows);
            if (data.atEnd)
                return listed;
            request.request.after = data.tail;
        }
        *error = QStringLiteral("no end");
        return listed;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_admin = AccessContext::forUser(std::make_shared<PermissionService>(database()), 0, QStringLiteral("admin"));
        m_ids.clear();
        QVERIFY2(addFixture(), qPrintable(m_lastError));
    }
    void cleanup()
    {
        m_admin.reset();
        m_db.reset();
    }

    void searchFindsEachFieldByPrefixIgnoringCase()
    {
        const QStringList acme = {QStringLiteral("Acme Corporation")};
        QCOMPARE(search(QStringLiteral("acm")), acme);           // company, prefix
        QCOMPARE(search(QStringLiteral("ACME corp")), acme);     // two words, case
        QCOMPARE(search(QStringLiteral("coyo")), acme);          // contact
        QCOMPARE(search(QStringLiteral("wile@acme")), acme);     // e-mail
        QCOMPARE(search(QStringLiteral("4155550")), acme);       // phone without the country code
        QCOMPARE(search(QStringLiteral("+1 415 555-01")), acme); // phone as typed
        QCOMPARE(search(QStringLiteral("müll")), QStringList{QStringLiteral("Müller & Söhne GmbH")});
        QCOMPARE(search(QStringLiteral("juergen")), QStringList());
        QCOMPARE(search(QStringLiteral("JÜRG")), QStringList{QStringLiteral("Müller & Söhne GmbH")});
        QCOMPARE(search(QStringLiteral("acme nothing")), QStringList());
        QCOMPARE(search(QString()).size(), 6);
    }

    void searchTreatsSpecialCharactersAsText()
    {
        const QStringList juice = {QStringLiteral("100% Juice Ltd")};
        QCOMPARE(search(QStringLiteral("o'brien")), juice);
        QCOMPARE(search(QStringLiteral("anna_obrien")), juice);
        QVERIFY(search(QStringLiteral("100%")).contains(juice.first()));
        QCOMPARE(search(QStringLiteral("\"quoted")), QStringList{QStringLiteral("\"Quoted\" Co")});
        QCOMPARE(search(QStringLiteral("AND")), QStringList{QStringLiteral("AND Partners")});
        QCOMPARE(search(QStringLiteral("near")), QStringList{QStringLiteral("1000 Widgets")});
        QCOMPARE(search(QStringLiteral("bob NEAR widgets")), QStringList{QStringLiteral("1000 Widgets")});
        QCOMPARE(search(QStringLiteral("acme OR juice")), QStringList());
        QCOMPARE(search(QStringLiteral("NOT acme")), QStringList());
        QCOMPARE(search(QStringLiteral("company_name:acme")), QStringList());
        // Nothing to search for: every customer, not an error.
        QCOMPARE(search(QStringLiteral("* \" % _ ^ :")).size(), 6);
        QCOMPARE(search(QStringLiteral("'; DROP TABLE customers; --")), QStringList());
        QCOMPARE(ids(QStringLiteral("SELECT COUNT(*) FROM customers")).value(0), qint64(6));
    }

    void searchFollowsInsertsUpdatesAndDeletes()
    {
        QVERIFY2(addCustomer(QStringLiteral("Zebra Logistics"), QStringLiteral("Zoe"),
                             QStringLiteral("zoe@zebra.example"), QString(), QStringLiteral("UTC")),
                 qPrintable(m_lastError));
        QCOMPARE(search(QStringLiteral("zebr")), QStringList{QStringLiteral("Zebra Logistics")});
        QVERIFY2(exec(QStringLiteral("UPDATE customers SET company_name = 'Yak Freight' WHERE id = ?"),
                      {m_ids.value(QStringLiteral("Zebra Logistics"))}),
                 qPrintable(m_lastError));
        QCOMPARE(search(QStringLiteral("zebr")), QStringList{QStringLiteral("Yak Freight")}); // by the e-mail
        QCOMPARE(search(QStringLiteral("yak")), QStringList{QStringLiteral("Yak Freight")});
        QVERIFY2(exec(QStringLiteral("DELETE FROM customers WHERE id = ?"),
                      {m_ids.value(QStringLiteral("Zebra Logistics"))}),
                 qPrintable(m_lastError));
        QCOMPARE(search(QStringLiteral("yak")), QStringList());
    }

    void eachFilterSelectsItsCustomers()
    {
        using Choice = CustomerListFilter::Choice;
        auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        CustomerListFilter filter;
        filter.riskLevels = {QStringLiteral("high"), QStringLiteral("critical")};
        QCOMPARE(sorted(companies(filter)),
                 sorted({QStringLiteral("Acme Corporation"), QStringLiteral("Müller & Söhne GmbH")}));

        filter = {};
        filter.doNotContact = Choice::Yes;
        QCOMPARE(companies(filter), QStringList{QStringLiteral("Müller & Söhne GmbH")});
        filter.doNotContact = Choice::No;
        QCOMPARE(companies(filter).size(), 5); // including the customer without a profile

        filter = {};
        filter.onHold = Choice::Yes;
        QCOMPARE(sorted(companies(filter)),
                 sorted({QStringLiteral("100% Juice Ltd"), QStringLiteral("Müller & Söhne GmbH")}));
        filter.onHold = Choice::No;
        QCOMPARE(companies(filter).size(), 4);

        filter = {};
        filter.overdue = Choice::Yes; // Juice's invoice is due today: not overdue yet
        QCOMPARE(sorted(companies(filter)),
                 sorted({QStringLiteral("Acme Corporation"), QStringLiteral("Müller & Söhne GmbH")}));
        filter.overdue = Choice::No;
        QCOMPARE(companies(filter).size(), 4);

        filter = {};
        filter.timeZone = QStringLiteral("Europe/Berlin");
        QCOMPARE(companies(filter), QStringList{QStringLiteral("Müller & Söhne GmbH")});

        filter = {};
        filter.search = QStringLiteral("e");
        filter.onHold = Choice::Yes;
        filter.riskLevels = {QStringLiteral("low")};
        QCOMPARE(companies(filter), QStringList{QStringLiteral("100% Juice Ltd")});
    }

    void balancesProfileAndHoldsAreExact()
    {
        auto model = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        const CustomerListRow* acme = rowOf(*model, QStringLiteral("Acme Corporation"));
        QVERIFY(acme);
        // 100.00 + (250.50 - 50.25) + 40.00; overdue: the last two. Paid and written off count nothing.
        QCOMPARE(acme->outstanding, QList<Money>{Money(34025, QStringLiteral("USD"))});
        QCOMPARE(acme->overdue, QList<Money>{Money(24025, QStringLiteral("USD"))});
        QCOMPARE(acme->riskLevel, QStringLiteral("high"));
        QVERIFY(!acme->doNotContact);
        QVERIFY(acme->holds.isEmpty());

        const CustomerListRow* mueller = rowOf(*model, QStringLiteral("Müller & Söhne GmbH"));
        QVERIFY(mueller);
        // Disputed is not outstanding; two currencies stay two amounts.
        QCOMPARE(mueller->outstanding,
                 (QList<Money>{Money(1000, QStringLiteral("EUR")), Money(5000, QStringLiteral("JPY"))}));
        QCOMPARE(mueller->overdue, QList<Money>{Money(1000, QStringLiteral("EUR"))});
        QVERIFY(mueller->doNotContact);
        QCOMPARE(mueller->holds, QStringList{QStringLiteral("bankruptcy")});

        const CustomerListRow* juice = rowOf(*model, QStringLiteral("100% Juice Ltd"));
        QVERIFY(juice);
        QCOMPARE(juice->outstanding, QList<Money>{Money(1234, QStringLiteral("GBP"))});
        QVERIFY(juice->overdue.isEmpty());
        QCOMPARE(juice->holds, (QStringList{QStringLiteral("dispute"), QStringLiteral("hardship")}));

        const CustomerListRow* quoted = rowOf(*model, QStringLiteral("\"Quoted\" Co"));
        QVERIFY(quoted);
        QVERIFY(quoted->riskLevel.isEmpty());
        QVERIFY(quoted->outstanding.isEmpty());

        // What the view shows.
        int acmeRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customerId(row) == acme->id)
                acmeRow = row;
        }
        QVERIFY(acmeRow >= 0);
        // The default locale's digits and separators (the app's UI language), exact from the minor units.
        const auto restoreLocale = qScopeGuard([previous = QLocale()] { QLocale::setDefault(previous); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model->data(model->index(acmeRow, CustomerListModel::OutstandingColumn)).toString(),
                 QStringLiteral("340.25 USD"));
        QCOMPARE(model->data(model->index(acmeRow, CustomerListModel::OverdueColumn)).toString(),
                 QStringLiteral("240.25 USD"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(model->data(model->index(acmeRow, CustomerListModel::OutstandingColumn)).toString(),
                 QStringLiteral("340,25 USD"));
        int muellerRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->customerId(row) == mueller->id)
                muellerRow = row;
        }
        QVERIFY(muellerRow >= 0);
        QCOMPARE(model->data(model->index(muellerRow, CustomerListModel::OutstandingColumn)).toString(),
                 QStringLiteral("10,00 EUR; 5.000 JPY"));
        QCOMPARE(
            model->data(model->index(muellerRow, CustomerListModel::OutstandingColumn), Qt::ToolTipRole).toString(),
            QStringLiteral("10,00 EUR; 5.000 JPY"));
        // The raw value stays the exact amounts, whatever the locale.
        QCOMPARE(model->data(model->index(muellerRow, CustomerListModel::OutstandingColumn),
                             CustomerListModel::RawValueRole),
                 QVariant(QVariantList{QVariant::fromValue(Money(1000, QStringLiteral("EUR"))),
                                       QVariant::fromValue(Money(5000, QStringLiteral("JPY")))}));
        QCOMPARE(model->data(model->index(acmeRow, CustomerListModel::CompanyColumn), CustomerListModel::IdRole)
                     .toLongLong(),
                 acme->id);
    }

    void everySortableOrderMatchesOrderByWhicheverWayPagesAreRead_data() { addOrderRows(); }
    void everySortableOrderMatchesOrderByWhicheverWayPagesAreRead()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, orderBy);
        // 6 fixture + 1300 bulk customers: pages 0..5, the last one partly filled.
        QVERIFY2(addBulk(1300), qPrintable(m_lastError));
        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers ORDER BY ") + orderBy);
        QCOMPARE(expected.size(), 1306);

        auto model = newModel();
        QVERIFY(column < 0 || model->isSortable(column));
        model->sort(column, order);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QCOMPARE(model->rowCount(), 1306);
        const int last = model->rowCount() - 1;
        constexpr int Page = CustomerListModel::PageSize;

        model->loadLastRows(); // page 5, backwards from the end
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(last), Timeout);
        QVERIFY(!model->isRowLoaded(4 * Page));
        model->loadRows(4 * Page, 4 * Page); // page 4: backwards from page 5's first row
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(4 * Page), Timeout);
        model->loadRows(2 * Page, 2 * Page); // page 2: no neighbour, by offset
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(2 * Page), Timeout);
        model->loadRows(0, last); // pages 1 and 3: after their neighbours
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);

        QList<qint64> listed;
        for (int row = 0; row <= last; ++row)
            listed << model->customerId(row);
        QCOMPARE(QSet<qint64>(listed.begin(), listed.end()).size(), expected.size());
        QCOMPARE(listed, expected);
    }

    void pagesFarFromTheEndsAreReadFromTheNearestKnownPage_data() { addOrderRows(false); }
    void pagesFarFromTheEndsAreReadFromTheNearestKnownPage()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, orderBy);
        // 6 fixture + 2594 bulk customers: pages 0..10, the last one partly filled.
        QVERIFY2(addBulk(2594), qPrintable(m_lastError));
        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers ORDER BY ") + orderBy);
        QCOMPARE(expected.size(), 2600);

        auto model = newModel();
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->sort(column, order);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        constexpr int Page = CustomerListModel::PageSize;
        auto load = [&](int page) {
            model->loadRows(page * Page, page * Page);
            return QTest::qWaitFor([&] { return model->isRowLoaded(page * Page); }, Timeout);
        };
        model->loadLastRows(); // page 10, from the end
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(2599), Timeout);
        QVERIFY(load(7)); // backwards from page 10's first row, skipping page 9 and 8
        QVERIFY(load(4)); // backwards from page 7's first row, skipping 6 and 5
        QVERIFY(load(2)); // forwards after page 0's last row, skipping page 1 (e-mail: across the
                          // NULL segment's border for some orders)
        model->loadRows(0, 2599);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);
        QList<qint64> listed;
        for (int row = 0; row < 2600; ++row)
            listed << model->customerId(row);
        QCOMPARE(listed, expected);
    }

    void everyPageQueryShapeListsTheReferenceOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one letter") << "b";
        QTest::newRow("word") << "charl";
        QTest::newRow("two words") << "bulk alp";
        QTest::newRow("e-mail") << "bulk12@";
    }
    void everyPageQueryShapeListsTheReferenceOrder()
    {
        QFETCH(QString, text);
        QVERIFY2(addBulk(700), qPrintable(m_lastError));
        CustomerListFilter filter;
        filter.search = text;
        QVariantList values;
        const QStringList where = referenceSearchTerms(text, &values);
        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY company_name, id")
                                               .arg(where.join(QStringLiteral(" AND "))),
                                           values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        QVERIFY(!expected.isEmpty());

        QList<CustomerListQuery::Plan> plans(8);
        plans[1].searchPerRow = true;
        plans[2].searchAsProbe = true;
        plans[3].searchAsSet = true; // PostgreSQL: collected behind PageFetcher's fence
        // Walks with budgets: so small that most pages stop at them and are read again with the
        // matches collected, one that some pages reach, and one no page reaches.
        plans[4].walkRowsPerRow = 1;
        plans[5].searchAsProbe = true;
        plans[5].walkRowsPerRow = 1;
        plans[6].searchAsProbe = true;
        plans[6].walkRowsPerRow = 4;
        plans[7].walkRowsPerRow = 1000;
        for (const CustomerListQuery::Plan& plan : plans) {
            QString error;
            QCOMPARE(fetchAll(filter, plan, 37, &error), expected);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void aWalkThatFindsTooFewRowsWithinItsBudgetCollectsTheMatches_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("ascending") << false;
        QTest::newRow("descending") << true;
    }
    void aWalkThatFindsTooFewRowsWithinItsBudgetCollectsTheMatches()
    {
        // The matches bunch at one end of the order: the walk from the other end finds none
        // within its budget.
        QFETCH(bool, descending);
        QVERIFY2(addBulk(300), qPrintable(m_lastError));
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(
                exec(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES (?, 'UTC')"),
                     {(descending ? QStringLiteral("Aardvark Lateral %1") : QStringLiteral("Zz Lateral %1")).arg(i)}),
                qPrintable(m_lastError));
        }
        const QList<qint64> expected =
            ids(QStringLiteral(
                    "SELECT id FROM customers WHERE company_name LIKE '%Lateral%' ORDER BY company_name %1, id %1")
                    .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        QCOMPARE(expected.size(), 6);

        CustomerListFilter filter;
        filter.search = QStringLiteral("lateral");
        CustomerListPageRequest request = companyPage(filter, 4, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        CustomerListQuery::Plan walk;
        walk.searchAsProbe = dialect().isSqlite();
        walk.walkRowsPerRow = 5; // 20 customers of the order: none of them matches

        // PageFetcher stops at the budget and says so, with no row past it.
        const Page cut = walkPage(request.request, filter, walk.walkRowsPerRow);
        QVERIFY2(cut.error.isEmpty(), qPrintable(cut.error));
        QVERIFY(cut.walkCut);
        QVERIFY(!cut.atEnd);
        QVERIFY(cut.rows.isEmpty());
        // Without a budget the same read finds them.
        const Page unbounded = walkPage(request.request, filter, 0);
        QVERIFY(!unbounded.walkCut);
        QCOMPARE(unbounded.rows.size(), 4);

        // CustomerListFetcher reads the page again with the matches collected, a whole first
        // page at once, and hands that plan back for the generation's other pages.
        CustomerListFetcher fetcher(database());
        CustomerListQuery::Plan used;
        const CustomerListPageData first = fetcher.fetch(request, walk, &used, 5);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(used.walkRowsPerRow, 0);
        QVERIFY(!used.searchAsProbe);
        QVERIFY(!used.searchPerRow);
        QCOMPARE(rowIds(first.rows), expected.mid(0, 5));
        request.request.after = first.tail;
        const CustomerListPageData rest = fetcher.fetch(request, used);
        QCOMPARE(rest.rows.size(), 1);
        QCOMPARE(rest.rows.at(0).id, expected.at(5));
        QVERIFY(rest.atEnd);
    }

    void aThinlySpreadWalkTakesOneMoreStretchBeforeItIsCut_data()
    {
        // Customers "Zz Spread 00" to "39", read in descending order (39 first); `matches` are the
        // ones the search selects. A page of 8 rows with a budget of rowsPerRow * 8 customers.
        QTest::addColumn<QList<int>>("matches");
        QTest::addColumn<int>("rowsPerRow");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("cut");
        QList<int> everyOther, everyFourth, uneven;
        for (int i = 39; i >= 0; --i) {
            if (i % 2 == 1)
                everyOther << i;
            if (i % 4 == 3)
                everyFourth << i;
            if ((i >= 24 && i <= 30) || i <= 18)
                uneven << i;
        }
        // 8 customers give 4 rows (half): one more stretch of 8 finds the other 4.
        QTest::newRow("every other customer") << everyOther << 1 << 8 << false;
        // 8 customers give 2 rows: too few to take another stretch.
        QTest::newRow("every fourth customer") << everyFourth << 1 << 2 << true;
        // 16 customers give 7 rows (30 to 24), the last at the end of the stretch; the density
        // says 5 more customers for the 8th, which is 6 on (18): the stretch is half the budget.
        QTest::newRow("a gap after the first stretch") << uneven << 2 << 8 << false;
    }
    void aThinlySpreadWalkTakesOneMoreStretchBeforeItIsCut()
    {
        QFETCH(QList<int>, matches);
        QFETCH(int, rowsPerRow);
        QFETCH(int, rows);
        QFETCH(bool, cut);
        for (int i = 0; i < 40; ++i) {
            QVERIFY2(exec(QStringLiteral("INSERT INTO customers (company_name, contact_name, time_zone) "
                                         "VALUES (?, ?, 'UTC')"),
                          {QStringLiteral("Zz Spread %1").arg(i, 2, 10, QLatin1Char('0')),
                           matches.contains(i) ? QStringLiteral("Evenly") : QStringLiteral("Other")}),
                     qPrintable(m_lastError));
        }
        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers WHERE contact_name = 'Evenly' "
                                                          "ORDER BY company_name DESC, id DESC"));
        QCOMPARE(expected.size(), matches.size());
        // The walk starts at the spread rows (descending: Zz Spread 39, 38, ...).
        QCOMPARE(ids(QStringLiteral("SELECT id FROM customers ORDER BY company_name DESC, id DESC LIMIT 1")),
                 ids(QStringLiteral("SELECT id FROM customers WHERE company_name = 'Zz Spread 39'")));

        CustomerListFilter filter;
        filter.search = QStringLiteral("evenly");
        PageRequest request;
        request.sortColumn = QStringLiteral("company_name");
        request.sortColumnNullable = false;
        request.order = Qt::DescendingOrder;
        request.limit = 8;
        const Page page = walkPage(request, filter, rowsPerRow);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QList<qint64> listed;
        for (const QVariantList& row : page.rows)
            listed << row.at(0).toLongLong();
        QCOMPARE(listed, expected.mid(0, rows));
        QCOMPARE(page.walkCut, cut);
    }

    void aWalkLookingCustomersUpOneByOneFallsBackToProbingASetOfTheMatches()
    {
        // The matches bunch at the end of the order: a walk looking each customer up in the search
        // index (Plan::searchPerRow) stops at its budget; the page is read again probing a set of
        // the matches, whose larger budget reaches them, and that plan serves the other pages.
        QVERIFY2(addBulk(300), qPrintable(m_lastError));
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(exec(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES (?, 'UTC')"),
                          {QStringLiteral("Zz Lateral %1").arg(i)}),
                     qPrintable(m_lastError));
        }
        const QList<qint64> expected = ids(
            QStringLiteral("SELECT id FROM customers WHERE company_name LIKE 'Zz Lateral%' ORDER BY company_name, id"));
        QCOMPARE(expected.size(), 6);
        CustomerListFilter filter;
        filter.search = QStringLiteral("lat");
        CustomerListPageRequest request = companyPage(filter, 4);
        CustomerListQuery::Plan perRow;
        perRow.searchPerRow = true;
        perRow.walkRowsPerRow = 1; // 4 customers of the order: none of them matches
        QVERIFY(301 < CustomerListQuery::SqliteWalkRowsPerRow * 4);

        CustomerListFetcher fetcher(database());
        CustomerListQuery::Plan used;
        const CustomerListPageData first = fetcher.fetch(request, perRow, &used);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(!used.searchPerRow);
        QVERIFY(used.searchAsProbe);
        QCOMPARE(used.walkRowsPerRow, qint64(CustomerListQuery::SqliteWalkRowsPerRow));
        QCOMPARE(rowIds(first.rows), expected.mid(0, 4));
        request.request.after = first.tail;
        const CustomerListPageData rest = fetcher.fetch(request, used);
        QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
        QCOMPARE(rest.rows.size(), 2);
        QCOMPARE(rest.rows.at(0).id, expected.at(4));
        QCOMPARE(rest.rows.at(1).id, expected.at(5));
    }

    void aWholeFirstPageIsHandedOverInTwoPartsTheSecondWithoutDetailsUntilAsked()
    {
        // Ten customers with one unpaid invoice each: a search for them is collected and sorted
        // (too few to walk), so the first page is read whole; the rows past the four asked for
        // wait in `rest` without their balances, and the first part's tail continues to them.
        QVERIFY2(addBulk(50), qPrintable(m_lastError));
        for (int i = 0; i < 10; ++i) {
            const QString company = QStringLiteral("Split Parts %1").arg(i);
            QVERIFY2(addCustomer(company, QString(), QString(), QString(), QStringLiteral("UTC")),
                     qPrintable(m_lastError));
            QVERIFY2(addInvoice(company, {100 * (i + 1), 0, QStringLiteral("USD"), QStringLiteral("pending"), 5}),
                     qPrintable(m_lastError));
        }
        CustomerListFilter filter;
        filter.search = QStringLiteral("parts");
        CustomerListPageRequest request = companyPage(filter, 4);
        CustomerListFetcher fetcher(database());
        QString error;
        const CustomerListQuery::Plan plan = fetcher.pagePlan(request.filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(CustomerListFetcher::collectsMatches(request.filter, plan, dialect()));

        CustomerListPageData rest;
        const CustomerListPageData first = fetcher.fetch(request, plan, nullptr, 8, &rest);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.rows.size(), 4);
        QVERIFY(!first.atEnd);
        QCOMPARE(rest.rows.size(), 4);
        QVERIFY(!rest.atEnd);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(first.rows.at(i).companyName, QStringLiteral("Split Parts %1").arg(i));
            QCOMPARE(first.rows.at(i).outstanding, QList<Money>{Money(100 * (i + 1), QStringLiteral("USD"))});
            QCOMPARE(rest.rows.at(i).companyName, QStringLiteral("Split Parts %1").arg(i + 4));
            QVERIFY(rest.rows.at(i).outstanding.isEmpty());
        }
        // The second part is what reading on from the first part's tail gives, details and all.
        CustomerListPageRequest next = request;
        next.request.after = first.tail;
        const CustomerListPageData readOn = fetcher.fetch(next, plan);
        QVERIFY2(readOn.error.isEmpty(), qPrintable(readOn.error));
        QVERIFY(fetcher.addDetails(&rest, request.today, &error));
        QCOMPARE(readOn.rows.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(rest.rows.at(i).id, readOn.rows.at(i).id);
            QCOMPARE(rest.rows.at(i).outstanding, readOn.rows.at(i).outstanding);
            QCOMPARE(rest.rows.at(i).outstanding, QList<Money>{Money(100 * (i + 5), QStringLiteral("USD"))});
        }
        QCOMPARE(rest.tail.id, readOn.tail.id);
        QCOMPARE(rest.tail.key, readOn.tail.key);

        // Nothing is split without `rest`, nor when no more than the limit matched.
        QCOMPARE(fetcher.fetch(request, plan, nullptr, 8).rows.size(), 8);
        request.request.limit = 10;
        CustomerListPageData none;
        const CustomerListPageData whole = fetcher.fetch(request, plan, nullptr, 16, &none);
        QCOMPARE(whole.rows.size(), 10);
        QVERIFY(whole.atEnd);
        QVERIFY(none.rows.isEmpty());
    }

    void aCollectedSearchListsTheReferenceOrderFromEitherEnd()
    {
        // 667 customers match: few enough for either engine to collect and sort them; three pages
        // (256, 256 and 155 rows). The first page comes in two parts; the last is read backwards
        // from the end and must hold its own rows only, not a whole page's worth.
        QVERIFY2(addBulk(2000), qPrintable(m_lastError));
        const QList<qint64> expected =
            ids(QStringLiteral("SELECT id FROM customers WHERE company_name LIKE '%Bravo' ORDER BY company_name, id"));
        QCOMPARE(expected.size(), 667);
        CustomerListFilter filter;
        filter.search = QStringLiteral("bravo");
        CustomerListFetcher fetcher(database());
        QString error;
        QVERIFY(CustomerListFetcher::collectsMatches(filter, fetcher.pagePlan(filter, &error), dialect()));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        auto model = newModel(filter); // no model tester: its reads would load page 1 as well
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QCOMPARE(model->rowCount(), 667);
        constexpr int Page = CustomerListModel::PageSize;
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(Page - 1), Timeout); // the rest of page 0
        QVERIFY(!model->isRowLoaded(Page));
        QList<qint64> listed;
        for (int row = 0; row < Page; ++row)
            listed << model->customerId(row);
        QCOMPARE(listed, expected.mid(0, Page));

        model->loadLastRows(); // page 2, backwards from the end
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(666), Timeout);
        QVERIFY(!model->isRowLoaded(2 * Page - 1));
        listed.clear();
        for (int row = 2 * Page; row < 667; ++row)
            listed << model->customerId(row);
        QCOMPARE(listed, expected.mid(2 * Page));
        model->loadRows(0, 666);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);
        listed.clear();
        for (int row = 0; row < 667; ++row)
            listed << model->customerId(row);
        QCOMPARE(listed, expected);
    }

    void postgresListIndexesHoldTheListsColumns()
    {
        // A walk in company or e-mail order reads only CustomerListFetcher::columns (PageFetcher),
        // so on PostgreSQL an index keyed by the order and including them serves it without
        // reading the table (migration 0005). SQLite's walk reads its sort index and probes the
        // search's matches by rowid: no table rows either, and no INCLUDE to test.
        if (dialect().isSqlite())
            return;
        for (const QString& column : {QStringLiteral("company_name"), QStringLiteral("email")}) {
            QSqlQuery query(database().connection());
            QVERIFY(query.prepare(QStringLiteral(
                "SELECT i.indnkeyatts, array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY "
                "AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n), "
                "',') FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = 'customers' "
                "AND i.indpred IS NULL")));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            bool found = false;
            while (query.next() && !found) {
                const QStringList attributes = query.value(1).toString().split(QLatin1Char(','));
                const QStringList keys = attributes.mid(0, query.value(0).toInt());
                const QStringList needed = CustomerListFetcher::columns();
                found = keys == QStringList{column, QStringLiteral("id")} &&
                        std::all_of(needed.begin(), needed.end(),
                                    [&](const QString& name) { return attributes.contains(name); });
            }
            QVERIFY2(
                found,
                qPrintable(QStringLiteral("no index on customers (%1, id) including the list's columns").arg(column)));
        }
    }

    void aCustomerIsLocatedAnywhereInTheListsOrder_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        QTest::newRow("company") << "company_name" << false << "";
        QTest::newRow("company descending") << "company_name" << true << "";
        QTest::newRow("e-mail, NULLs last") << "email" << false << "";
        QTest::newRow("e-mail descending, NULLs first") << "email" << true << "";
        QTest::newRow("id") << "id" << false << "";
        QTest::newRow("id descending") << "id" << true << "";
        QTest::newRow("company, searched") << "company_name" << false << "charlie";
        QTest::newRow("e-mail, searched") << "email" << false << "bulk 1";
    }
    void aCustomerIsLocatedAnywhereInTheListsOrder()
    {
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        QVERIFY2(addBulk(700), qPrintable(m_lastError));
        CustomerListFilter filter;
        filter.search = search;
        // The list's order, NULL keys last ascending and first descending, ties by id.
        QString where;
        QVariantList values;
        if (!search.isEmpty())
            where = QStringLiteral(" WHERE ") + referenceSearchTerms(search, &values).join(QStringLiteral(" AND "));
        const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        const QString order = column == QLatin1String("id")
                                  ? QStringLiteral("id") + direction
                                  : QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END%2, %1%2, id%2")
                                        .arg(column, descending ? QStringLiteral(" DESC") : QString());
        const QList<qint64> expected =
            ids(QStringLiteral("SELECT id FROM customers%1 ORDER BY %2").arg(where, order), values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        QVERIFY(expected.size() > 20);

        CustomerListFetcher fetcher(database());
        const QDate today = CustomerListQuery::utcToday();
        const Qt::SortOrder sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (const qsizetype row : {qsizetype(0), qsizetype(1), expected.size() / 3, expected.size() / 2,
                                    expected.size() - 2, expected.size() - 1}) {
            QString error;
            QCOMPARE(fetcher.position(filter, today, column, sortOrder, expected.at(row), &error), qint64(row));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // A customer the list does not hold.
        const QList<qint64> others =
            ids(QStringLiteral("SELECT id FROM customers WHERE id NOT IN (SELECT id FROM customers%1) ORDER BY id")
                    .arg(where),
                values);
        QString error;
        if (!others.isEmpty())
            QCOMPARE(fetcher.position(filter, today, column, sortOrder, others.first(), &error), qint64(-1));
        QCOMPARE(fetcher.position(filter, today, column, sortOrder, 999999999, &error), qint64(-1));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Through the model, on its worker (whose id order is ascending only).
        if (column == QLatin1String("id") && descending)
            return;
        auto model = newModel(filter);
        const int sortColumn = column == QLatin1String("company_name") ? int(CustomerListModel::CompanyColumn)
                               : column == QLatin1String("email")      ? int(CustomerListModel::EmailColumn)
                                                                       : -1;
        model->sort(sortColumn, sortOrder);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), 10000);
        QSignalSpy located(model.get(), &CustomerListModel::customerLocated);
        const qint64 target = expected.at(expected.size() / 2);
        model->locateCustomer(target);
        QTRY_COMPARE_WITH_TIMEOUT(located.size(), 1, 10000);
        QCOMPARE(located.at(0).at(0).toLongLong(), target);
        QCOMPARE(located.at(0).at(1).toInt(), int(expected.size() / 2));
    }

    void postgresNeverCollectsAWordWithoutATrigram()
    {
        QVERIFY(!CustomerListQuery::searchWordsHaveTrigrams({QStringLiteral("zq")}));
        QVERIFY(!CustomerListQuery::searchWordsHaveTrigrams({QStringLiteral("a.b.c"), QStringLiteral("x")}));
        QVERIFY(CustomerListQuery::searchWordsHaveTrigrams({QStringLiteral("zq"), QStringLiteral("müll")}));
        QVERIFY(CustomerListQuery::searchWordsHaveTrigrams({QStringLiteral("a.bcd")}));
        CustomerListFilter filter;
        filter.search = QStringLiteral("zq");
        QString error;
        const CustomerListQuery::Plan plan = CustomerListFetcher(database()).pagePlan(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!plan.searchAsSet);
        if (dialect().isPostgres())
            QCOMPARE(plan.walkRowsPerRow, 0); // the trigram index cannot help: nothing to fall back to
    }

    void aPageIsReadByOffsetAfterAKnownRowWithEveryShape()
    {
        QVERIFY2(addBulk(700), qPrintable(m_lastError));
        const QList<qint64> all = ids(QStringLiteral("SELECT id FROM customers ORDER BY company_name, id"));
        CustomerListFetcher fetcher(database());
        CustomerListPageRequest request;
        request.today = CustomerListQuery::utcToday();
        request.request.sortColumn = QStringLiteral("company_name");
        request.request.sortColumnNullable = false;
        request.request.limit = 50;
        const CustomerListPageData first = fetcher.fetch(request, {});
        QCOMPARE(first.rows.size(), 50);
        request.request.after = first.tail;
        request.request.offset = 120; // rows 170..219
        QList<CustomerListQuery::Plan> plans(3);
        plans[1].searchAsSet = true;
        plans[2].searchPerRow = true;
        for (const CustomerListQuery::Plan& plan : plans) {
            const CustomerListPageData page = fetcher.fetch(request, plan);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(rowIds(page.rows), all.mid(170, 50));
        }
        // Backwards: before row 400, skipping 100: rows 250..299, in list order.
        request.request.after = PageCursor();
        request.request.offset = 400;
        const CustomerListPageData row400 = fetcher.fetch(request, {});
        QCOMPARE(row400.rows.value(0).id, all.at(400));
        request.reversed = true;
        request.request.order = Qt::DescendingOrder;
        request.request.after = row400.head;
        request.request.offset = 100;
        const CustomerListPageData back = fetcher.fetch(request, {});
        QCOMPARE(rowIds(back.rows), all.mid(250, 50));
    }

    void countsEqualPlainCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("search only") << "bulk charl" << false;
        QTest::newRow("one letter") << "a" << false;
        QTest::newRow("phone digits") << "+1 415" << false;
        QTest::newRow("nothing matches") << "zzzq" << false;
        QTest::newRow("search and a filter") << "e" << true;
        QTest::newRow("no search") << "" << true;
    }
    void countsEqualPlainCounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, overdue);
        QVERIFY2(addBulk(300), qPrintable(m_lastError));
        CustomerListFilter filter;
        filter.search = text;
        if (overdue)
            filter.overdue = CustomerListFilter::Choice::Yes;
        QVariantList values;
        QStringList where = referenceSearchTerms(text, &values);
        if (overdue) {
            where << QStringLiteral("EXISTS (SELECT 1 FROM payment_records pr WHERE pr.customer_id = customers.id "
                                    "AND pr.status IN ('pending', 'partial', 'overdue') AND pr.due_date < ? "
                                    "AND pr.amount > pr.amount_paid)");
            values << dialect().dateToSql(CustomerListQuery::utcToday());
        }
        const QList<qint64> expected =
            ids(QStringLiteral("SELECT COUNT(*) FROM customers") +
                    (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
                values);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        const CustomerListQuery::Condition count = CustomerListQuery::countQuery(filter, dialect());
        QCOMPARE(ids(count.sql, count.values), expected);
        QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        auto model = newModel(filter);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() >= 0, Timeout);
        QCOMPARE(model->totalCount(), expected.value(0));
    }

    void searchTextMatchesEachColumnLikeIlike()
    {
        // PostgreSQL's one LIKE over customer_search_text against the ILIKE of each column; on
        // SQLite the same words against FTS5 (the reference there is the index itself).
        QVERIFY2(addBulk(100), qPrintable(m_lastError));
        for (const QString& word :
             {QStringLiteral("ACME"), QStringLiteral("o'brien"), QStringLiteral("100%"), QStringLiteral("_"),
              QStringLiteral("Müll"), QStringLiteral("JÜRG"), QStringLiteral("415555"), QStringLiteral("e.c"),
              QStringLiteral("example"), QStringLiteral("a\\b"), QStringLiteral("bulk 1")}) {
            CustomerListFilter filter;
            filter.search = word;
            QVariantList values;
            const QStringList where = referenceSearchTerms(word, &values);
            if (where.isEmpty())
                continue;
            const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY id")
                                                   .arg(where.join(QStringLiteral(" AND "))),
                                               values);
            const CustomerListQuery::Condition condition = CustomerListQuery::condition(filter, dialect());
            QCOMPARE(ids(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY id").arg(condition.sql),
                         condition.values),
                     expected);
            QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
        }
    }

    void onlyIndexedColumnsSort()
    {
        auto model = newModel();
        QVERIFY(model->isSortable(CustomerListModel::CompanyColumn));
        QVERIFY(model->isSortable(CustomerListModel::EmailColumn));
        QVERIFY(!model->isSortable(CustomerListModel::ContactColumn));
        QVERIFY(!model->isSortable(CustomerListModel::OutstandingColumn));
        QVERIFY(!model->isSortable(CustomerListModel::RiskLevelColumn));
        QCOMPARE(model->sortColumn(), int(CustomerListModel::CompanyColumn));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("cannot sort")));
        model->sort(CustomerListModel::OutstandingColumn, Qt::DescendingOrder);
        QCOMPARE(model->sortColumn(), int(CustomerListModel::CompanyColumn));
        QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    }

    void passesTheModelTesterWhileLoadingSortingAndFiltering()
    {
        QVERIFY2(addBulk(700), qPrintable(m_lastError));
        auto model = std::make_unique<CustomerListModel>(database(), m_admin);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        // Before the count: rows read so far plus one page of placeholders.
        model->fetchMore(QModelIndex());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QCOMPARE(model->rowCount(), 706);
        model->loadRows(0, 705);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);

        model->sort(CustomerListModel::EmailColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        model->loadLastRows();
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(705), Timeout);

        CustomerListFilter filter;
        filter.search = QStringLiteral("charl");
        model->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        const qint64 expected =
            ids(QStringLiteral("SELECT COUNT(*) FROM customers WHERE company_name LIKE '%Charlie'")).value(0);
        QCOMPARE(expected, qint64(233));
        QCOMPARE(model->totalCount(), expected);
        model->loadRows(0, model->rowCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->customer(row)->companyName.endsWith(QLatin1String("Charlie")));

        filter.search = QStringLiteral("no such customer");
        model->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QCOMPARE(model->rowCount(), 0);
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
    }

    void rowsNotReadYetArePlaceholdersThatLoadTheirPage()
    {
        QVERIFY2(addBulk(600), qPrintable(m_lastError));
        auto model = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == 606, Timeout);
        QCOMPARE(model->rowCount(), 606);
        const int row = 2 * CustomerListModel::PageSize + 5;
        QCOMPARE(model->data(model->index(row, CustomerListModel::CompanyColumn)).toString(), QStringLiteral("…"));
        QCOMPARE(model->data(model->index(row, 0), CustomerListModel::LoadedRole).toBool(), false);
        QVERIFY(!model->data(model->index(row, 0), CustomerListModel::IdRole).isValid());
        // Asking for the data asked for the page.
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(CustomerListModel::PageSize - 1), Timeout); // page 0's rest
        QSignalSpy loaded(model.get(), &CustomerListModel::rowsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(row), Timeout);
        QCOMPARE(model->data(model->index(row, 0), CustomerListModel::LoadedRole).toBool(), true);
        QVERIFY(model->data(model->index(row, 0)).toString().startsWith(QLatin1String("Bulk")));
        QCOMPARE(loaded.size(), 1);
    }

    void aScreenfulComesFirstThenTheRestOfItsPage_data()
    {
        QTest::addColumn<int>("bulk");
        QTest::newRow("several pages") << 600;
        QTest::newRow("exactly the first rows") << CustomerListModel::FirstRows - 6;
        QTest::newRow("less than a page") << 94;
    }
    void aScreenfulComesFirstThenTheRestOfItsPage()
    {
        QFETCH(int, bulk);
        QVERIFY2(addBulk(bulk), qPrintable(m_lastError));
        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers ORDER BY company_name, id"));
        auto model = std::make_unique<CustomerListModel>(database(), m_admin);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model.get(), &CustomerListModel::rowsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(std::min(int(expected.size()), CustomerListModel::PageSize) - 1),
                                 Timeout);
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first().at(0).toInt(), 0);
        QCOMPARE(loaded.first().at(1).toInt(), CustomerListModel::FirstRows - 1); // the screenful alone
        if (expected.size() > CustomerListModel::FirstRows) {
            QCOMPARE(loaded.at(1).at(0).toInt(), CustomerListModel::FirstRows);
            QCOMPARE(loaded.at(1).at(1).toInt(), std::min(int(expected.size()), CustomerListModel::PageSize) - 1);
        }
        QCOMPARE(model->rowCount(), int(expected.size()));
        model->loadRows(0, model->rowCount() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*model), Timeout);
        QList<qint64> listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed << model->customerId(row);
        QCOMPARE(listed, expected);
    }

    void onlyTheLastOfQuickSuccessiveSearchesIsShown()
    {
        QVERIFY2(addBulk(300), qPrintable(m_lastError));
        auto model = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        CustomerListFilter filter;
        filter.search = QStringLiteral("bulk");
        model->setFilter(filter);
        filter.search = QStringLiteral("acme");
        model->setFilter(filter);
        filter.search = QStringLiteral("widg");
        model->setFilter(filter);
        const quint64 generation = model->generation();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*model), Timeout);
        QTest::qWait(100); // time for any answer to an earlier search to arrive (and be dropped)
        QCOMPARE(model->generation(), generation);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->customer(0)->companyName, QStringLiteral("1000 Widgets"));
        QCOMPARE(model->totalCount(), qint64(1));
        QCOMPARE(resets.size(), 1); // straight from the old rows to the last search's rows
    }

    void withoutReadPermissionTheListStaysEmpty()
    {
        auto model = std::make_unique<CustomerListModel>(database(), AccessContext::nobody());
        QSignalSpy errors(model.get(), &CustomerListModel::errorOccurred);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->lastError().isEmpty());
        QVERIFY(!model->isLoading());
    }

    void everyPlanSelectsTheSameCustomers()
    {
        using Choice = CustomerListFilter::Choice;
        QVERIFY2(addBulk(50), qPrintable(m_lastError));
        QList<CustomerListFilter> filters;
        CustomerListFilter filter;
        filter.search = QStringLiteral("e");
        filters << filter;
        filter.riskLevels = {QStringLiteral("low"), QStringLiteral("critical")};
        filters << filter;
        filter = {};
        filter.doNotContact = Choice::No;
        filter.onHold = Choice::No;
        filter.overdue = Choice::Yes;
        filters << filter;
        filter = {};
        filter.search = QStringLiteral("example");
        filter.doNotContact = Choice::Yes;
        filter.onHold = Choice::Yes;
        filter.overdue = Choice::No;
        filter.riskLevels = {QStringLiteral("critical")};
        filters << filter;
        filter = {};
        filter.overdue = Choice::No;
        filter.timeZone = QStringLiteral("UTC");
        filters << filter;

        QList<CustomerListQuery::Plan> plans(7);
        plans[1].searchAsProbe = true;
        plans[5].searchAsSet = true;
        plans[6].searchPerRow = true;
        plans[2].filtersAsSets = true;
        plans[3].riskAsSet = true;
        plans[4].doNotContactAsSet = true;
        for (const CustomerListFilter& each : filters) {
            QList<qint64> first;
            for (int p = 0; p < plans.size(); ++p) {
                const CustomerListQuery::Condition condition =
                    CustomerListQuery::condition(each, dialect(), CustomerListQuery::utcToday(), plans.at(p));
                const QList<qint64> found =
                    ids(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY id").arg(condition.sql),
                        condition.values);
                QVERIFY2(m_lastError.isEmpty(), qPrintable(m_lastError));
                if (p == 0)
                    first = found;
                else
                    QCOMPARE(found, first);
            }
            QVERIFY(!first.isEmpty() || each.hasSearch());
        }
    }

    void conditionIsUsableOutsideTheModel()
    {
        // The CSV export runs the same condition in its own query.
        CustomerListFilter filter;
        filter.search = QStringLiteral("acme");
        filter.overdue = CustomerListFilter::Choice::Yes;
        const CustomerListQuery::Condition condition = CustomerListQuery::condition(filter, dialect());
        QCOMPARE(ids(QStringLiteral("SELECT id FROM customers WHERE ") + condition.sql, condition.values),
                 QList<qint64>{m_ids.value(QStringLiteral("Acme Corporation"))});
        const CustomerListQuery::Condition count = CustomerListQuery::countQuery({}, dialect());
        QCOMPARE(ids(count.sql, count.values), QList<qint64>{6});
        QVERIFY(CustomerListQuery::condition({}, dialect()).sql.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerList)
#include "tst_customerlist.moc"
