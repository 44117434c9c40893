#include "customers/CustomerListPage.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "services/PermissionService.h"
#include "tables/CustomerListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

// The customer list page over a migrated SQLite database, offscreen: typing searches after the
// debounce, the filters narrow the list, the keyboard moves from the search into the table and
// Enter opens the right customer, End reaches the last row, the empty state offers to clear the
// search, and the layout, order and filters come back for the same user only.
class TestCustomerListPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int Timeout = 10000;
    static constexpr qint64 UserId = 7;
    static constexpr qint64 OtherUserId = 8;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<PermissionService> m_permissions;
    QMap<QString, qint64> m_ids;

    AccessContextPtr context(qint64 userId)
    {
        return AccessContext::forUser(m_permissions, userId, QStringLiteral("collector"));
    }

    std::unique_ptr<CustomerListPage> openPage(qint64 userId = UserId)
    {
        auto page = std::make_unique<CustomerListPage>(*m_database, context(userId));
        page->resize(1200, 600);
        page->show();
        return page;
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    static bool settled(const CustomerListModel* model)
    {
        return !model->isLoading() && model->totalCount() >= 0 && model->rowCount() == model->totalCount();
    }

    static QStringList shownCompanies(const CustomerListModel* model)
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->data(model->index(row, CustomerListModel::CompanyColumn)).toString();
        return names;
    }

    bool insertCustomer(QSqlQuery& query, const QString& company, const QString& email, const QString& zone)
    {
        query.addBindValue(company);
        query.addBindValue(email);
        query.addBindValue(zone);
        if (!query.exec())
            return false;
        m_ids.insert(company, query.lastInsertId().toLongLong());
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_customerlistpage"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("list.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_permissions = std::make_shared<PermissionService>(*m_database);

        m_ids.clear();
        QSqlQuery query(m_database->connection());
        QVERIFY(
            query.prepare(QStringLiteral("INSERT INTO customers (company_name, email, time_zone) VALUES (?, ?, ?)")));
        QVERIFY2(insertCustomer(query, QStringLiteral("Mango Ltd"), QStringLiteral("sales@mango.example"),
                                QStringLiteral("Europe/London")),
                 qPrintable(query.lastError().text()));
        QVERIFY(insertCustomer(query, QStringLiteral("Acme Corp"), QStringLiteral("ap@acme.example"),
                               QStringLiteral("America/New_York")));
        QVERIFY(insertCustomer(query, QStringLiteral("Zenith AG"), QStringLiteral("info@zenith.example"),
                               QStringLiteral("Europe/Berlin")));
        QSqlQuery profile(m_database->connection());
        QVERIFY(
            profile.prepare(QStringLiteral("INSERT INTO customer_profiles (customer_id, risk_level) VALUES (?, ?)")));
        for (const auto& [company, risk] :
             {std::pair{"Mango Ltd", "low"}, std::pair{"Acme Corp", "high"}, std::pair{"Zenith AG", "critical"}}) {
            profile.addBindValue(m_ids.value(QString::fromUtf8(company)));
            profile.addBindValue(QString::fromLatin1(risk));
            QVERIFY2(profile.exec(), qPrintable(profile.lastError().text()));
        }
    }

    void cleanup()
    {
        m_permissions.reset();
        m_database.reset();
        m_dir.reset();
    }

    void showsTheCustomersAndTheirCount()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QCOMPARE(shownCompanies(model),
                 (QStringList{QStringLiteral("Acme Corp"), QStringLiteral("Mango Ltd"), QStringLiteral("Zenith AG")}));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page.get(), "statusLabel")->text(), QStringLiteral("3 customers"),
                                  Timeout);
        QVERIFY(child<QTableView>(page.get(), "customerTable")->isVisible());
        QVERIFY(!child<QWidget>(page.get(), "emptyState")->isVisible());
    }

    void typingSearchesAfterTheDebounce()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        auto* search = child<QLineEdit>(page.get(), "searchEdit");
        QVERIFY(search);
        QElapsedTimer typed;
        QTest::keyClicks(search, QStringLiteral("ze"));
        typed.start();
        QVERIFY(model->filter().search.isEmpty()); // not on every keystroke
        QTRY_COMPARE_WITH_TIMEOUT(model->filter().search, QStringLiteral("ze"), Timeout);
        QVERIFY(typed.elapsed() >= CustomerListPage::SearchDelayMs - 20);
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QCOMPARE(shownCompanies(model), QStringList{QStringLiteral("Zenith AG")});
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page.get(), "statusLabel")->text(), QStringLiteral("1 customer"),
                                  Timeout);

        // Return searches at once.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("mango"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->filter().search, QStringLiteral("mango"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QCOMPARE(shownCompanies(model), QStringList{QStringLiteral("Mango Ltd")});
    }

    void noMatchOffersToClearTheSearch()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        auto* search = child<QLineEdit>(page.get(), "searchEdit");
        QTest::keyClicks(search, QStringLiteral("xyz"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(page.get(), "emptyState")->isVisible(), Timeout);
        QCOMPARE(child<QLabel>(page.get(), "emptyStateLabel")->text(), QStringLiteral("No customers match 'xyz'."));
        QVERIFY(!child<QTableView>(page.get(), "customerTable")->isVisible());
        auto* clear = child<QPushButton>(page.get(), "emptyStateButton");
        QCOMPARE(clear->text(), QStringLiteral("Clear the search"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settled(model) && model->rowCount() == 3, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(page.get(), "customerTable")->isVisible(), Timeout);
    }

    void filtersNarrowTheList()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        auto* risk = child<QComboBox>(page.get(), "riskFilter");
        QVERIFY(risk);
        risk->setCurrentIndex(risk->findData(QStringLiteral("critical")));
        QCOMPARE(model->filter().riskLevels, QStringList{QStringLiteral("critical")});
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QCOMPARE(shownCompanies(model), QStringList{QStringLiteral("Zenith AG")});

        auto* zone = child<QComboBox>(page.get(), "timeZoneFilter");
        zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/London")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(page.get(), "emptyState")->isVisible(), Timeout);
        QCOMPARE(child<QLabel>(page.get(), "emptyStateLabel")->text(),
                 QStringLiteral("No customers match these filters."));

        QTest::mouseClick(child<QPushButton>(page.get(), "clearFiltersButton"), Qt::LeftButton);
        QCOMPARE(risk->currentIndex(), 0);
        QCOMPARE(zone->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(model) && model->rowCount() == 3, Timeout);
    }

    void keyboardMovesFromSearchToTableAndEnterOpensTheCustomer()
    {
        auto page = openPage();
        page->activateWindow();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QSignalSpy activated(page.get(), &CustomerListPage::customerActivated);
        auto* search = child<QLineEdit>(page.get(), "searchEdit");
        auto* table = child<QTableView>(page.get(), "customerTable");

        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_ids.value(QStringLiteral("Mango Ltd")));
        QTest::keyClick(table, Qt::Key_Enter);
        QCOMPARE(activated.size(), 2);
    }

    void endJumpsToTheLastRow()
    {
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(m_database->connection().transaction());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO customers (company_name) VALUES (?)")));
            for (int i = 0; i < 900; ++i) {
                query.addBindValue(QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0')));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(m_database->connection().commit());
        }
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        auto* table = child<QTableView>(page.get(), "customerTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End);
        QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().row(), 902, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(902), Timeout);
        QCOMPARE(model->data(model->index(902, CustomerListModel::CompanyColumn)).toString(),
                 QStringLiteral("Zenith AG"));
        QVERIFY(!model->isRowLoaded(CustomerListModel::PageSize)); // nothing read in between
        QSignalSpy activated(page.get(), &CustomerListPage::customerActivated);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_ids.value(QStringLiteral("Zenith AG")));
    }

    void unsortableHeadersSayWhy()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QHeaderView* header = child<QTableView>(page.get(), "customerTable")->horizontalHeader();
        header->setSortIndicator(CustomerListModel::RiskLevelColumn, Qt::DescendingOrder);
        QCOMPARE(model->sortColumn(), int(CustomerListModel::CompanyColumn));
        QCOMPARE(header->sortIndicatorSection(), int(CustomerListModel::CompanyColumn));
        QVERIFY(child<QLabel>(page.get(), "hintLabel")->isVisible());

        header->setSortIndicator(CustomerListModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(model->sortColumn(), int(CustomerListModel::EmailColumn));
        QVERIFY(!child<QLabel>(page.get(), "hintLabel")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        QCOMPARE(shownCompanies(model),
                 (QStringList{QStringLiteral("Mango Ltd"), QStringLiteral("Zenith AG"), QStringLiteral("Acme Corp")}));
    }

    void layoutOrderAndFiltersComeBackForTheSameUserOnly()
    {
        {
            auto page = openPage(UserId);
            QHeaderView* header = child<QTableView>(page.get(), "customerTable")->horizontalHeader();
            header->resizeSection(CustomerListModel::ContactColumn, 333);
            header->setSortIndicator(CustomerListModel::EmailColumn, Qt::DescendingOrder);
            auto* risk = child<QComboBox>(page.get(), "riskFilter");
            risk->setCurrentIndex(risk->findData(QStringLiteral("high")));
            auto* overdue = child<QComboBox>(page.get(), "overdueFilter");
            overdue->setCurrentIndex(overdue->findData(int(CustomerListFilter::Choice::No)));
            QTest::keyClicks(child<QLineEdit>(page.get(), "searchEdit"), QStringLiteral("acme"));
        }
        {
            auto page = openPage(UserId);
            CustomerListModel* model = page->model();
            QHeaderView* header = child<QTableView>(page.get(), "customerTable")->horizontalHeader();
            QCOMPARE(header->sectionSize(CustomerListModel::ContactColumn), 333);
            QCOMPARE(model->sortColumn(), int(CustomerListModel::EmailColumn));
            QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
            QCOMPARE(header->sortIndicatorSection(), int(CustomerListModel::EmailColumn));
            QCOMPARE(child<QComboBox>(page.get(), "riskFilter")->currentData().toString(), QStringLiteral("high"));
            QCOMPARE(model->filter().riskLevels, QStringList{QStringLiteral("high")});
            QCOMPARE(model->filter().overdue, CustomerListFilter::Choice::No);
            QVERIFY(model->filter().search.isEmpty()); // the search is not remembered
            QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
            QCOMPARE(shownCompanies(model), QStringList{QStringLiteral("Acme Corp")});
            QCOMPARE(model->generation(), quint64(1)); // restored before the first read: one read
        }
        {
            auto page = openPage(OtherUserId);
            CustomerListModel* model = page->model();
            QHeaderView* header = child<QTableView>(page.get(), "customerTable")->horizontalHeader();
            QVERIFY(header->sectionSize(CustomerListModel::ContactColumn) != 333);
            QCOMPARE(model->sortColumn(), int(CustomerListModel::CompanyColumn));
            QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
            QVERIFY(model->filter().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
            QCOMPARE(model->rowCount(), 3);
        }
    }
};

QTEST_MAIN(TestCustomerListPage)
#include "tst_customerlistpage.moc"
