#pragma once

#include "services/AccessContext.h"
#include "services/CustomerListFilter.h"
#include "services/CustomerListSort.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class CustomerFormDialog;
class CustomerListExportDialog;
class CustomerListExportJob;
class CustomerListModel;
class Database;
class MessageLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// The customer list screen: search as you type (debounced), filters for risk level,
// do-not-contact, holds, overdue balance and time zone, and the table of matching customers
// (a CustomerListModel: pages read on a worker thread, placeholders until they arrive) with a
// status line counting them. Sortable by the columns the database can order by an index; other
// headers say why they do not sort.
//
// Keyboard: Ctrl+F focuses the search, Down moves from the search into the table, Enter (or a
// double click) opens the current customer (customerActivated), End and Ctrl+End jump to the
// last row (read backwards from the end, not through the rows before it), Ctrl+N opens a new
// customer. The buttons have mnemonics (Alt+N New Customer, Alt+I Import, Alt+X Export, Alt+C
// Cancel export) and Tab goes search, filters, buttons, table.
//
// Opening a customer: the CustomerFormDialog, window-modal (open(), never exec()). After it
// closes having written something, the list is read again and the current customer stays
// selected if it is still in the list, near where it was (within a page of its old row). New
// Customer (only for a role that may create customers) opens the form for a new customer.
//
// Export…: writes every customer of the list's current search and filters (not only the loaded
// rows), in the list's current order (currentSort()), to a CSV file on a worker thread
// (CustomerListExportJob: the list's own condition, its own connection), with a progress bar and
// Cancel. First a small window-modal dialog (CustomerListExportDialog) says what is written and
// offers "Include risk, holds and balances" (the list's computed columns; checked by default,
// then remembered per user), then the file is chosen. Disabled, with a tooltip saying why, for a
// role without "export" on customers (the service refuses too). Import… only asks for the import
// (importRequested); it is enabled for a role that may create customers.
//
// Seams for tests (and unattended runs): setFormOpener (default: a CustomerFormDialog),
// setExportOptionsChooser (default: the export dialog; unattended: the remembered choice, no
// dialog) and setSaveFileChooser (default: a file dialog; unattended: none, nothing is exported).
//
// Remembered per user (QSettings, under customerList/user<id>/): the column layout (header
// state), the sort order, the filters and the export's column choice; restored when the page is
// created again for the same user. The search text is not remembered. Errors appear in the
// message line, never in a dialog.
class CustomerListPage : public QWidget
{
    Q_OBJECT

public:
    // Makes the form for a customer id (0: a new customer), parented to the page; nullptr opens
    // nothing. The page shows it window-modal and deletes it after it closes.
    using FormOpener = std::function<CustomerFormDialog*(qint64 customerId)>;
    // Returns the chosen path, or an empty string to cancel. Gets a suggested path.
    using SaveFileChooser = std::function<QString(const QString& suggestedPath)>;
    // Replaces the export dialog: gets the remembered choice of the list's computed columns and
    // returns the chosen one, or nullopt to cancel the export.
    using ExportOptionsChooser = std::function<std::optional<bool>(bool includeListColumns)>;

    // `database` must outlive the page.
    CustomerListPage(const Database& database, AccessContextPtr access, QWidget* parent = nullptr);
    ~CustomerListPage() override;

    void setFormOpener(FormOpener opener) { m_formOpener = std::move(opener); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // nullptr: the export dialog.
    void setExportOptionsChooser(ExportOptionsChooser chooser) { m_chooseOptions = std::move(chooser); }

    CustomerListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    CustomerListFilter currentFilter() const;
    // The list's order as the export takes it: the model's sort column and direction (id order
    // while no column sorts).
    CustomerListSort currentSort() const;
    static QString settingsGroup(qint64 userId);
    // The open customer form, if any.
    CustomerFormDialog* openForm() const;
    bool isExporting() const;
    bool canCreateCustomers() const { return m_canCreate; }
    bool canImport() const { return m_canImport; }
    bool canExport() const { return m_exportRefusal.isEmpty(); }
    // Milliseconds between the last keystroke and the search.
    static constexpr int SearchDelayMs = 200;

public slots:
    // Reads the list again (same search, filters and order), keeping the current customer.
    void refresh();
    // Opens the customer form (0: a new customer).
    void openCustomer(qint64 customerId);
    void newCustomer();
    // Asks for the options and a file, then exports the list's customers (see above).
    void exportCsv();
    void cancelExport();

signals:
    // Enter or a double click on a customer (the page opens its form).
    void customerActivated(qint64 id);
    // Import… was pressed: the shell opens the import wizard.
    void importRequested();
    // After an export ended: ok, the customers written, and the message shown.
    void exportFinished(bool ok, qint64 rows, const QString& message);
    // After the list was read again following a change in the form and the kept customer was
    // found again (true, it is the current row) or not (false).
    void currentCustomerRestored(bool found);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void buildButtons();
    void updateButtons();
    void keepCurrentCustomer();
    void restoreCurrentCustomer();
    void formClosed(CustomerFormDialog* form, bool changed);
    void exportDone(bool ok, bool cancelled, qint64 rows, const QString& error);
    QString defaultExportPath() const;
    // After the options: asks for the file and starts the export.
    void exportWithOptions(bool includeListColumns);
    // The list's order for people: "Company, ascending".
    QString sortDescription() const;
    void applyFilter();
    void clearSearch();
    void clearFilters();
    void activateCurrent();
    void jumpToEnd();
    void goToLastRowIfPending();
    void updateStatus();
    void updateEmptyState();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void restoreSettings();
    void saveSettings() const;
    void saveFilterSettings() const;

    const Database& m_database;
    AccessContextPtr m_access;
    FormOpener m_formOpener;
    SaveFileChooser m_chooseFile;
    ExportOptionsChooser m_chooseOptions;
    QPointer<CustomerListExportDialog> m_exportDialog;
    bool m_canCreate = false;
    bool m_canImport = false;
    QString m_exportRefusal;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_doNotContact = nullptr;
    QComboBox* m_hold = nullptr;
    QComboBox* m_overdue = nullptr;
    QComboBox* m_timeZone = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelExportButton = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    CustomerListExportJob* m_exportJob = nullptr;
    QPointer<CustomerFormDialog> m_form;
    MessageLabel* m_message = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_emptyButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_pendingEnd = false;
    bool m_restoring = false;
    // The customer to select again after a refresh (-1: none), its row then, and the generation
    // of the refresh (a later filter or sort change drops the wish).
    qint64 m_keepId = -1;
    // Finding m_keepId far from its old row: asked the model where it stands, and the answer.
    enum class Locating
    {
        No,
        Asked,
        Answered
    };
    Locating m_keepLocating = Locating::No;
    int m_keepRow = -1;
    int m_keepColumn = 0;
    quint64 m_keepGeneration = 0;
    bool m_refreshing = false;
};
