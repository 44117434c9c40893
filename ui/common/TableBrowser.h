#pragma once

#include "services/AccessContext.h"

#include <QWidget>

class Database;
class PagedTableModel;
class QAbstractItemModel;
class QLabel;
class QTableView;
struct ColumnSpec;
struct TableSpec;

// Browses one table read-only: a sortable table view over the table's browse model (from
// TableModelFactory), its title and row count, or a plain message when it cannot be read.
// Secret columns (hashes, tokens) are never shown. Large tables come as a PagedTableModel,
// which sorts only by indexed columns; a click on another header says so instead of
// pretending to sort. The model reads for the given AccessContext: a table the role may not read
// shows the denied message instead of rows.
class TableBrowser : public QWidget
{
    Q_OBJECT

public:
    TableBrowser(const Database& database, AccessContextPtr access, const QString& table, QWidget* parent = nullptr);

    QString tableName() const { return m_table; }
    QTableView* tableView() const { return m_tableView; }
    QAbstractItemModel* model() const { return m_model; }
    bool hasError() const { return !m_errorText.isEmpty(); }
    QString errorText() const { return m_errorText; }

public slots:
    // Reads the table again, keeping the sort order.
    void refresh();

private:
    void loadModel();
    void showError(const QString& message);
    void hideSecretColumns();
    void updateRowCount();
    void fitColumns();
    void checkSortColumn(int section);
    const ColumnSpec* columnSpec(int section) const;
    QString columnTitle(int section) const;
    PagedTableModel* pagedModel() const;

    const Database& m_database;
    const AccessContextPtr m_access;
    const QString m_table;
    const TableSpec* m_spec = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_rowCountLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTableView* m_tableView = nullptr;
    QAbstractItemModel* m_model = nullptr;
    QString m_errorText;
};
