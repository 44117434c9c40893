#pragma once

#include "import/ImportWizard.h"
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
    ~MainWindow() override;

    // Shows the table's area (created on first use) and selects it in the navigation; false for
    // an unknown table or one the role may not read (the navigation does not offer those).
    bool openTable(const QString& table);
    QString currentTable() const;
    const AccessContextPtr& access() const { return m_access; }

    // File > Import: opens the CSV import wizard window-modal (it deletes itself when closed);
    // after an import, the open customers and payment records areas are read again. Null when the
    // role may not import that kind (the actions are disabled then).
    ImportWizard* openImportWizard(ImportWizard::Kind kind);

signals:
    // File > Sign Out: the shell revokes the session and goes back to the sign-in dialog.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void refreshCurrentTable();
    void connectArea(QWidget* area);
    bool mayImport(ImportWizard::Kind kind) const;
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
    QLabel* m_userLabel = nullptr;
    QHash<QString, QWidget*> m_areas; // table -> its area widget (a TableBrowser or an admin page)

    QAction* m_importCustomersAction = nullptr;
    QAction* m_importPaymentsAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_focusNavigationAction = nullptr;
    QAction* m_focusTableAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
