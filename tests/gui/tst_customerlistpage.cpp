#include "auth/MessageLabel.h"
#include "common/TableBrowser.h"
#include "customers/CustomerFormDialog.h"
#include "customers/CustomerListExportDialog.h"
#include "customers/CustomerListExportJob.h"
#include "customers/CustomerListPage.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "io/CsvParser.h"
#include "services/PermissionService.h"
#include "shell/AreaFactory.h"
#include "tables/CustomerListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
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
// search, and the layout, order and filters come back for the same user only. The page is the
// customers area of the shell; Enter opens the customer form (through the opener seam, and for
// real: a save refreshes the list and keeps the customer selected); New Customer, Import and
// Export follow the role; the export writes every customer of the current search and filters
// (not only the loaded rows) in the list's order on a worker, can be cancelled, and is refused
// without the right; its dialog offers the list's columns (checked, then remembered) by keyboard.
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

    QList<qint64> m_opened; // customer ids the recording form opener was asked for

    AccessContextPtr context(qint64 userId, const QString& role = QStringLiteral("collector"))
    {
        return AccessContext::forUser(m_permissions, userId, role);
    }

    // With `recordOpens` the form opener only records the id (no form); otherwise the real one.
    std::unique_ptr<CustomerListPage>
    openPage(qint64 userId = UserId, const QString& role = QStringLiteral("collector"), bool recordOpens = true)
    {
        auto page = std::make_unique<CustomerListPage>(*m_database, context(userId, role));
        if (recordOpens) {
            page->setFormOpener([this](qint64 id) -> CustomerFormDialog* {
                m_opened << id;
                return nullptr;
            });
        }
        // The remembered choice, no export dialog (exportDialogOffersTheListsColumns opens it).
        page->setExportOptionsChooser([](bool include) { return std::optional<bool>(include); });
        page->resize(1400, 600);
        page->show();
        return page;
    }

    bool insertBulk(int count)
    {
        QSqlQuery query(m_database->connection());
        if (!m_database->connection().transaction() ||
            !query.prepare(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES (?, ?)")))
            return false;
        for (int i = 0; i < count; ++i) {
            query.addBindValue(QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0')));
            query.addBindValue(QStringLiteral("UTC"));
            if (!query.exec())
                return false;
        }
        return m_database->connection().commit();
    }

    // The ids in an exported file (column "id"), or an empty list with *error set.
    static QList<qint64> exportedIds(const QString& path, QString* error)
    {
        QList<qint64> ids;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return ids;
        }
        CsvParser parser(&file);
        int idColumn = -1;
        while (auto record = parser.next()) {
            if (idColumn < 0) {
                idColumn = int(record->fields.indexOf(QStringLiteral("id")));
                if (idColumn < 0) {
                    *error = QStringLiteral("no id column in ") + record->fields.join(QLatin1Char(','));
                    return ids;
                }
                continue;
            }
            ids << record->fields.value(idColumn).toLongLong();
        }
        if (idColumn < 0)
            *error = QStringLiteral("empty file");
        return ids;
    }

    // The header of an exported file.
    static QStringList exportedHeader(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        CsvParser parser(&file);
        const auto record = parser.next();
        return record ? record->fields : QStringList();
    }

    QList<qint64> customerIds(const QString& where = QString(), const QString& orderBy = QStringLiteral("id"))
    {
        QList<qint64> ids;
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT id FROM customers ") + where + QStringLiteral(" ORDER BY ") + orderBy);
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
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
        m_opened.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("list.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        QVERIFY2(Migrator(*m_database).migrate(&error), qPrintable(error));
        m_permissions = std::make_shared<PermissionService>(*m_database);
        QSqlQuery users(m_database->connection()); // the form's audit entries name their actor
        QVERIFY2(users.exec(QStringLiteral("INSERT INTO users (id, email, password_hash, full_name, role) VALUES "
                                           "(%1, 'seven@example.com', 'not-a-hash', 'Seven', 'collector'), "
                                           "(%2, 'eight@example.com', 'not-a-hash', 'Eight', 'collector')")
                                .arg(UserId)
                                .arg(OtherUserId)),
                 qPrintable(users.lastError().text()));

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

    void leavesTheNavigationItsWidthOnA1280PixelWindow()
    {
        // MainWindow opens at most 1280 pixels wide and gives the navigation 250 of them (its
        // longest heading, "Authentication & Authorization", needs about that); the page's
        // minimum width, its filter row's, must fit in the rest or the navigation is squeezed.
        auto page = openPage();
        constexpr int Navigation = 250, Handle = 8, Frame = 2;
        QVERIFY2(page->minimumSizeHint().width() <= 1280 - Navigation - Handle - Frame,
                 qPrintable(QString::number(page->minimumSizeHint().width())));
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

    void aSavedCustomerThatMovedFarIsStillTheCurrentRow()
    {
        QVERIFY(insertBulk(600));
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        auto* table = child<QTableView>(page.get(), "customerTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End);
        const int last = model->rowCount() - 1;
        QVERIFY(last > 2 * CustomerListModel::PageSize);
        QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().row(), last, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(last), Timeout);
        const qint64 id = model->customerId(last);

        // Renamed (as a save elsewhere would): it moves from the last row to the first, more
        // than a page away; the list asks where it stands and selects it there.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.prepare(QStringLiteral("UPDATE customers SET company_name = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral("Aaaa Moved"));
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QSignalSpy restored(page.get(), &CustomerListPage::currentCustomerRestored);
        page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
        QCOMPARE(restored.at(0).at(0).toBool(), true);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(model->customerId(0), id);

        // Renamed into the middle, from the first row.
        QVERIFY(query.prepare(QStringLiteral("UPDATE customers SET company_name = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral("Bulk 0450x"));
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 2, Timeout);
        QCOMPARE(restored.at(1).at(0).toBool(), true);
        const int row = table->currentIndex().row();
        QVERIFY2(row > CustomerListModel::PageSize, qPrintable(QString::number(row)));
        QCOMPARE(model->customerId(row), id);
        QCOMPARE(model->data(model->index(row, CustomerListModel::CompanyColumn)).toString(),
                 QStringLiteral("Bulk 0450x"));
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

    void isTheCustomersAreaOfTheShell()
    {
        std::unique_ptr<QWidget> area(
            AreaFactory::create(*m_database, context(UserId), QStringLiteral("customers"), nullptr));
        auto* page = qobject_cast<CustomerListPage*>(area.get());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page->model()), Timeout);
        const quint64 generation = page->model()->generation();
        AreaFactory::refresh(area.get()); // View > Refresh
        QCOMPARE(page->model()->generation(), generation + 1);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page->model()) && page->model()->rowCount() == 3, Timeout);

        std::unique_ptr<QWidget> other(
            AreaFactory::create(*m_database, context(UserId), QStringLiteral("payment_records"), nullptr));
        QVERIFY(qobject_cast<TableBrowser*>(other.get()));
    }

    void enterAndDoubleClickOpenTheFormThroughTheOpener()
    {
        auto page = openPage();
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        auto* table = child<QTableView>(page.get(), "customerTable");
        table->setFocus();
        table->setCurrentIndex(model->index(1, 0)); // Mango Ltd (by company)
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_opened, QList<qint64>{m_ids.value(QStringLiteral("Mango Ltd"))});

        const QRect zenith = table->visualRect(model->index(2, CustomerListModel::CompanyColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, zenith.center()); // the press a double click follows
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, zenith.center());
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.at(1), m_ids.value(QStringLiteral("Zenith AG")));
    }

    void savingInTheFormRefreshesAndKeepsTheCustomerSelected()
    {
        auto page = openPage(UserId, QStringLiteral("collector"), false); // the real form
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);
        auto* table = child<QTableView>(page.get(), "customerTable");
        table->setFocus();
        table->setCurrentIndex(model->index(1, CustomerListModel::EmailColumn)); // Mango Ltd
        QTest::keyClick(table, Qt::Key_Return);
        CustomerFormDialog* form = page->openForm();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QCOMPARE(form->customerId(), m_ids.value(QStringLiteral("Mango Ltd")));

        // Closed without a change: the list is not read again.
        const quint64 generation = model->generation();
        form->reject();
        QTRY_VERIFY(!page->openForm());
        QCOMPARE(model->generation(), generation);

        // Renamed: the customer moves to the top of the order and stays the current row.
        QTest::keyClick(table, Qt::Key_Return);
        form = page->openForm();
        QVERIFY(form);
        auto* company = form->findChild<QLineEdit*>(QStringLiteral("companyNameEdit"));
        QVERIFY(company);
        company->setText(QStringLiteral("Aardvark Mango"));
        QVERIFY2(form->save(), qPrintable(form->findChild<MessageLabel*>(QStringLiteral("messageLabel"))->text()));
        QSignalSpy restored(page.get(), &CustomerListPage::currentCustomerRestored);
        form->reject();
        QTRY_VERIFY(!page->openForm());
        QVERIFY(model->generation() > generation);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, Timeout);
        QCOMPARE(restored.at(0).at(0).toBool(), true);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->currentIndex().column(), int(CustomerListModel::EmailColumn));
        QCOMPARE(model->customerId(0), m_ids.value(QStringLiteral("Mango Ltd")));
        QCOMPARE(model->data(model->index(0, CustomerListModel::CompanyColumn)).toString(),
                 QStringLiteral("Aardvark Mango"));

        // A saved customer that no longer matches the filter is not selected.
        child<QLineEdit>(page.get(), "searchEdit")->setText(QStringLiteral("aardvark"));
        QTRY_VERIFY_WITH_TIMEOUT(model->filter().search == QStringLiteral("aardvark") && settled(model), Timeout);
        QCOMPARE(model->rowCount(), 1);
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        form = page->openForm();
        QVERIFY(form);
        form->findChild<QLineEdit*>(QStringLiteral("companyNameEdit"))->setText(QStringLiteral("Mango Ltd"));
        QVERIFY(form->save());
        form->reject();
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 2, Timeout);
        QCOMPARE(restored.at(1).at(0).toBool(), false);
        QVERIFY(child<QWidget>(page.get(), "emptyState")->isVisible());
    }

    void newCustomerFollowsTheRole()
    {
        {
            auto page = openPage(UserId, QStringLiteral("collector"));
            auto* button = child<QPushButton>(page.get(), "newCustomerButton");
            QVERIFY(button);
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(m_opened, QList<qint64>{0});
            page->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(page.get()));
            child<QTableView>(page.get(), "customerTable")->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(m_opened, (QList<qint64>{0, 0}));
        }
        {
            // The real form for a new customer.
            auto page = openPage(UserId, QStringLiteral("collector"), false);
            page->newCustomer();
            QVERIFY(page->openForm());
            QCOMPARE(page->openForm()->customerId(), 0);
            QVERIFY(page->openForm()->isEditable());
            page->openForm()->reject();
            QTRY_VERIFY(!page->openForm());
        }
        m_opened.clear();
        auto page = openPage(UserId, QStringLiteral("auditor"));
        auto* button = child<QPushButton>(page.get(), "newCustomerButton");
        QVERIFY(!button->isEnabled());
        const AccessContextPtr auditor = context(UserId, QStringLiteral("auditor"));
        QCOMPARE(button->toolTip(),
                 auditor->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Create));
        page->newCustomer(); // asked directly: refused, said so
        QVERIFY(m_opened.isEmpty());
        QVERIFY(child<MessageLabel>(page.get(), "errorLabel")->text().contains(QStringLiteral("auditor")));
    }

    void importAsksTheShellOnlyForARoleThatMayCreateCustomers()
    {
        {
            auto page = openPage(UserId, QStringLiteral("collector"));
            auto* button = child<QPushButton>(page.get(), "importButton");
            QVERIFY(button);
            QVERIFY(button->isEnabled());
            QSignalSpy requested(page.get(), &CustomerListPage::importRequested);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(requested.size(), 1);
        }
        auto page = openPage(UserId, QStringLiteral("auditor"));
        auto* button = child<QPushButton>(page.get(), "importButton");
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("auditor")), qPrintable(button->toolTip()));
    }

    void exportWritesEveryCustomerOfTheCurrentList()
    {
        QVERIFY(insertBulk(600));
        auto page = openPage(UserId, QStringLiteral("manager"));
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), Timeout);
        auto* exportButton = child<QPushButton>(page.get(), "exportButton");
        QVERIFY(exportButton->isEnabled());
        QStringList suggested;
        QString path = m_dir->filePath(QStringLiteral("all.csv"));
        page->setSaveFileChooser([&](const QString& proposal) {
            suggested << proposal;
            return path;
        });
        QSignalSpy finished(page.get(), &CustomerListPage::exportFinished);

        // Every customer, though the list has read only its first page(s), in the list's order.
        QVERIFY(!model->isRowLoaded(500));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(suggested.size(), 1);
        QVERIFY(suggested.at(0).endsWith(QStringLiteral(".csv")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(603));
        QString error;
        QCOMPARE(page->currentSort(), (CustomerListSort{QStringLiteral("company_name"), Qt::AscendingOrder}));
        QCOMPARE(exportedIds(path, &error), customerIds(QString(), QStringLiteral("company_name, id")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(child<MessageLabel>(page.get(), "errorLabel")->text().contains(QStringLiteral("603")));
        QVERIFY(!child<QProgressBar>(page.get(), "exportProgress")->isVisible());
        QVERIFY(exportButton->isEnabled());

        // The filters: only their customers.
        auto* risk = child<QComboBox>(page.get(), "riskFilter");
        risk->setCurrentIndex(risk->findData(QStringLiteral("high")));
        QTRY_VERIFY_WITH_TIMEOUT(settled(model) && model->rowCount() == 1, Timeout);
        path = m_dir->filePath(QStringLiteral("high.csv"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Timeout);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(2).toString()));
        QCOMPARE(exportedIds(path, &error), QList<qint64>{m_ids.value(QStringLiteral("Acme Corp"))});

        // The search as typed, even before the debounce has applied it.
        risk->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(page.get(), "searchEdit"), QStringLiteral("zen"));
        path = m_dir->filePath(QStringLiteral("search.csv"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(model->filter().search, QStringLiteral("zen"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, Timeout);
        QCOMPARE(exportedIds(path, &error), QList<qint64>{m_ids.value(QStringLiteral("Zenith AG"))});

        // No file chosen: nothing happens.
        path.clear();
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 3);
        QVERIFY(!page->isExporting());
    }

    void exportShowsProgressAndCanBeCancelled()
    {
        QVERIFY(insertBulk(2000));
        auto page = openPage(UserId, QStringLiteral("manager"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page->model()), Timeout);
        auto* job = page->findChild<CustomerListExportJob*>();
        QVERIFY(job);
        job->setPageSize(1); // a page per customer: the cancel arrives long before the end
        const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
        page->setSaveFileChooser([&](const QString&) { return path; });
        QSignalSpy finished(page.get(), &CustomerListPage::exportFinished);
        auto* exportButton = child<QPushButton>(page.get(), "exportButton");
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(page->isExporting());
        QVERIFY(!exportButton->isEnabled());
        auto* progress = child<QProgressBar>(page.get(), "exportProgress");
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 2003); // the list's count
        auto* cancel = child<QPushButton>(page.get(), "cancelExportButton");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(2).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(finished.at(0).at(1).toLongLong() < 2003);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(exportButton->isEnabled());
    }

    void exportIsRefusedWithoutTheRight()
    {
        auto page = openPage(UserId, QStringLiteral("collector"));
        auto* exportButton = child<QPushButton>(page.get(), "exportButton");
        QVERIFY(exportButton);
        QVERIFY(!exportButton->isEnabled());
        const QString denied =
            context(UserId)->deniedMessage(QStringLiteral("customers"), PermissionService::Action::Export);
        QCOMPARE(exportButton->toolTip(), denied);
        bool asked = false;
        page->setSaveFileChooser([&](const QString&) {
            asked = true;
            return m_dir->filePath(QStringLiteral("refused.csv"));
        });
        page->exportCsv(); // asked directly: refused before any file is chosen
        QVERIFY(!asked);
        QVERIFY(!page->isExporting());
        QCOMPARE(child<MessageLabel>(page.get(), "errorLabel")->text(), denied);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("refused.csv"))));

        // The worker refuses too.
        CustomerListExportJob job(*m_database, context(UserId));
        QSignalSpy finished(&job, &CustomerListExportJob::finished);
        QVERIFY(job.start(CustomerListFilter(), m_dir->filePath(QStringLiteral("refused.csv"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(3).toString(), denied);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("refused.csv"))));
    }

    void buttonsAreReachableByKeyboard()
    {
        auto page = openPage(UserId, QStringLiteral("manager"));
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page->model()), Timeout);

        // Tab: the search, the filters, then the buttons, then the table.
        child<QComboBox>(page.get(), "timeZoneFilter")->setFocus();
        QTRY_VERIFY(child<QWidget>(page.get(), "timeZoneFilter")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Clear filters is disabled: skipped
        QTRY_VERIFY(child<QWidget>(page.get(), "newCustomerButton")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(child<QWidget>(page.get(), "importButton")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Cancel export is hidden: skipped
        QVERIFY(child<QWidget>(page.get(), "exportButton")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(child<QWidget>(page.get(), "customerTable")->hasFocus());

        // Mnemonics: one letter per control, none shared.
        QStringList letters;
        const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                text = label->text();
            else if (auto* button = qobject_cast<QPushButton*>(widget); button && !button->isHidden())
                text = button->text();
            const auto match = mnemonic.match(text);
            if (match.hasMatch())
                letters << match.captured(1).toLower();
        }
        for (const char* name : {"newCustomerButton", "importButton", "exportButton"})
            QVERIFY2(child<QPushButton>(page.get(), name)->text().contains(QLatin1Char('&')), name);
        QStringList unique = letters;
        unique.removeDuplicates();
        QCOMPARE(letters.size(), unique.size());

        // Alt+X exports, Alt+I asks for the import, Alt+N opens a new customer.
        bool asked = false;
        page->setSaveFileChooser([&](const QString&) {
            asked = true;
            return QString();
        });
        QTest::keyClick(page.get(), Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(asked); // a mnemonic "animates" the click first
        QSignalSpy requested(page.get(), &CustomerListPage::importRequested);
        QTest::keyClick(page.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(requested.size(), 1);
        QTest::keyClick(page.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_opened, QList<qint64>{0});
    }

    void exportDialogOffersTheListsColumns()
    {
        QVERIFY(insertBulk(3)); // customers without an e-mail
        auto page = openPage(UserId, QStringLiteral("manager"));
        page->setExportOptionsChooser(nullptr); // the export dialog
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        CustomerListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), Timeout);

        // Sorted by e-mail, descending, through the header as a user sorts: the export follows.
        page->tableView()->horizontalHeader()->setSortIndicator(CustomerListModel::EmailColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model->sortColumn() == CustomerListModel::EmailColumn && settled(model), Timeout);
        QCOMPARE(page->currentSort(), (CustomerListSort{QStringLiteral("email"), Qt::DescendingOrder}));
        QList<qint64> listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed << model->customerId(row);
        QCOMPARE(listed.size(), 6);
        QCOMPARE(listed, customerIds(QString(), QStringLiteral("email IS NULL DESC, email DESC, id DESC")));

        int asked = 0;
        QString path = m_dir->filePath(QStringLiteral("plain.csv"));
        page->setSaveFileChooser([&](const QString&) {
            ++asked;
            return path;
        });
        QSignalSpy finished(page.get(), &CustomerListPage::exportFinished);
        auto* exportButton = child<QPushButton>(page.get(), "exportButton");
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QPointer<CustomerListExportDialog> dialog = page->findChild<CustomerListExportDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(asked, 0); // the options first
        auto* check = child<QCheckBox>(dialog, "includeListColumnsCheck");
        QVERIFY(check);
        QVERIFY(check->isChecked()); // on by default
        QCOMPARE(check->accessibleName(), QStringLiteral("Include risk, holds and balances"));
        QVERIFY(check->text().contains(QLatin1Char('&')));
        auto* summary = child<QLabel>(dialog, "exportSummaryLabel");
        QVERIFY2(summary->text().contains(QStringLiteral("E-mail, descending")), qPrintable(summary->text()));
        auto* choose = child<QPushButton>(dialog, "chooseFileButton");
        QVERIFY(choose && choose->isDefault());
        QVERIFY(choose->text().contains(QLatin1Char('&')));

        // By keyboard: the check box has the focus, Space unchecks it, Enter goes on to the file.
        QTRY_VERIFY(check->hasFocus());
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(!check->isChecked());
        QTest::keyClick(check, Qt::Key_Return);
        QCOMPARE(asked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QString error;
        QCOMPARE(exportedIds(path, &error), listed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!exportedHeader(path).contains(QStringLiteral("risk_level")));
        QTRY_VERIFY(!dialog); // closed and deleted

        // Next time the choice is remembered; checked again, the list's columns are written.
        path = m_dir->filePath(QStringLiteral("columns.csv"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        dialog = page->findChild<CustomerListExportDialog*>();
        QVERIFY(dialog);
        check = child<QCheckBox>(dialog, "includeListColumnsCheck");
        QVERIFY(!check->isChecked());
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(check->isChecked());
        QTest::mouseClick(child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Timeout);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(2).toString()));
        QCOMPARE(exportedIds(path, &error), listed);
        const QStringList header = exportedHeader(path);
        for (const char* column : {"risk_level", "do_not_contact", "holds", "outstanding", "overdue"})
            QVERIFY2(header.contains(QLatin1String(column)), column);

        // Escape cancels: no file is asked for, nothing is exported.
        QTRY_VERIFY(!page->findChild<CustomerListExportDialog*>());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        dialog = page->findChild<CustomerListExportDialog*>();
        QVERIFY(dialog);
        QVERIFY(child<QCheckBox>(dialog, "includeListColumnsCheck")->isChecked());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QTest::qWait(50);
        QCOMPARE(asked, 2);
        QCOMPARE(finished.size(), 2);
        QVERIFY(!page->isExporting());
    }
};

QTEST_MAIN(TestCustomerListPage)
#include "tst_customerlistpage.moc"
