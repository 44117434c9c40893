#include "MainWindow.h"

#include "NavigationTree.h"
#include "StartupController.h"
#include "common/Icons.h"
#include "common/TableBrowser.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString LastTableKey = QStringLiteral("mainWindow/lastTable");
const QString DefaultTable = QStringLiteral("customers");
} // namespace

MainWindow::MainWindow(const Database& database, QWidget* parent)
    : MainWindow(database, StartupController::temporaryLocalAdministrator(database), parent)
{
}

MainWindow::MainWindow(const Database& database, AccessContextPtr access, QWidget* parent)
    : QMainWindow(parent), m_database(database), m_access(std::move(access))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CollectDesk"));
    setWindowIcon(Icons::application());

    m_navigation = new NavigationTree(this);
    m_navigation->setMinimumWidth(180);

    m_placeholderLabel = new QLabel(tr("Choose a table in the navigation on the left."), this);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setAccessibleName(tr("No table open"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("areaStack"));
    m_stack->setAccessibleName(tr("Open table"));
    m_stack->addWidget(m_placeholderLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setAccessibleName(tr("Navigation and table"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 1000});
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_navigation, &NavigationTree::tableActivated, this, &MainWindow::openTable);

    restoreLayout();
    const QString lastTable = QSettings().value(LastTableKey, DefaultTable).toString();
    if (!openTable(lastTable))
        openTable(DefaultTable);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close CollectDesk"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the open table again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentTable);

    m_focusNavigationAction = new QAction(tr("Go to &Navigation"), this);
    m_focusNavigationAction->setObjectName(QStringLiteral("focusNavigationAction"));
    m_focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusNavigationAction, &QAction::triggered, this, &MainWindow::focusNavigation);

    m_focusTableAction = new QAction(tr("Go to &Table"), this);
    m_focusTableAction->setObjectName(QStringLiteral("focusTableAction"));
    m_focusTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusTableAction, &QAction::triggered, this, &MainWindow::focusTable);

    m_aboutAction = new QAction(tr("&About CollectDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_focusNavigationAction);
    viewMenu->addAction(m_focusTableAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    QString versionError;
    const int version = Migrator(m_database).currentVersion(&versionError);
    const QString schema = version >= 0 ? tr("schema version %1").arg(version) : tr("schema version unknown");

    m_databaseLabel = new QLabel(tr("%1 · %2").arg(m_database.displayName(), schema), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(tr("Database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!versionError.isEmpty())
        m_databaseLabel->setToolTip(versionError);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

bool MainWindow::openTable(const QString& table)
{
    if (!TableCatalog::find(table))
        return false;
    TableBrowser* browser = m_browsers.value(table);
    if (!browser) {
        browser = new TableBrowser(m_database, m_access, table, m_stack);
        m_stack->addWidget(browser);
        m_browsers.insert(table, browser);
    }
    m_stack->setCurrentWidget(browser);
    if (m_navigation->currentTable() != table)
        m_navigation->selectTable(table);
    return true;
}

QString MainWindow::currentTable() const
{
    const auto* browser = qobject_cast<const TableBrowser*>(m_stack->currentWidget());
    return browser ? browser->tableName() : QString();
}

void MainWindow::refreshCurrentTable()
{
    if (auto* browser = qobject_cast<TableBrowser*>(m_stack->currentWidget()))
        browser->refresh();
}

void MainWindow::focusNavigation()
{
    m_navigation->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusTable()
{
    if (auto* browser = qobject_cast<TableBrowser*>(m_stack->currentWidget()))
        browser->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CollectDesk"),
        tr("<h3>CollectDesk %1</h3>"
           "<p>The desktop back office for the collections platform: customers, invoices, "
           "campaigns, templates, analytics and administration.</p>"
           "<p>Database: %2</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), m_database.displayName().toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    const bool restored = restoreGeometry(settings.value(GeometryKey).toByteArray());
    if (!restored) {
        QSize size(1280, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    const QString table = currentTable();
    if (!table.isEmpty())
        settings.setValue(LastTableKey, table);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
