#include "AuditLogListModel.h"

#include "tables/TableCatalog.h"

#include <QLocale>

AuditLogListModel::AuditLogListModel(const Database& database, AccessContextPtr access, QObject* parent)
    : QAbstractTableModel(parent), m_query(database, std::move(access))
{
}

bool AuditLogListModel::setFilter(const AuditLogFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_cursor = PageCursor();
    const AuditLogQuery::Page page = m_query.page(m_filter, m_cursor, PageSize);
    m_lastError = page.error;
    if (page.error.isEmpty()) {
        m_rows = page.rows;
        m_cursor = page.next;
        m_atEnd = page.atEnd;
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!m_lastError.isEmpty()) {
        emit errorOccurred(m_lastError);
        return false;
    }
    return true;
}

void AuditLogListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = PageCursor();
    m_atEnd = true;
    endResetModel();
}

const AuditLogEntry* AuditLogListModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogListModel::entityTypeTitle(const QString& entityType)
{
    const TableSpec* table = TableCatalog::find(entityType);
    return table ? table->translatedTitle() : entityType;
}

QString AuditLogListModel::localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QVariant AuditLogListModel::data(const QModelIndex& index, int role) const
{
    const AuditLogEntry* row = index.isValid() ? entry(index.row()) : nullptr;
    if (!row)
        return QVariant();
    if (role == EntryIdRole)
        return QVariant::fromValue<qlonglong>(row->id);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return localTime(row->time);
        case ActorColumn:
            return row->actor;
        case ActionColumn:
            return row->action;
        case EntityTypeColumn:
            return entityTypeTitle(row->entityType);
        case EntityIdColumn:
            return row->entityId;
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 UTC").arg(row->time.toUTC().toString(Qt::ISODateWithMs));
        case ActorColumn:
            return row->actorType;
        case EntityTypeColumn:
            return row->entityType;
        default:
            return QVariant();
        }
    }
    return QVariant();
}

QVariant AuditLogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityTypeColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    default:
        return QVariant();
    }
}

Qt::ItemFlags AuditLogListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool AuditLogListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const AuditLogQuery::Page page = m_query.page(m_filter, m_cursor, PageSize);
    if (!page.error.isEmpty()) {
        m_lastError = page.error;
        m_atEnd = true; // do not ask again on every scroll; reload() starts over
        emit errorOccurred(m_lastError);
        return;
    }
    m_cursor = page.next;
    m_atEnd = page.atEnd;
    if (page.rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    endInsertRows();
}
