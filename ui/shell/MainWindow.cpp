#include "MainWindow.h"

#include "AreaFactory.h"
#include "NavigationTree.h"
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

MainWindow::MainWindow(const Database& database, AccessContextPtr access, QWidget* parent)
    : QMainWindow(parent), m_database(database), m_access(std::move(access))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_access->email().isEmpty() ? tr("CollectDesk") : tr("CollectDesk — %1").arg(m_access->email()));
    setWindowIcon(Icons::application());

    m_navigation = new NavigationTree(this);
    m_navigation->setMinimumWidth(180);
    // The sidebar offers only what the role may read; openTable() refuses the rest anyway.
    m_navigation->setTableFilter(
        [access = m_access](const QString& table) { return access->can(table, PermissionService::Action::Read); });

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
    m_importCustomersAction = new QAction(tr("&Customers…"), this);
    m_importCustomersAction->setObjectName(QStringLiteral("importCustomersAction"));
    m_importCustomersAction->setStatusTip(tr("Import customers from a CSV file"));
    m_importCustomersAction->setEnabled(mayImport(ImportWizard::Kind::Customers));
    connect(m_importCustomersAction, &QAction::triggered, this,
            [this] { openImportWizard(ImportWizard::Kind::Customers); });

    m_importPaymentsAction = new QAction(tr("&Payment Records…"), this);
    m_importPaymentsAction->setObjectName(QStringLiteral("importPaymentsAction"));
    m_importPaymentsAction->setStatusTip(tr("Import invoices and payment records from a CSV file"));
    m_importPaymentsAction->setEnabled(mayImport(ImportWizard::Kind::PaymentRecords));
    connect(m_importPaymentsAction, &QAction::triggered, this,
            [this] { openImportWizard(ImportWizard::Kind::PaymentRecords); });

    m_signOutAction = new QAction(tr("Sign &Out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction->setStatusTip(tr("End your session and return to the sign-in dialog"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

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
    QMenu* importMenu = fileMenu->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    importMenu->addAction(m_importCustomersAction);
    importMenu->addAction(m_importPaymentsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_signOutAction);
    fileMenu->addSeparator();
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

    const QString who = m_access->email().isEmpty() ? tr("local session") : m_access->email();
    m_userLabel = new QLabel(tr("Signed in as %1 (%2)").arg(who, PermissionService::roleTitle(m_access->role())), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(m_userLabel->text());
    statusBar()->addPermanentWidget(m_userLabel);
}

bool MainWindow::openTable(const QString& table)
{
    if (!TableCatalog::find(table) || !m_access->can(table, PermissionService::Action::Read))
        return false;
    QWidget* area = m_areas.value(table);
    if (!area) {
        area = AreaFactory::create(m_database, m_access, table, m_stack);
        m_stack->addWidget(area);
        m_areas.insert(table, area);
        connectArea(area);
    }
    m_stack->setCurrentWidget(area);
    if (m_navigation->currentTable() != table)
        m_navigation->selectTable(table);
    return true;
}

QString MainWindow::currentTable() const
{
    return m_areas.key(m_stack->currentWidget());
}

void MainWindow::refreshCurrentTable()
{
    AreaFactory::refresh(m_stack->currentWidget());
}

bool MainWindow::mayImport(ImportWizard::Kind kind) const
{
    using Action = PermissionService::Action;
    if (kind == ImportWizard::Kind::Customers)
        return m_access->can(QStringLiteral("customers"), Action::Create);
    return m_access->can(QStringLiteral("payment_records"), Action::Create) &&
           m_access->can(QStringLiteral("customers"), Action::Read);
}

ImportWizard* MainWindow::openImportWizard(ImportWizard::Kind kind)
{
    if (!mayImport(kind))
        return nullptr;
    auto* wizard = new ImportWizard(m_database, m_access, kind, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this] {
        for (const char* table : {"customers", "payment_records"}) {
            if (QWidget* area = m_areas.value(QLatin1String(table)))
                AreaFactory::refresh(area);
        }
    });
    wizard->show();
    return wizard;
}

void MainWindow::connectArea(QWidget* area)
{
    AreaFactory::onImportRequested(area, this, [this] { openImportWizard(ImportWizard::Kind::Customers); });
}

void MainWindow::focusNavigation()
{
    m_navigation->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusTable()
{
    if (QWidget* area = m_stack->currentWidget(); area && area != m_placeholderLabel)
        area->setFocus(Qt::ShortcutFocusReason);
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
