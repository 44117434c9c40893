#include "PermissionMatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using Action = PermissionService::Action;

PermissionMatrixModel::PermissionMatrixModel(QObject* parent) : QAbstractTableModel(parent)
{
    for (const TableGroup group : TableCatalog::groups()) {
        m_entries << Entry{group, nullptr};
        for (const TableSpec& table : TableCatalog::tables()) {
            if (table.group == group)
                m_entries << Entry{group, &table};
        }
    }
}

void PermissionMatrixModel::setMatrix(const PermissionMatrix& matrix)
{
    m_original = matrix;
    m_edited = matrix;
    emitAllChanged();
    emit changesChanged();
}

void PermissionMatrixModel::discardChanges()
{
    m_edited = m_original;
    emitAllChanged();
    emit changesChanged();
}

void PermissionMatrixModel::emitAllChanged()
{
    // The rows never change (one per catalog table): no reset, so a view keeps its spans,
    // current cell and scroll position.
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int PermissionMatrixModel::changeCount(const QString& role) const
{
    int changes = 0;
    const QStringList roles = role.isEmpty() ? PermissionService::roles() : QStringList{role};
    for (const QString& name : roles) {
        for (const Entry& entry : m_entries) {
            if (!entry.table)
                continue;
            for (const Action action : PermissionService::actions()) {
                if (m_original.isGranted(name, entry.table->name, action) !=
                    m_edited.isGranted(name, entry.table->name, action))
                    ++changes;
            }
        }
    }
    return changes;
}

void PermissionMatrixModel::setRole(const QString& role)
{
    if (role == m_role)
        return;
    m_role = role;
    emitAllChanged();
}

void PermissionMatrixModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    emitAllChanged();
}

int PermissionMatrixModel::rowOf(const QString& table) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).table && m_entries.at(row).table->name == table)
            return row;
    }
    return -1;
}

int PermissionMatrixModel::columnOf(Action action)
{
    return FirstActionColumn + static_cast<int>(PermissionService::actions().indexOf(action));
}

int PermissionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstActionColumn + static_cast<int>(PermissionService::actions().size());
}

bool PermissionMatrixModel::isActionCell(const QModelIndex& index) const
{
    return index.isValid() && index.column() >= FirstActionColumn && m_entries.at(index.row()).table != nullptr;
}

Action PermissionMatrixModel::actionAt(int column) const
{
    return PermissionService::actions().at(column - FirstActionColumn);
}

QString PermissionMatrixModel::actionTitle(Action action)
{
    switch (action) {
    case Action::Read:
        return tr("Read");
    case Action::Create:
        return tr("Create");
    case Action::Update:
        return tr("Update");
    case Action::Delete:
        return tr("Delete");
    case Action::Export:
        return tr("Export");
    case Action::Manage:
        return tr("Manage");
    }
    return QString();
}

QString PermissionMatrixModel::cellText(const QModelIndex& index, bool granted, bool changed, bool wildcard) const
{
    const Entry& entry = m_entries.at(index.row());
    QString text = tr("%1 on %2: %3")
                       .arg(actionTitle(actionAt(index.column())), entry.table->translatedTitle(),
                            granted ? tr("allowed") : tr("not allowed"));
    if (wildcard && !changed)
        text = tr("%1 (granted by a wildcard rule)").arg(text);
    if (changed)
        text = tr("%1 (changed, not saved yet)").arg(text);
    return text;
}

QVariant PermissionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& entry = m_entries.at(index.row());
    if (role == HeadingRole)
        return entry.table == nullptr;
    if (role == TableNameRole)
        return entry.table ? entry.table->name : QString();
    if (!entry.table) { // a group heading: the title in the first column, spanning the row
        if (index.column() != TableColumn)
            return QVariant();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return TableCatalog::groupTitle(entry.group);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return QVariant();
        }
    }
    if (index.column() == TableColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return entry.table->translatedTitle();
        case Qt::ToolTipRole:
            return entry.table->name;
        default:
            return QVariant();
        }
    }
    const Action action = actionAt(index.column());
    const QString& table = entry.table->name;
    const bool granted = m_edited.isGranted(m_role, table, action);
    const bool changed = granted != m_original.isGranted(m_role, table, action);
    const bool wildcard = m_original.isWildcardGrant(m_role, table, action);
    switch (role) {
    case Qt::CheckStateRole:
        return granted ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
        return changed ? tr("changed") : QString();
    case ChangedRole:
        return changed;
    case WildcardRole:
        return wildcard;
    case Qt::BackgroundRole:
        return changed ? QBrush(QColor(0xff, 0xe0, 0x8a)) : QVariant();
    case Qt::ForegroundRole:
        return changed ? QBrush(QColor(0x3d, 0x2b, 0x00)) : QVariant();
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return cellText(index, granted, changed, wildcard);
    default:
        return QVariant();
    }
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TableColumn)
        return tr("Table");
    if (section > TableColumn && section < columnCount())
        return actionTitle(actionAt(section));
    return QVariant();
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_entries.at(index.row()).table)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && !m_role.isEmpty() && isActionCell(index))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool PermissionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !m_editable || m_role.isEmpty() || !isActionCell(index))
        return false;
    const bool granted = value.toInt() == Qt::Checked;
    const QString& table = m_entries.at(index.row()).table->name;
    const Action action = actionAt(index.column());
    if (granted == m_edited.isGranted(m_role, table, action))
        return true;
    m_edited.setGranted(m_role, table, action, granted);
    emit dataChanged(index, index);
    emit changesChanged();
    return true;
}
