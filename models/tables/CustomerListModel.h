#pragma once

#include "CustomerListPageData.h"
#include "CustomerListPageRequest.h"
#include "ValueFormatter.h"
#include "services/AccessContext.h"
#include "services/CustomerListFilter.h"
#include "services/CustomerListQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <atomic>
#include <memory>

class CustomerListWorker;
class Database;
class QThread;

// The customer list: every customer the filter selects (a million of them is fine), read
// asynchronously so the GUI thread never waits for the database.
//
// Threads: two worker threads, each a CustomerListWorker with its own connection to the
// model's database: one reads pages (keyset pages of PageSize rows through PageFetcher, plus
// each page's profile and balances), the other counts (once the first page is in, unless that
// page held every row). Requests go out with the model's generation (bumped by setFilter, sort
// and refresh); answers of an older generation are dropped and requests of an older generation
// are skipped by the workers unread. A COUNT(*) or page already running is not interrupted.
//
// Rows: while a new generation's first rows are on their way the previous rows stay on screen;
// their arrival resets the model. The first read asks for FirstRows rows only; the rest of page 0
// follows right after (placeholders until then). rowCount() is then the background COUNT(*) once it has arrived
// (or the exact number of rows when reading forwards reached the end), until then the rows
// read plus one page. Rows not read yet are placeholders ("…" in the first column, LoadedRole
// false); asking for their data asks for their page. Pages are requested coalesced (at most
// one request per page, at most MaxInFlight at a time, the most recently wanted first; older
// wishes beyond MaxWanted are forgotten and asked again when shown). A page is read forwards
// after the page before it, backwards before the page after it, the last page backwards from
// the end of the order, and any other page by an offset from the nearest row whose place is
// known: the start, the end, or a page read before in this generation (its first and last rows
// are remembered after the page itself is evicted, up to MaxAnchors pages), so scrolling around
// a big list skips ever fewer rows. At most MaxPages pages stay in memory once the count is known
// (least recently shown go first), so memory does not grow with the table.
//
// Sorting: by the id (sort column -1) or by a shown customers column leading an index in the
// database (company name and e-mail with migration 0001; see isSortable), ties by id. Computed
// columns (risk, balances, flags) cannot be sorted: that would need the whole table.
//
// Permissions: reading needs "read" on customers, customer_profiles and payment_records;
// otherwise the model stays empty with the denied message as lastError().
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CompanyColumn,
        ContactColumn,
        EmailColumn,
        PhoneColumn,
        TimeZoneColumn,
        RiskLevelColumn,
        OutstandingColumn,
        OverdueColumn,
        DoNotContactColumn,
        HoldsColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = ValueFormatter::RawValueRole, // the stored value; money: a QVariantList of Money
        IdRole = Qt::UserRole + 20,                  // the customer id (qint64); invalid while not loaded
        LoadedRole                                   // false for a placeholder row
    };

    static constexpr int PageSize = 256;
    static constexpr int MaxPages = 64;
    static constexpr int MaxInFlight = 2;
    static constexpr int MaxWanted = 32;
    static constexpr int MaxAnchors = 4096; // pages whose place is remembered after eviction
    // The first read of a generation asks for this many rows (a screenful): they are shown
    // sooner, then the rest of page 0 is read at once.
    static constexpr int FirstRows = 64;

    // `database` must outlive the model; the workers open their own connections to its URL
    // (a file or server database: an SQLite ":memory:" database cannot be shared). The first
    // page and the count are requested from the event loop (or by an earlier setFilter/sort).
    CustomerListModel(const Database& database, AccessContextPtr access, QObject* parent = nullptr);
    ~CustomerListModel() override;

    bool canRead() const;
    QString lastError() const { return m_lastError; }

    CustomerListFilter filter() const { return m_filter; }
    // Starts a new generation unless the filter is unchanged.
    void setFilter(const CustomerListFilter& filter);
    // Reads everything again (same filter and order).
    void refresh();

    // Column -1: id order. A column that is not sortable is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The customers column shown in `column`, empty for computed columns.
    static QString columnName(int column);

    quint64 generation() const { return m_generation; }
    // True until the current generation's first page has arrived.
    bool isLoading() const { return m_awaitingFirst; }
    // COUNT(*) of the filter's customers; -1 until known.
    qint64 totalCount() const { return m_totalCount; }
    // True when rowCount() is the final number of rows (counted, or read to the end).
    bool isRowCountFinal() const { return !m_awaitingFirst && (m_totalCount >= 0 || m_forwardAtEnd); }

    bool isRowLoaded(int row) const { return customer(row) != nullptr; }
    // The loaded row, or nullptr for a placeholder.
    const CustomerListRow* customer(int row) const;
    qint64 customerId(int row) const;
    // Asks for the pages holding rows first..last (as showing them would).
    void loadRows(int first, int last);
    // Asks for the last page now, or as soon as the count is known.
    void loadLastRows();
    // Asks where customer `id` stands in the current list (a COUNT on the count worker's
    // connection): customerLocated answers, unless a new generation starts first.
    void locateCustomer(qint64 id);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalCountChanged(qint64 count);
    void loadingChanged(bool loading);
    // Rows first..last now hold data (also after the reset that shows a new generation).
    void rowsLoaded(int first, int last);
    void errorOccurred(const QString& message);
    // The answer to locateCustomer: its row, or -1 if the list does not hold it (or the
    // position could not be read: errorOccurred says why).
    void customerLocated(qint64 id, int row);

private:
    struct LoadedPage
    {
        QList<CustomerListRow> rows;
        PageCursor head;
        PageCursor tail;
        mutable quint64 lastUsed = 0;
        bool complete = true; // false: page 0 holds the first FirstRows rows, the rest is on its way
    };

    void startGeneration();
    void requestCount();
    void clearToEmpty();
    void requestPage(int page) const;
    void scheduleDispatch() const;
    void dispatch();
    bool sendPage(int page);
    int expectedPageSize(int page) const;
    PageRequest baseRequest() const;
    void onPageReady(const CustomerListPageData& page);
    void onCountReady(quint64 generation, qint64 count, const QString& error);
    void onLocated(quint64 generation, qint64 id, qint64 row, const QString& error);
    void storePage(const CustomerListPageData& page);
    void sendRestOfFirstPage();
    void appendToFirstPage(const CustomerListPageData& page);
    int computedRowCount() const;
    void setRowCount(int rows);
    void evictPages();
    void setError(const QString& message);
    QVariant displayValue(const CustomerListRow& row, int column) const;
    QVariant rawValue(const CustomerListRow& row, int column) const;

    const Database& m_database;
    AccessContextPtr m_access;
    QStringList m_indexed; // customers columns leading an index
    QStringList m_notNull;
    std::shared_ptr<std::atomic<quint64>> m_sharedGeneration;
    QThread* m_pageThread = nullptr;
    QThread* m_countThread = nullptr;
    CustomerListWorker* m_pageWorker = nullptr;
    CustomerListWorker* m_countWorker = nullptr;

    CustomerListFilter m_filter;
    int m_sortColumn = CompanyColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    QDate m_today;
    QString m_lastError;

    // Where a page read this generation starts and ends, kept after the page is evicted: a page
    // without a loaded neighbour is read by an offset from the nearest of them.
    struct Anchor
    {
        PageCursor head;
        PageCursor tail;
    };

    QHash<int, LoadedPage> m_pages;
    QMap<int, Anchor> m_anchors;
    int m_rowCount = 0;
    qint64 m_totalCount = -1;
    int m_forwardRows = 0; // rows read forwards from the start without a gap
    bool m_forwardAtEnd = false;
    bool m_awaitingFirst = false;
    bool m_wantLast = false;
    QSet<int> m_inFlight;
    QSet<int> m_failed;
    mutable QList<int> m_wanted; // most recently wanted last
    mutable bool m_dispatchScheduled = false;
    mutable quint64 m_useClock = 0;
};
