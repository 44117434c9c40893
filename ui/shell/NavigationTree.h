#pragma once

#include "tables/TableCatalog.h"

#include <QTreeWidget>
#include <functional>

// The sidebar: every table of TableCatalog, grouped by TableGroup in the order staff work
// through them (customers first, administration last). Emits tableActivated when the user
// selects a table with the mouse or keyboard, or presses Enter on it.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NavigationTree(QWidget* parent = nullptr);

    // The groups as shown: TableCatalog::groups() with Authentication & Authorization moved last.
    static QList<TableGroup> displayOrder();

    // Shows only the tables for which `visible` answers true (e.g. what the signed-in role may
    // read) and hides groups left empty. Without a filter every table is shown.
    using TableFilter = std::function<bool(const QString& table)>;
    void setTableFilter(TableFilter visible);
    bool isTableShown(const QString& table) const { return itemForTable(table) != nullptr; }

    QString currentTable() const;
    // Makes the table's item current (and so emits tableActivated); false for an unknown table.
    bool selectTable(const QString& table);

signals:
    void tableActivated(const QString& table);

private:
    void populate();
    QTreeWidgetItem* itemForTable(const QString& table) const;

    TableFilter m_visible;
};
