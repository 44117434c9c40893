#include "NavigationTree.h"

#include "common/Icons.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <algorithm>

namespace {
constexpr int TableNameRole = Qt::UserRole + 1;
}

NavigationTree::NavigationTree(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigationTree"));
    setAccessibleName(tr("Navigation"));
    setAccessibleDescription(tr("Tables grouped by area. Select a table to open it."));
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(QSize(16, 16));
    setIndentation(14);
    setRootIsDecorated(false);
    setExpandsOnDoubleClick(false);
    setItemsExpandable(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    populate();

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && !current->data(0, TableNameRole).toString().isEmpty())
            emit tableActivated(current->data(0, TableNameRole).toString());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, TableNameRole).toString().isEmpty())
            emit tableActivated(item->data(0, TableNameRole).toString());
    });
}

QList<TableGroup> NavigationTree::displayOrder()
{
    QList<TableGroup> groups = TableCatalog::groups();
    if (groups.removeAll(TableGroup::Authentication) > 0)
        groups.append(TableGroup::Authentication);
    return groups;
}

void NavigationTree::setTableFilter(TableFilter visible)
{
    const QString current = currentTable();
    m_visible = std::move(visible);
    const QSignalBlocker blocker(this); // rebuilding is not the user choosing a table
    populate();
    if (!current.isEmpty())
        selectTable(current);
}

void NavigationTree::populate()
{
    clear();
    const QList<TableSpec>& tables = TableCatalog::tables();
    for (const TableGroup group : displayOrder()) {
        const bool anyShown = std::any_of(tables.cbegin(), tables.cend(), [this, group](const TableSpec& table) {
            return table.group == group && (!m_visible || m_visible(table.name));
        });
        if (!anyShown)
            continue;
        auto* groupItem = new QTreeWidgetItem(this, {TableCatalog::groupTitle(group)});
        groupItem->setIcon(0, Icons::group(group));
        groupItem->setFlags(Qt::ItemIsEnabled);       // a heading: not selectable, always expanded
        groupItem->setToolTip(0, groupItem->text(0)); // whole, should a narrow navigation elide it
        QFont font = groupItem->font(0);
        font.setBold(true);
        groupItem->setFont(0, font);
        for (const TableSpec& table : tables) {
            if (table.group != group || (m_visible && !m_visible(table.name)))
                continue;
            auto* item = new QTreeWidgetItem(groupItem, {table.translatedTitle()});
            item->setData(0, TableNameRole, table.name);
            item->setToolTip(0, table.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    expandAll();
}

QTreeWidgetItem* NavigationTree::itemForTable(const QString& table) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem* groupItem = topLevelItem(g);
        for (int i = 0; i < groupItem->childCount(); ++i) {
            if (groupItem->child(i)->data(0, TableNameRole).toString() == table)
                return groupItem->child(i);
        }
    }
    return nullptr;
}

QString NavigationTree::currentTable() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, TableNameRole).toString() : QString();
}

bool NavigationTree::selectTable(const QString& table)
{
    QTreeWidgetItem* item = itemForTable(table);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}
