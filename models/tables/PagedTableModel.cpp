#include "PagedTableModel.h"

#include "db/Database.h"

#include <QDebug>
#include <QScopedValueRollback>
#include <QSqlRecord>

PagedTableModel::PagedTableModel(const Database& database, AccessContextPtr access, const TableSpec& spec,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()),
      m_spec(spec), m_formatter(database.dialect()), m_fetcher(database)
{
    const QSqlRecord fields = database.connection().record(spec.name);
    QStringList names;
    for (const ColumnSpec& column : spec.columns) {
        if (fields.contains(column.name)) {
            m_columns << &column;
            names << column.name;
        }
    }
    for (const ColumnSpec* column : std::as_const(m_columns))
        m_currencyColumn << (column->currencyColumn.isEmpty() ? -1 : int(names.indexOf(column->currencyColumn)));
    m_idColumn = int(names.indexOf(PageFetcher::idColumn()));
    m_sortColumn = m_idColumn;
    m_sortable = m_fetcher.indexedColumns(spec.name);
    m_notNull = m_fetcher.notNullColumns(spec.name);
}

const ColumnSpec* PagedTableModel::columnSpec(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : nullptr;
}

PageRequest PagedTableModel::request(const PageCursor& after) const
{
    PageRequest request;
    request.table = m_spec.name;
    for (const ColumnSpec* column : m_columns)
        request.columns << column->name;
    const ColumnSpec* sortSpec = columnSpec(m_sortColumn);
    request.sortColumn = sortSpec ? sortSpec->name : PageFetcher::idColumn();
    request.order = m_sortOrder;
    request.sortColumnNullable = !m_notNull.contains(request.sortColumn);
    request.filter = m_filter;
    request.filterValues = m_filterValues;
    request.after = after;
    request.limit = PageSize;
    request.generation = m_generation;
    return request;
}

bool PagedTableModel::canRead() const
{
    return m_access->can(m_spec.name, PermissionService::Action::Read);
}

bool PagedTableModel::canExport() const
{
    return m_access->can(m_spec.name, PermissionService::Action::Export);
}

bool PagedTableModel::select()
{
    ++m_generation;
    if (!canRead()) {
        {
            const QScopedValueRollback<bool> busy(m_changing, true);
            beginResetModel();
            m_rows.clear();
            m_rows.squeeze();
            m_cursor = PageCursor();
            m_atEnd = true;
            endResetModel();
        }
        if (m_totalCount != -1) {
            m_totalCount = -1;
            emit totalCountChanged(m_totalCount);
        }
        setError(m_access->deniedMessage(m_spec.name, PermissionService::Action::Read));
        return false;
    }
    const Page first = m_fetcher.fetch(request(PageCursor()));
    {
        const QScopedValueRollback<bool> busy(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_rows.squeeze();
        m_cursor = first.next;
        m_atEnd = true;
        m_lastError.clear();
        if (first.error.isEmpty()) {
            m_rows = first.rows;
            m_atEnd = first.atEnd;
        }
        endResetModel();
    }
    if (!first.error.isEmpty()) {
        setError(first.error);
        return false;
    }
    updateTotalCount();
    return m_lastError.isEmpty();
}

void PagedTableModel::setError(const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void PagedTableModel::updateTotalCount()
{
    QString error;
    const qint64 count = m_fetcher.count(m_spec.name, m_filter, m_filterValues, &error);
    if (count < 0)
        setError(error);
    if (count != m_totalCount) {
        m_totalCount = count;
        emit totalCountChanged(count);
    }
}

void PagedTableModel::applyPage(const Page& page)
{
    if (page.generation != m_generation)
        return; // read before a sort or filter change: stale
    if (!page.error.isEmpty()) {
        m_atEnd = true; // stop asking; select() tries again
        setError(page.error);
        return;
    }
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        const QScopedValueRollback<bool> busy(m_changing, true);
        beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    m_cursor = page.next;
    m_atEnd = page.atEnd;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QVariantList& row = m_rows.at(index.row());
    const int currencyColumn = m_currencyColumn.at(index.column());
    const QString currency = currencyColumn >= 0 ? row.at(currencyColumn).toString() : QString();
    return m_formatter.data(*m_columns.at(index.column()), row.at(index.column()), currency, role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && columnSpec(section))
        return TableCatalog::columnHeader(*columnSpec(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

// Views and testers call fetchMore from their rowsInserted/modelReset slots; a page inserted
// while the previous change is still being announced would nest two changes.
void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing || !canRead())
        return;
    applyPage(m_fetcher.fetch(request(m_cursor)));
}

bool PagedTableModel::isSortable(int column) const
{
    const ColumnSpec* spec = columnSpec(column);
    if (!spec)
        return false;
    // A Secret column may be indexed (unique hashes) but ordering by it means nothing.
    return column == m_idColumn || (spec->type != ColumnType::Secret && m_sortable.contains(spec->name));
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        column = m_idColumn;
        order = Qt::AscendingOrder;
    } else if (!isSortable(column)) {
        qDebug().noquote() << "PagedTableModel:" << m_spec.name << "cannot be sorted by"
                           << (columnSpec(column) ? columnSpec(column)->name : QString::number(column))
                           << "(only the id and indexed columns); order unchanged";
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    select();
}

void PagedTableModel::setFilter(const QString& sqlWhere, const QVariantList& bindValues)
{
    m_filter = sqlWhere;
    m_filterValues = bindValues;
    select();
}

qint64 PagedTableModel::rowId(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_idColumn < 0)
        return -1;
    return m_rows.at(row).at(m_idColumn).toLongLong();
}
