#pragma once

#include "PageFetcher.h"
#include "TableCatalog.h"
#include "ValueFormatter.h"
#include "services/AccessContext.h"

#include <QAbstractTableModel>

class Database;

// A read-only browse model for tables that grow without bound (TableSpec::large). It never
// loads the table: rows arrive in keyset pages of PageSize as the view scrolls (canFetchMore /
// fetchMore), so memory holds only the rows scrolled through; totalCount() comes from COUNT(*).
//
// Sorting is by the id or by a column that leads a complete B-tree index of the table (found
// in the database's catalogue; see isSortable), always with the id as tie-breaker; rows whose
// sort key is NULL come last ascending and first descending (PageFetcher). sort() and
// setFilter() start again from the first page.
//
// Values are shown exactly as SqlTableModel shows them (ValueFormatter), with the same roles.
// Editing a row goes through the table's own model or a service, not through this model.
//
// Permissions: the model reads for an AccessContext. Without "read" on the table, select() fails
// with the denied message as lastError() and the model stays empty; canExport() tells the UI
// whether to offer an export.
//
// Threading: today pages are read on the calling thread. Everything a read needs is in a
// PageRequest answered by PageFetcher (no model state), and every request carries the model's
// generation, which sort()/setFilter()/select() bump; applyPage() drops stale pages. A worker
// thread with its own Database::clone() can take over fetch() and count() without changing
// this class's interface.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int RawValueRole = ValueFormatter::RawValueRole;

    // `database` must outlive the model. A null `access` means AccessContext::nobody().
    PagedTableModel(const Database& database, AccessContextPtr access, const TableSpec& spec,
                    QObject* parent = nullptr);

    const TableSpec& spec() const { return m_spec; }
    const AccessContextPtr& accessContext() const { return m_access; }
    bool canRead() const;
    bool canExport() const;
    const ColumnSpec* columnSpec(int column) const;

    // (Re)reads the first page and the total count. Returns false and sets lastError() on failure.
    bool select();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Sorting by a column that is not sortable is ignored (with a debug message); column -1
    // returns to the id order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // An SQL condition over the table's columns with ? placeholders, bound to `bindValues` in
    // order (never paste user text into it). Empty: all rows. Re-selects.
    void setFilter(const QString& sqlWhere, const QVariantList& bindValues = {});
    QString filter() const { return m_filter; }

    // COUNT(*) of the rows the filter selects; -1 until known.
    qint64 totalCount() const { return m_totalCount; }
    // The id of a loaded row, for opening it in an editing model.
    qint64 rowId(int row) const;

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString& message);

private:
    PageRequest request(const PageCursor& after) const;
    void applyPage(const Page& page);
    void updateTotalCount();
    void setError(const QString& message);

    const Database& m_database;
    AccessContextPtr m_access;
    const TableSpec& m_spec;
    ValueFormatter m_formatter;
    PageFetcher m_fetcher;
    QList<const ColumnSpec*> m_columns; // catalog columns present in the database, catalog order
    QList<int> m_currencyColumn;        // by column: the column holding its currency, or -1
    QStringList m_sortable;             // besides the id
    QStringList m_notNull;
    int m_idColumn = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QVariantList m_filterValues;

    QList<QVariantList> m_rows; // the pages read so far
    PageCursor m_cursor;
    bool m_atEnd = true;
    bool m_changing = false; // inside a reset or row insertion, including its signals
    quint64 m_generation = 0;
    qint64 m_totalCount = -1;
    QString m_lastError;
};
