#pragma once

#include "services/AccessContext.h"
#include "services/AuditLogEntry.h"
#include "services/AuditLogFilter.h"
#include "services/AuditLogQuery.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The audit log viewer's list: the entries matching a filter, newest first, read in keyset
// pages (AuditLogQuery) as the view scrolls (canFetchMore / fetchMore), so a log of millions of
// rows opens with its first page and memory holds only what was scrolled through. Read-only.
// Times are shown in local time (UTC in the tooltip); entity types by their table's title.
class AuditLogListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityTypeColumn,
        EntityIdColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    // `database` must outlive the model; `access` is whose read it is (refused without "read").
    AuditLogListModel(const Database& database, AccessContextPtr access, QObject* parent = nullptr);

    // Shows the first page of the entries matching `filter`. False (and lastError(), and an empty
    // list) when the log cannot be read.
    bool setFilter(const AuditLogFilter& filter);
    const AuditLogFilter& filter() const { return m_filter; }
    // Reads the first page of the current filter again.
    bool reload() { return setFilter(m_filter); }
    // Empties the list without reading (e.g. when the log may no longer be read).
    void clear();
    QString lastError() const { return m_lastError; }

    // The entry shown in `row`, or nullptr.
    const AuditLogEntry* entry(int row) const;
    bool atEnd() const { return m_atEnd; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The table's title for an entity type ("Customers" for customers), or the type itself.
    static QString entityTypeTitle(const QString& entityType);
    // A UTC time as the list shows it: local, with seconds.
    static QString localTime(const QDateTime& utc);

signals:
    void errorOccurred(const QString& message);

private:
    AuditLogQuery m_query;
    AuditLogFilter m_filter;
    QList<AuditLogEntry> m_rows;
    PageCursor m_cursor;
    bool m_atEnd = true;
    QString m_lastError;
};
