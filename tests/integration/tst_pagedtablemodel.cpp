#include "TestDatabase.h"
#include "tables/PagedTableModel.h"
#include "tables/SqlTableModel.h"
#include "tables/TableCatalog.h"
#include "tables/TableModelFactory.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

// The paged browse model on both engines, over 2,000 customers with repeated company names and
// emails and a quarter of the emails NULL: it reads one page at a time, counts with COUNT(*),
// and keyset paging in any sortable order visits every row exactly once in the order a plain
// ORDER BY gives (ties broken by id; NULL keys last ascending, first descending).

namespace {

constexpr int CustomerCount = 2000;

} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    AccessContextPtr m_admin; // the models read as an administrator (tst_permissions covers the roles)
    QString m_lastError;

    Database& database() { return m_db->database(); }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        return m_db->exec(sql, values, &m_lastError);
    }

    QList<qint64> ids(const QString& sql, const QVariantList& values = {})
    {
        return m_db->ids(sql, values, &m_lastError);
    }

    bool insertCustomers()
    {
        static const QStringList rulePacks = {QStringLiteral("consumer_us"), QStringLiteral("uk_fca"),
                                              QStringLiteral("b2b")};
        Transaction transaction(database());
        QSqlQuery query(database().connection());
        query.prepare(
            QStringLiteral("INSERT INTO customers (company_name, email, rule_pack, notes) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < CustomerCount; ++i) {
            query.bindValue(0, QStringLiteral("Company %1").arg(i % 600, 3, 10, QLatin1Char('0')));
            query.bindValue(1, i % 4 == 0 ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(QStringLiteral("user%1@example.com").arg(i % 900)));
            query.bindValue(2, rulePacks.at(i % 3));
            query.bindValue(3, QStringLiteral("note %1").arg(i));
            if (!query.exec()) {
                m_lastError = query.lastError().text();
                return false;
            }
        }
        return transaction.commit(&m_lastError);
    }

    std::unique_ptr<PagedTableModel> openModel(const QString& table = QStringLiteral("customers"))
    {
        auto model = std::make_unique<PagedTableModel>(database(), m_admin, *TableCatalog::find(table));
        if (!model->select()) {
            m_lastError = model->lastError();
            return nullptr;
        }
        return model;
    }

    static int column(const PagedTableModel& model, const QString& name) { return int(model.spec().indexOf(name)); }

    // Every row, page by page; stops at a bound so a cursor that does not advance fails the
    // comparison instead of looping.
    static QList<qint64> fetchAll(PagedTableModel& model)
    {
        while (model.canFetchMore(QModelIndex()) && model.rowCount() <= 2 * CustomerCount)
            model.fetchMore(QModelIndex());
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.rowId(row);
        return result;
    }

private slots:
    void initTestCase_data() { TestDatabase::addEngineRows(); }
    void init()
    {
        COLLECTDESK_OPEN_TEST_DATABASE(m_db, true);
        m_admin = AccessContext::forUser(std::make_shared<PermissionService>(database()), 0, QStringLiteral("admin"));
        QVERIFY2(insertCustomers(), qPrintable(m_lastError));
        // Sorting by name needs an index on it. Migration 0001 has none usable for ORDER BY
        // (PostgreSQL: a trigram GIN index for search only); the model finds indexes in the
        // database, so the test adds the B-tree index the schema is expected to get.
        QVERIFY2(
            exec(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_customers_company_name ON customers (company_name)")),
            qPrintable(m_lastError));
    }
    void cleanup()
    {
        m_admin.reset();
        m_db.reset();
    }

    void showsTheFirstPageOnlyAndFetchesMoreOnDemand()
    {
        auto model =
            std::make_unique<PagedTableModel>(database(), m_admin, *TableCatalog::find(QStringLiteral("customers")));
        QSignalSpy counted(model.get(), &PagedTableModel::totalCountChanged);
        QVERIFY2(model->select(), qPrintable(model->lastError()));
        QCOMPARE(model->rowCount(), PagedTableModel::PageSize);
        QCOMPARE(model->totalCount(), qint64(CustomerCount));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(CustomerCount));
        QVERIFY(model->canFetchMore(QModelIndex()));
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->fetchMore(QModelIndex());
        QCOMPARE(model->rowCount(), 2 * PagedTableModel::PageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), PagedTableModel::PageSize);
        QCOMPARE(model->rowId(0), ids(QStringLiteral("SELECT min(id) FROM customers")).value(0));
        QCOMPARE(fetchAll(*model).size(), CustomerCount);
        QVERIFY(!model->canFetchMore(QModelIndex()));
    }

    void keysetPagingVisitsEveryRowOnceInOrderByOrder_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("orderBy");
        const QString nullsLast = QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1, id");
        const QString nullsFirstDesc = QStringLiteral("CASE WHEN %1 IS NULL THEN 0 ELSE 1 END, %1 DESC, id DESC");
        QTest::newRow("id ascending") << "id" << Qt::AscendingOrder << "id";
        QTest::newRow("id descending") << "id" << Qt::DescendingOrder << "id DESC";
        QTest::newRow("name ascending") << "company_name" << Qt::AscendingOrder << "company_name, id";
        QTest::newRow("name descending") << "company_name" << Qt::DescendingOrder << "company_name DESC, id DESC";
        QTest::newRow("nullable ascending") << "email" << Qt::AscendingOrder << nullsLast.arg(QLatin1String("email"));
        QTest::newRow("nullable descending")
            << "email" << Qt::DescendingOrder << nullsFirstDesc.arg(QLatin1String("email"));
    }
    void keysetPagingVisitsEveryRowOnceInOrderByOrder()
    {
        QFETCH(QString, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, orderBy);
        auto model = openModel();
        QVERIFY2(model, qPrintable(m_lastError));
        const int sortColumn = this->column(*model, column);
        QVERIFY(model->isSortable(sortColumn));
        model->sort(sortColumn, order);
        QCOMPARE(model->sortColumn(), sortColumn);
        QCOMPARE(model->rowCount(), PagedTableModel::PageSize);

        const QList<qint64> expected = ids(QStringLiteral("SELECT id FROM customers ORDER BY ") + orderBy);
        QCOMPARE(expected.size(), CustomerCount);
        const QList<qint64> visited = fetchAll(*model);
        QCOMPARE(QSet<qint64>(visited.begin(), visited.end()).size(), CustomerCount);
        QCOMPARE(visited, expected);
    }

    void filterNarrowsTheRowsAndTheCount()
    {
        auto model = openModel();
        QVERIFY2(model, qPrintable(m_lastError));
        QSignalSpy counted(model.get(), &PagedTableModel::totalCountChanged);
        const QString filter = QStringLiteral("company_name LIKE ? AND rule_pack = ?");
        const QVariantList values = {QStringLiteral("Company 1%"), QStringLiteral("uk_fca")};
        model->setFilter(filter, values);
        const QList<qint64> expected =
            ids(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY company_name DESC, id DESC").arg(filter),
                values);
        QVERIFY(expected.size() > PagedTableModel::PageSize / 2 && expected.size() < CustomerCount / 2);
        QCOMPARE(model->totalCount(), qint64(expected.size()));
        QCOMPARE(counted.size(), 1);

        model->sort(column(*model, QStringLiteral("company_name")), Qt::DescendingOrder);
        QCOMPARE(model->filter(), filter);
        QCOMPARE(fetchAll(*model), expected);
        const int rulePack = column(*model, QStringLiteral("rule_pack"));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row, rulePack)).toString(), QStringLiteral("uk_fca"));

        model->setFilter(QString());
        QCOMPARE(model->totalCount(), qint64(CustomerCount));
    }

    void onlyTheIdAndIndexedColumnsAreSortable()
    {
        auto model = openModel();
        QVERIFY2(model, qPrintable(m_lastError));
        QVERIFY(model->isSortable(column(*model, QStringLiteral("id"))));
        QVERIFY(model->isSortable(column(*model, QStringLiteral("email"))));
        QVERIFY(!model->isSortable(column(*model, QStringLiteral("notes"))));
        QVERIFY(!model->isSortable(-1));
        QVERIFY(!model->isSortable(model->columnCount()));

        model->sort(column(*model, QStringLiteral("email")), Qt::DescendingOrder);
        const qint64 first = model->rowId(0);
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("cannot be sorted by notes")));
        model->sort(column(*model, QStringLiteral("notes")), Qt::AscendingOrder);
        QCOMPARE(model->sortColumn(), column(*model, QStringLiteral("email")));
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model->rowId(0), first);

        // A composite index makes its leading column sortable; a partial index does not.
        auto deliveries = openModel(QStringLiteral("email_deliveries"));
        QVERIFY2(deliveries, qPrintable(m_lastError));
        QVERIFY(deliveries->isSortable(column(*deliveries, QStringLiteral("status"))));
        QVERIFY(!deliveries->isSortable(column(*deliveries, QStringLiteral("next_retry_at"))));
        QVERIFY(!deliveries->isSortable(column(*deliveries, QStringLiteral("to_address"))));
    }

    void passesTheModelTesterWhileScrollingSortingAndFiltering()
    {
        auto model = openModel();
        QVERIFY2(model, qPrintable(m_lastError));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore(QModelIndex());
        model->sort(column(*model, QStringLiteral("company_name")), Qt::DescendingOrder);
        model->fetchMore(QModelIndex());
        model->setFilter(QStringLiteral("email IS NULL"));
        QCOMPARE(model->totalCount(), qint64(CustomerCount / 4));
        fetchAll(*model);
        QCOMPARE(model->rowCount(), CustomerCount / 4);
        QVERIFY(model->select());
    }

    void valuesAreShownLikeTheTableModelShowsThem()
    {
        QVERIFY2(
            exec(QStringLiteral("INSERT INTO payment_records (customer_id, invoice_number, amount, amount_paid, "
                                "currency, due_date, status, paid_at) VALUES (?, 'INV-1', ?, ?, 'KWD', ?, "
                                "'partial', ?)"),
                 {ids(QStringLiteral("SELECT min(id) FROM customers")).value(0),
                  database().dialect().moneyToSql(*Money::parse(QStringLiteral("1234.567"), QStringLiteral("KWD"))),
                  database().dialect().moneyToSql(Money(0, QStringLiteral("KWD"))),
                  database().dialect().dateToSql(QDate(2024, 5, 31)),
                  database().dialect().timestampToSql(
                      QDateTime(QDate(2024, 6, 1), QTime(12, 30, 15, 250), QTimeZone::utc()))}),
            qPrintable(m_lastError));
        for (const QString& table : {QStringLiteral("payment_records"), QStringLiteral("customers")}) {
            auto paged = openModel(table);
            QVERIFY2(paged, qPrintable(m_lastError));
            std::unique_ptr<SqlTableModel> plain(
                TableModelFactory::createTableModel(database(), m_admin, table, nullptr));
            plain->setSort(plain->fieldIndex(QStringLiteral("id")), Qt::AscendingOrder);
            QVERIFY(plain->select());
            QCOMPARE(paged->columnCount(), plain->columnCount());
            for (int row = 0; row < paged->rowCount(); ++row) {
                for (int col = 0; col < paged->columnCount(); ++col) {
                    QCOMPARE(paged->headerData(col, Qt::Horizontal), plain->headerData(col, Qt::Horizontal));
                    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::CheckStateRole),
                                     int(Qt::TextAlignmentRole), PagedTableModel::RawValueRole})
                        QCOMPARE(paged->data(paged->index(row, col), role), plain->data(plain->index(row, col), role));
                }
            }
        }
        auto payments = openModel(QStringLiteral("payment_records"));
        QCOMPARE(payments->data(payments->index(0, column(*payments, QStringLiteral("amount")))).toString(),
                 QStringLiteral("1234.567 KWD"));
    }

    void timestampKeysPageExactly()
    {
        // 600 audit entries over 300 distinct instants a microsecond (PostgreSQL) or a
        // millisecond (SQLite, its storage precision) apart: ties everywhere and page boundaries
        // between instants that a millisecond QDateTime could not tell apart.
        Transaction transaction(database());
        const bool postgres = database().dialect().isPostgres();
        for (int i = 0; i < 600; ++i) {
            const QString at = postgres
                                   ? QStringLiteral("2024-01-01 00:00:00.%1+00").arg(i % 300, 6, 10, QLatin1Char('0'))
                                   : QStringLiteral("2024-01-01T00:00:00.%1Z").arg(i % 300, 3, 10, QLatin1Char('0'));
            QVERIFY2(exec(QStringLiteral("INSERT INTO audit_logs (actor_type, action, entity_type, created_at) "
                                         "VALUES ('system', 'test', ?, ?)"),
                          {i % 2 ? QStringLiteral("customer") : QStringLiteral("payment"), at}),
                     qPrintable(m_lastError));
        }
        QVERIFY2(transaction.commit(&m_lastError), qPrintable(m_lastError));

        auto model = openModel(QStringLiteral("audit_logs"));
        QVERIFY2(model, qPrintable(m_lastError));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model->sort(column(*model, QStringLiteral("created_at")), order);
            QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
            QCOMPARE(model->sortColumn(), column(*model, QStringLiteral("created_at")));
            const QString direction = order == Qt::AscendingOrder ? QString() : QStringLiteral(" DESC");
            QCOMPARE(fetchAll(*model),
                     ids(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at%1, id%1").arg(direction)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
