#pragma once

#include "services/AccessContext.h"
#include "services/CustomerListFilter.h"

#include <QWidget>

class CustomerListModel;
class Database;
class MessageLabel;
class QComboBox;
class QLabel;
class QLineEdit;
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
// last row (read backwards from the end, not through the rows before it).
//
// Remembered per user (QSettings, under customerList/user<id>/): the column layout (header
// state), the sort order and the filters; restored when the page is created again for the same
// user. The search text is not remembered. Errors appear in the message line, never in a dialog.
class CustomerListPage : public QWidget
{
    Q_OBJECT

public:
    // `database` must outlive the page.
    CustomerListPage(const Database& database, AccessContextPtr access, QWidget* parent = nullptr);
    ~CustomerListPage() override;

    CustomerListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    CustomerListFilter currentFilter() const;
    static QString settingsGroup(qint64 userId);
    // Milliseconds between the last keystroke and the search.
    static constexpr int SearchDelayMs = 200;

public slots:
    // Reads the list again (same search, filters and order).
    void refresh();

signals:
    void customerActivated(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
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

    AccessContextPtr m_access;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_doNotContact = nullptr;
    QComboBox* m_hold = nullptr;
    QComboBox* m_overdue = nullptr;
    QComboBox* m_timeZone = nullptr;
    QPushButton* m_clearFilters = nullptr;
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
};
