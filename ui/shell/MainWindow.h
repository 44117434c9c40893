#pragma once

#include "services/AccessContext.h"

#include <QHash>
#include <QMainWindow>

class Database;
class NavigationTree;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class TableBrowser;

// The application shell: the navigation sidebar on the left, the area widget of the opened
// table in the centre, menus and a status bar, and the remembered window layout. It hosts
// area widgets and knows nothing about any table's contents.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The database is owned by the caller and must outlive the window. Every table opened in
    // the window is read (and later edited) for `access`: the signed-in user's context.
    MainWindow(const Database& database, AccessContextPtr access, QWidget* parent = nullptr);
    // TEMPORARY until the login dialog lands: acts as the local administrator of
    // StartupController::temporaryLocalAdministrator(). Remove with that function.
    explicit MainWindow(const Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the table's browser (created on first use) and selects it in the navigation.
    bool openTable(const QString& table);
    QString currentTable() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void refreshCurrentTable();
    void focusNavigation();
    void focusTable();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    const Database& m_database;
    const AccessContextPtr m_access;
    NavigationTree* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QHash<QString, TableBrowser*> m_browsers;

    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_focusNavigationAction = nullptr;
    QAction* m_focusTableAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
