#include "common/TableBrowser.h"
#include "customers/CustomerListPage.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "import/ImportWizard.h"
#include "shell/MainWindow.h"
#include "shell/NavigationTree.h"
#include "shell/StartupController.h"
#include "tables/CustomerListModel.h"
#include "tables/TableCatalog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QSignalSpy>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

// The main window over a real, migrated SQLite database: navigation opens tables, the table
// shows and sorts their rows, and the status bar names the database. Runs offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
        QCoreApplication::setOrganizationName(QStringLiteral("CollectDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear(); // no remembered layout or last table from an earlier run
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_database = Database::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("gui.db")), &error);
        QVERIFY2(m_database, qPrintable(error));
        Migrator migrator(*m_database);
        QVERIFY2(migrator.migrate(&error), qPrintable(error));

        QSqlQuery insert(m_database->connection());
        QVERIFY(
            insert.prepare(QStringLiteral("INSERT INTO customers (company_name, email, time_zone) VALUES (?, ?, ?)")));
        const QStringList names = {QStringLiteral("Mango Ltd"), QStringLiteral("Acme Corp"),
                                   QStringLiteral("Zenith AG")};
        for (const QString& name : names) {
            insert.addBindValue(name);
            insert.addBindValue(name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com"));
            insert.addBindValue(QStringLiteral("Europe/Berlin"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
        m_dir.reset();
    }

    void opensCustomersTableFromNavigation()
    {
        showWindow();
        m_window->openTable(QStringLiteral("templates")); // start somewhere else
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
        QVERIFY(tree);

        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Home);
        const QString customersTitle = TableCatalog::find(QStringLiteral("customers"))->translatedTitle();
        // The group heading may carry the same title as the table: a table item has a parent.
        auto isCustomersTable = [&] {
            const QTreeWidgetItem* item = tree->currentItem();
            return item && item->parent() && item->text(0) == customersTitle;
        };
        for (int i = 0; i < 40 && !isCustomersTable(); ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(isCustomersTable());
        QTest::keyClick(tree, Qt::Key_Return);

        QCOMPARE(m_window->currentTable(), QStringLiteral("customers"));
        auto* page = m_window->findChild<CustomerListPage*>(QStringLiteral("customerListPage"));
        QVERIFY(page); // the customers area is the customer list, not the generic browser
        QVERIFY(!m_window->findChild<TableBrowser*>(QStringLiteral("tableBrowser_customers")));
        QVERIFY(page->isVisible());
        QVERIFY(customersView());
        QTRY_COMPARE(customerRows(), 3);
    }

    // customers is a large table (paged model): the generic browser sorts it by the id and
    // indexed columns, e.g. email. (The shell shows customers in the customer list.)
    void sortsRowsDescendingWhenHeaderClickedTwice()
    {
        auto browser = showBrowser(QStringLiteral("customers"));
        QTableView* view = browser->tableView();
        QVERIFY(view);
        QAbstractItemModel* model = view->model();
        const int company = sectionFor(model, QStringLiteral("customers"), QStringLiteral("company_name"));
        const int email = sectionFor(model, QStringLiteral("customers"), QStringLiteral("email"));
        QVERIFY(company >= 0 && email >= 0);
        QCOMPARE(model->index(0, company).data().toString(), QStringLiteral("Mango Ltd")); // by id

        clickHeader(view, email);
        QCOMPARE(model->index(0, company).data().toString(), QStringLiteral("Acme Corp")); // ascending
        clickHeader(view, email);
        QHeaderView* header = view->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), email);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, company).data().toString(), QStringLiteral("Zenith AG"));
        QCOMPARE(model->index(2, company).data().toString(), QStringLiteral("Acme Corp"));
    }

    void explainsWhenLargeTableCannotSortByColumn()
    {
        auto browser = showBrowser(QStringLiteral("customers"));
        QTableView* view = browser->tableView();
        QVERIFY(view);
        QAbstractItemModel* model = view->model();
        const int company = sectionFor(model, QStringLiteral("customers"), QStringLiteral("company_name"));
        const int notes = sectionFor(model, QStringLiteral("customers"), QStringLiteral("notes"));
        QVERIFY(company >= 0 && notes >= 0);

        clickHeader(view, notes);                                                          // free text: never indexed
        QCOMPARE(model->index(0, company).data().toString(), QStringLiteral("Mango Ltd")); // still by id
        QVERIFY(view->horizontalHeader()->sortIndicatorSection() != notes);
        auto* hint = view->parentWidget()->findChild<QLabel*>(QStringLiteral("hintLabel"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(model->headerData(notes, Qt::Horizontal).toString()), qPrintable(hint->text()));
    }

    void refreshShowsRowsAddedMeanwhile()
    {
        showWindow();
        QVERIFY(m_window->openTable(QStringLiteral("customers")));
        QTRY_COMPARE(customerRows(), 3);
        QSqlQuery insert(m_database->connection());
        QVERIFY2(
            insert.exec(QStringLiteral("INSERT INTO customers (company_name, time_zone) VALUES ('Delta BV', 'UTC')")),
            qPrintable(insert.lastError().text()));

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(customerRows(), 4);
    }

    void startupRefusesSchemaNewerThanApp()
    {
        QSqlQuery future(m_database->connection());
        QVERIFY2(future.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) "
                                            "VALUES (9999, 'future', 'x')")),
                 qPrintable(future.lastError().text()));
        qputenv("COLLECTDESK_NONINTERACTIVE", "1"); // report on stderr instead of a dialog
        StartupController startup;
        QVERIFY(!startup.migrate(*m_database));
        qunsetenv("COLLECTDESK_NONINTERACTIVE");
        QVERIFY2(startup.errorMessage().contains(QStringLiteral("9999")), qPrintable(startup.errorMessage()));
    }

    void startupSeedsOnlyEmptyDefaultOrDemoDatabases()
    {
        StartupController startup;
        StartupController::Options options{m_database->url().path(), false};
        QVERIFY(!startup.shouldSeed(*m_database, options)); // has customers, not the default database
        QSqlQuery clear(m_database->connection());
        QVERIFY2(clear.exec(QStringLiteral("DELETE FROM customers")), qPrintable(clear.lastError().text()));
        QVERIFY(StartupController::hasNoCustomers(*m_database));
        QVERIFY(!startup.shouldSeed(*m_database, options)); // empty, but someone else's database
        options.demo = true;
        QVERIFY(startup.shouldSeed(*m_database, options));
    }

    void namesDatabaseEngineAndSchemaInStatusBar()
    {
        showWindow();
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("SQLite")), qPrintable(label->text()));
        const int version = Migrator(*m_database).latestVersion();
        QVERIFY2(label->text().contains(QString::number(version)), qPrintable(label->text()));
    }

    void groupsNavigationWithAdministrationLast()
    {
        showWindow();
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), TableCatalog::groups().size());
        QCOMPARE(tree->topLevelItem(0)->text(0), TableCatalog::groupTitle(TableGroup::Customers));
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0),
                 TableCatalog::groupTitle(TableGroup::Authentication));
        int tables = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tables += tree->topLevelItem(i)->childCount();
        QCOMPARE(tables, TableCatalog::tables().size());
    }

    void movesFocusWithCtrl1AndCtrl2()
    {
        showWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openTable(QStringLiteral("customers")));
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
        QTableView* view = customersView();
        QVERIFY(tree && view);

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(view->parentWidget()->isAncestorOf(QApplication::focusWidget())); // the customer list
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(tree->hasFocus());

        // Ctrl+F reaches the customer search from the navigation too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        auto* search = m_window->findChild<QWidget*>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
    }

    void hidesSecretColumns()
    {
        const TableSpec* tokens = TableCatalog::find(QStringLiteral("password_reset_tokens"));
        QVERIFY(tokens);
        const ColumnSpec* secret = tokens->column(QStringLiteral("token"));
        QVERIFY(secret);
        QCOMPARE(secret->type, ColumnType::Secret);

        showWindow();
        QVERIFY(m_window->openTable(QStringLiteral("password_reset_tokens")));
        auto* browser = m_window->findChild<TableBrowser*>(QStringLiteral("tableBrowser_password_reset_tokens"));
        QVERIFY(browser);
        QVERIFY2(!browser->hasError(), qPrintable(browser->errorText()));
        const int column =
            sectionFor(browser->tableView()->model(), QStringLiteral("password_reset_tokens"), QStringLiteral("token"));
        QVERIFY(column >= 0);
        QVERIFY(browser->tableView()->isColumnHidden(column));
        const int expires = sectionFor(browser->tableView()->model(), QStringLiteral("password_reset_tokens"),
                                     QStringLiteral("expires_at"));
        QVERIFY(expires >= 0);
        QVERIFY(!browser->tableView()->isColumnHidden(expires));
    }

    void offersOnlyTablesTheRoleMayRead()
    {
        showWindow(QStringLiteral("collector"));
        auto* tree = m_window->findChild<NavigationTree*>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        QVERIFY(!tree->isTableShown(QStringLiteral("users")));
        QVERIFY(!tree->isTableShown(QStringLiteral("role_permissions")));
        QVERIFY(tree->isTableShown(QStringLiteral("customers")));
        QVERIFY(!m_window->openTable(QStringLiteral("users"))); // refused even when asked directly
        QVERIFY(!m_window->findChild<TableBrowser*>(QStringLiteral("tableBrowser_users")));
        QVERIFY(m_window->openTable(QStringLiteral("customers")));
        QVERIFY(customersView());
        QTRY_COMPARE(customerRows(), 3);

        // An admin sees every table of the catalog.
        showWindow(QStringLiteral("admin"));
        tree = m_window->findChild<NavigationTree*>(QStringLiteral("navigationTree"));
        for (const TableSpec& table : TableCatalog::tables())
            QVERIFY2(tree->isTableShown(table.name), qPrintable(table.name));
    }

    void administrationTablesOpenTheirScreens()
    {
        showWindow();
        const QList<QPair<QString, QString>> screens = {{QStringLiteral("users"), QStringLiteral("usersPage")},
                                                        {QStringLiteral("user_sessions"), QStringLiteral("sessionsPage")},
                                                        {QStringLiteral("api_keys"), QStringLiteral("apiKeysPage")},
                                                        {QStringLiteral("audit_logs"), QStringLiteral("auditLogPage")},
                                                        {QStringLiteral("role_permissions"),
                                                         QStringLiteral("permissionsPage")}};
        for (const auto& [table, page] : screens) {
            QVERIFY2(m_window->openTable(table), qPrintable(table));
            QCOMPARE(m_window->currentTable(), table);
            auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
            QVERIFY(stack && stack->currentWidget());
            QCOMPARE(stack->currentWidget()->objectName(), page);
        }
        // Every other table still opens in the generic browser.
        QVERIFY(m_window->openTable(QStringLiteral("templates")));
        QVERIFY(m_window->findChild<TableBrowser*>(QStringLiteral("tableBrowser_templates")));
    }

    void browserShowsWhyTheRoleCannotReadATable()
    {
        const AccessContextPtr collector =
            AccessContext::forUser(std::make_shared<PermissionService>(*m_database), 0, QStringLiteral("collector"));
        TableBrowser browser(*m_database, collector, QStringLiteral("users"));
        QVERIFY(browser.hasError());
        QVERIFY2(browser.errorText().contains(QLatin1String("collector")), qPrintable(browser.errorText()));
    }

    void statusBarAndTitleNameTheSignedInUser()
    {
        m_window = std::make_unique<MainWindow>(
            *m_database, AccessContext::forUser(std::make_shared<PermissionService>(*m_database), 7,
                                                QStringLiteral("manager"), QStringLiteral("mia@example.com")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("mia@example.com")));
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QLatin1String("mia@example.com")) && label->text().contains(QLatin1String("Manager")),
                 qPrintable(label->text()));
        QCOMPARE(label->accessibleName(), label->text());
    }

    void signOutActionAsksTheShell()
    {
        showWindow();
        QSignalSpy spy(m_window.get(), &MainWindow::signOutRequested);
        auto* action = m_window->findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        QCOMPARE(spy.count(), 1);
    }

    void importMenuFollowsTheRoleAndOpensTheWizard()
    {
        showWindow(QStringLiteral("auditor"));
        auto* customers = m_window->findChild<QAction*>(QStringLiteral("importCustomersAction"));
        auto* payments = m_window->findChild<QAction*>(QStringLiteral("importPaymentsAction"));
        QVERIFY(customers && payments);
        QVERIFY(!customers->isEnabled());
        QVERIFY(!payments->isEnabled());
        QVERIFY(!m_window->openImportWizard(ImportWizard::Kind::Customers)); // refused when asked directly

        showWindow();
        customers = m_window->findChild<QAction*>(QStringLiteral("importCustomersAction"));
        payments = m_window->findChild<QAction*>(QStringLiteral("importPaymentsAction"));
        QVERIFY(customers->isEnabled() && payments->isEnabled());
        payments->trigger();
        auto* wizard = m_window->findChild<ImportWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->kind(), ImportWizard::Kind::PaymentRecords);
        QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<ImportWizard*>());

        // The customer list's Import… button opens the customers wizard.
        QVERIFY(m_window->openTable(QStringLiteral("customers")));
        auto* page = m_window->findChild<CustomerListPage*>();
        QVERIFY(page);
        emit page->importRequested();
        wizard = m_window->findChild<ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->kind(), ImportWizard::Kind::Customers);
        wizard->reject();
    }

    void explainsWhyTableCannotBeRead()
    {
        QSqlQuery drop(m_database->connection());
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE email_links")), qPrintable(drop.lastError().text()));

        showWindow();
        m_window->openTable(QStringLiteral("email_links"));
        auto* browser = m_window->findChild<TableBrowser*>(QStringLiteral("tableBrowser_email_links"));
        QVERIFY(browser);
        QVERIFY(browser->hasError());
        auto* error = browser->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY(error->wordWrap());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!browser->tableView()->isVisible());
    }

private:
    void showWindow(const QString& role = QStringLiteral("admin"))
    {
        m_window = std::make_unique<MainWindow>(
            *m_database, AccessContext::forUser(std::make_shared<PermissionService>(*m_database), 0, role));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    static void clickHeader(QTableView* view, int section)
    {
        view->scrollTo(view->model()->index(0, section));
        QHeaderView* header = view->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }

    // The table of the customers area (the customer list).
    QTableView* customersView() const
    {
        auto* page = m_window->findChild<CustomerListPage*>(QStringLiteral("customerListPage"));
        return page ? page->tableView() : nullptr;
    }

    // The customer list's rows once it has read them all (-1 until then).
    int customerRows() const
    {
        auto* page = m_window->findChild<CustomerListPage*>(QStringLiteral("customerListPage"));
        const CustomerListModel* model = page ? page->model() : nullptr;
        return model && !model->isLoading() && model->isRowCountFinal() ? model->rowCount() : -1;
    }

    // The generic browser of a table, shown on its own.
    std::unique_ptr<TableBrowser> showBrowser(const QString& table)
    {
        const AccessContextPtr admin =
            AccessContext::forUser(std::make_shared<PermissionService>(*m_database), 0, QStringLiteral("admin"));
        auto browser = std::make_unique<TableBrowser>(*m_database, admin, table);
        browser->resize(1000, 600);
        browser->show();
        return browser;
    }

    // The section showing a column, whether the model labels it with the catalog's header or the field name.
    static int sectionFor(const QAbstractItemModel* model, const QString& table, const QString& columnName)
    {
        const TableSpec* spec = TableCatalog::find(table);
        const ColumnSpec* column = spec ? spec->column(columnName) : nullptr;
        const QString header = column ? TableCatalog::columnHeader(*column) : QString();
        for (int section = 0; model && section < model->columnCount(); ++section) {
            const QString text = model->headerData(section, Qt::Horizontal).toString();
            if (text == columnName || (!header.isEmpty() && text == header))
                return section;
        }
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
