#include "CustomerListModel.h"

#include "CustomerListFetcher.h"
#include "CustomerListWorker.h"
#include "PageFetcher.h"
#include "db/Database.h"
#include "services/CustomerListQuery.h"

#include <QDebug>
#include <QLocale>
#include <QThread>
#include <algorithm>
#include <limits>

namespace {

const QStringList& requiredTables()
{
    static const QStringList tables = {QStringLiteral("customers"), QStringLiteral("customer_profiles"),
                                       QStringLiteral("payment_records")};
    return tables;
}

QString moneyText(const QList<Money>& amounts)
{
    const QLocale locale; // the default locale, which follows the UI language
    QStringList parts;
    for (const Money& amount : amounts)
        parts << amount.toLocaleString(locale);
    return parts.join(QStringLiteral("; "));
}

QVariantList moneyValues(const QList<Money>& amounts)
{
    QVariantList values;
    for (const Money& amount : amounts)
        values << QVariant::fromValue(amount);
    return values;
}

Qt::SortOrder opposite(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace

CustomerListModel::CustomerListModel(const Database& database, AccessContextPtr access, QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_access(access ? std::move(access) : AccessContext::nobody()),
      m_sharedGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<CustomerListPageData>();
    qRegisterMetaType<CustomerListPageRequest>();
    const PageFetcher catalogue(database);
    m_indexed = catalogue.indexedColumns(CustomerListFetcher::table());
    m_notNull = catalogue.notNullColumns(CustomerListFetcher::table());
    if (!isSortable(m_sortColumn))
        m_sortColumn = -1;

    auto startWorker = [this, &database](QThread** thread, CustomerListWorker** worker, const char* name) {
        *thread = new QThread(this);
        (*thread)->setObjectName(QString::fromLatin1(name));
        *worker = new CustomerListWorker(database.url(), m_sharedGeneration);
        (*worker)->moveToThread(*thread);
        // The worker, and with it its connection, is deleted on its own thread as that ends.
        connect(*thread, &QThread::finished, *worker, &QObject::deleteLater);
        (*thread)->start();
    };
    startWorker(&m_pageThread, &m_pageWorker, "customer list pages");
    startWorker(&m_countThread, &m_countWorker, "customer list count");
    connect(m_pageWorker, &CustomerListWorker::pageReady, this, &CustomerListModel::onPageReady, Qt::QueuedConnection);
    connect(m_countWorker, &CustomerListWorker::countReady, this, &CustomerListModel::onCountReady,
            Qt::QueuedConnection);
    connect(m_countWorker, &CustomerListWorker::located, this, &CustomerListModel::onLocated, Qt::QueuedConnection);
    // Reading starts when control returns to the event loop, so a filter and order set right
    // after construction (restored settings) cost no extra generation.
    m_awaitingFirst = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                startGeneration();
        },
        Qt::QueuedConnection);
}

CustomerListModel::~CustomerListModel()
{
    // Everything still queued is skipped; a read already running finishes first.
    m_sharedGeneration->store(std::numeric_limits<quint64>::max(), std::memory_order_release);
    for (QThread* thread : {m_pageThread, m_countThread}) {
        thread->quit();
        thread->wait();
    }
}

bool CustomerListModel::canRead() const
{
    return std::all_of(requiredTables().begin(), requiredTables().end(),
                       [this](const QString& table) { return m_access->can(table, PermissionService::Action::Read); });
}

QString CustomerListModel::columnName(int column)
{
    switch (column) {
    case CompanyColumn:
        return QStringLiteral("company_name");
    case ContactColumn:
        return QStringLiteral("contact_name");
    case EmailColumn:
        return QStringLiteral("email");
    case PhoneColumn:
        return QStringLiteral("phone");
    case TimeZoneColumn:
        return QStringLiteral("time_zone");
    default:
        return QString();
    }
}

bool CustomerListModel::isSortable(int column) const
{
    const QString name = columnName(column);
    return !name.isEmpty() && m_indexed.contains(name);
}

void CustomerListModel::setFilter(const CustomerListFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_generation > 0) // otherwise the first generation is still to start, with this filter
        startGeneration();
}

void CustomerListModel::refresh()
{
    startGeneration();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        order = Qt::AscendingOrder;
        column = -1;
    } else if (!isSortable(column)) {
        qDebug().noquote() << "CustomerListModel: cannot sort by column" << column
                           << "(only by indexed customers columns); order unchanged";
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_generation > 0)
        startGeneration();
}

void CustomerListModel::setError(const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void CustomerListModel::clearToEmpty()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_forwardRows = 0;
    m_forwardAtEnd = true;
    endResetModel();
}

PageRequest CustomerListModel::baseRequest() const
{
    PageRequest request;
    request.table = CustomerListFetcher::table();
    request.columns = CustomerListFetcher::columns();
    const QString sortName = m_sortColumn >= 0 ? columnName(m_sortColumn) : PageFetcher::idColumn();
    request.sortColumn = sortName;
    request.order = m_sortOrder;
    request.sortColumnNullable = !m_notNull.contains(sortName);
    request.limit = PageSize;
    request.generation = m_generation;
    return request;
}

void CustomerListModel::startGeneration()
{
    ++m_generation;
    m_sharedGeneration->store(m_generation, std::memory_order_release);
    m_inFlight.clear();
    m_failed.clear();
    m_wanted.clear();
    m_anchors.clear();
    m_wantLast = false;
    m_lastError.clear();
    m_today = CustomerListQuery::utcToday();
    if (m_totalCount != -1) {
        m_totalCount = -1;
        emit totalCountChanged(-1);
    }
    if (!canRead()) {
        const bool wasLoading = m_awaitingFirst;
        m_awaitingFirst = false;
        clearToEmpty();
        if (wasLoading)
            emit loadingChanged(false);
        for (const QString& table : requiredTables()) {
            if (!m_access->can(table, PermissionService::Action::Read)) {
                setError(m_access->deniedMessage(table, PermissionService::Action::Read));
                break;
            }
        }
        return;
    }
    if (!m_awaitingFirst) {
        m_awaitingFirst = true;
        emit loadingChanged(true);
    }
    sendPage(0);
    // The count is asked for when the first page is in: the two would only compete for the CPU.
}

void CustomerListModel::requestCount()
{
    const CustomerListQuery::Condition countQuery =
        CustomerListQuery::countQuery(m_filter, m_database.dialect(), m_today);
    const quint64 generation = m_generation;
    CustomerListWorker* worker = m_countWorker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, countQuery] { worker->count(generation, countQuery); }, Qt::QueuedConnection);
}

void CustomerListModel::locateCustomer(qint64 id)
{
    if (!canRead()) {
        emit customerLocated(id, -1);
        return;
    }
    const quint64 generation = m_generation;
    const CustomerListFilter filter = m_filter;
    const QDate today = m_today;
    const QString sortColumn = m_sortColumn >= 0 ? columnName(m_sortColumn) : PageFetcher::idColumn();
    const Qt::SortOrder order = m_sortOrder; // as baseRequest() pages the list
    CustomerListWorker* worker = m_countWorker;
    QMetaObject::invokeMethod(
        worker, [=] { worker->locate(generation, id, filter, today, sortColumn, order); }, Qt::QueuedConnection);
}

void CustomerListModel::onLocated(quint64 generation, qint64 id, qint64 row, const QString& error)
{
    if (generation != m_generation)
        return; // the list changed since: the row would be another list's
    if (!error.isEmpty()) {
        m_lastError = error;
        emit errorOccurred(error);
    }
    emit customerLocated(id, row >= 0 && row < rowCount() ? int(row) : -1);
}

int CustomerListModel::expectedPageSize(int page) const
{
    if (page < 0)
        return 0;
    if (m_totalCount < 0)
        return PageSize;
    return int(std::clamp<qint64>(m_totalCount - qint64(page) * PageSize, 0, PageSize));
}

bool CustomerListModel::sendPage(int page)
{
    const int size = expectedPageSize(page);
    if (size <= 0)
        return false;
    CustomerListPageRequest request;
    request.page = page;
    request.today = m_today;
    request.filter = m_filter;
    request.request = baseRequest();
    request.request.limit = size;
    const auto previous = m_pages.constFind(page - 1);
    const auto next = m_pages.constFind(page + 1);
    if (page == 0) {
        if (m_awaitingFirst) // a screenful first; sendRestOfFirstPage reads the rest
            request.request.limit = std::min(size, FirstRows);
    } else if (previous != m_pages.constEnd() && previous->complete) {
        request.request.after = previous->tail;
    } else if (next != m_pages.constEnd()) {
        request.reversed = true;
        request.request.order = opposite(m_sortOrder);
        request.request.after = next->head;
    } else if (m_totalCount >= 0) {
        // The fewest rows to skip: from the start, from the end, or from the nearest page whose
        // place is known (loaded now or before, this generation): forwards after its last row
        // or backwards before its first.
        const qint64 before = qint64(page) * PageSize;
        const qint64 after = m_totalCount - before - size;
        qint64 skip = before;
        if (after < skip) {
            skip = after;
            request.reversed = true; // the last page is read backwards from the end: offset 0
            request.request.order = opposite(m_sortOrder);
        }
        const auto atOrAbove = m_anchors.lowerBound(page);
        if (atOrAbove != m_anchors.constBegin()) {
            const auto below = std::prev(atOrAbove);
            const qint64 distance = qint64(page - below.key() - 1) * PageSize;
            if (distance < skip) {
                skip = distance;
                request.reversed = false;
                request.request.order = m_sortOrder;
                request.request.after = below->tail;
            }
        }
        const auto above = m_anchors.upperBound(page); // the page's own anchor cannot start it
        if (above != m_anchors.constEnd()) {
            const qint64 distance = qint64(above.key() - page - 1) * PageSize;
            if (distance < skip) {
                skip = distance;
                request.reversed = true;
                request.request.order = opposite(m_sortOrder);
                request.request.after = above->head;
            }
        }
        request.request.offset = skip;
    } else {
        return false; // a page out of reach until the count is known
    }
    m_inFlight.insert(page);
    CustomerListWorker* worker = m_pageWorker;
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->fetchPage(request); }, Qt::QueuedConnection);
    return true;
}

void CustomerListModel::requestPage(int page) const
{
    if (m_awaitingFirst || page < 0 || m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeFirst();
    scheduleDispatch();
}

void CustomerListModel::scheduleDispatch() const
{
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    // Not from inside data(): views ask for many rows per paint; one dispatch serves them all.
    auto* self = const_cast<CustomerListModel*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->dispatch(); }, Qt::QueuedConnection);
}

void CustomerListModel::sendRestOfFirstPage()
{
    const auto first = m_pages.constFind(0);
    if (first == m_pages.constEnd() || first->complete || m_inFlight.contains(0) || m_failed.contains(0))
        return;
    CustomerListPageRequest request;
    request.page = 0;
    request.today = m_today;
    request.filter = m_filter;
    request.request = baseRequest();
    request.request.limit = PageSize - int(first->rows.size());
    request.request.after = first->tail;
    m_inFlight.insert(0);
    CustomerListWorker* worker = m_pageWorker;
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->fetchPage(request); }, Qt::QueuedConnection);
}

void CustomerListModel::appendToFirstPage(const CustomerListPageData& page)
{
    LoadedPage& first = m_pages[0];
    const int from = int(first.rows.size());
    first.rows += page.rows;
    first.tail = page.tail;
    first.complete = true;
    first.lastUsed = ++m_useClock;
    m_anchors.insert(0, Anchor{first.head, first.tail});
    m_forwardRows = int(first.rows.size());
    m_forwardAtEnd = page.atEnd || first.rows.size() < PageSize;
    setRowCount(computedRowCount());
    const int last = std::min(int(first.rows.size()), m_rowCount) - 1;
    if (last >= from) {
        emit dataChanged(index(from, 0), index(last, ColumnCount - 1));
        emit rowsLoaded(from, last);
    }
}

void CustomerListModel::dispatch()
{
    m_dispatchScheduled = false;
    if (m_awaitingFirst)
        return;
    sendRestOfFirstPage(); // before anything that may read on from page 0
    while (m_inFlight.size() < MaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
            continue;
        sendPage(page);
    }
}

void CustomerListModel::loadRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, m_rowCount - 1);
    for (int page = first / PageSize; first <= last && page <= last / PageSize; ++page)
        requestPage(page);
}

void CustomerListModel::loadLastRows()
{
    if (m_awaitingFirst || !isRowCountFinal()) {
        m_wantLast = true;
        return;
    }
    if (m_rowCount > 0)
        loadRows(m_rowCount - 1, m_rowCount - 1);
}

void CustomerListModel::storePage(const CustomerListPageData& page)
{
    LoadedPage loaded;
    loaded.rows = page.rows;
    loaded.head = page.head;
    loaded.tail = page.tail;
    loaded.lastUsed = ++m_useClock;
    // Short only at the end of the list, or when page 0's first FirstRows rows came alone.
    loaded.complete = page.rows.size() == PageSize || page.atEnd ||
                      (m_totalCount >= 0 && page.rows.size() >= expectedPageSize(page.page));
    m_pages.insert(page.page, loaded);
    if (!loaded.complete)
        return;
    m_anchors.insert(page.page, Anchor{page.head, page.tail});
    if (m_anchors.size() > MaxAnchors) {
        // Every other one goes: the rest still cover the list evenly.
        bool drop = false;
        for (auto it = m_anchors.begin(); it != m_anchors.end();) {
            if (drop && it.key() != page.page)
                it = m_anchors.erase(it);
            else
                ++it;
            drop = !drop;
        }
    }
    // Read forwards right after the rows read so far: the count of rows known without COUNT(*).
    if (qint64(page.page) * PageSize == m_forwardRows && !m_forwardAtEnd &&
        (page.rows.size() == PageSize || page.atEnd)) {
        m_forwardRows += int(page.rows.size());
        m_forwardAtEnd = page.atEnd;
    }
}

int CustomerListModel::computedRowCount() const
{
    if (m_forwardAtEnd)
        return m_forwardRows;
    if (m_totalCount >= 0)
        return int(std::min<qint64>(m_totalCount, std::numeric_limits<int>::max()));
    return m_forwardRows + PageSize;
}

void CustomerListModel::setRowCount(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            const qint64 first = qint64(it.key()) * PageSize;
            if (first >= rows) {
                it = m_pages.erase(it);
                continue;
            }
            if (first + it->rows.size() > rows)
                it->rows.resize(rows - first);
            ++it;
        }
        for (auto it = m_anchors.begin(); it != m_anchors.end();) {
            if (qint64(it.key()) * PageSize >= rows)
                it = m_anchors.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
}

void CustomerListModel::onPageReady(const CustomerListPageData& page)
{
    if (page.generation != m_generation)
        return; // a superseded search, filter or order
    m_inFlight.remove(page.page);
    if (!page.error.isEmpty()) {
        m_failed.insert(page.page); // not asked again until the next generation
        if (m_awaitingFirst) {
            m_awaitingFirst = false;
            clearToEmpty();
            emit loadingChanged(false);
        }
        setError(page.error);
        dispatch();
        return;
    }
    if (m_awaitingFirst) {
        beginResetModel();
        m_pages.clear();
        m_anchors.clear();
        m_forwardRows = 0;
        m_forwardAtEnd = false;
        storePage(page);
        m_rowCount = computedRowCount();
        endResetModel();
        m_awaitingFirst = false;
        emit loadingChanged(false);
        if (!page.rows.isEmpty())
            emit rowsLoaded(0, int(page.rows.size()) - 1);
        if (page.atEnd) { // everything is in: nothing to count
            m_totalCount = m_rowCount;
            emit totalCountChanged(m_totalCount);
        } else {
            requestCount();
        }
        if (m_wantLast) {
            m_wantLast = false;
            loadLastRows();
        }
        dispatch();
        return;
    }
    if (page.page == 0 && m_pages.contains(0) && !m_pages.value(0).complete) {
        appendToFirstPage(page);
        dispatch();
        return;
    }
    storePage(page);
    setRowCount(computedRowCount());
    const int first = page.page * PageSize;
    const int last = std::min(first + int(page.rows.size()), m_rowCount) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit rowsLoaded(first, last);
    }
    evictPages();
    dispatch();
}

void CustomerListModel::onCountReady(quint64 generation, qint64 count, const QString& error)
{
    if (generation != m_generation)
        return;
    if (count < 0) {
        setError(error);
        return;
    }
    m_totalCount = count;
    emit totalCountChanged(count);
    if (m_awaitingFirst)
        return; // applied with the first page
    setRowCount(computedRowCount());
    if (m_wantLast) {
        m_wantLast = false;
        loadLastRows();
    }
    dispatch();
}

void CustomerListModel::evictPages()
{
    if (m_totalCount < 0 || m_pages.size() <= MaxPages)
        return;
    while (m_pages.size() > MaxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->complete && (oldest == m_pages.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        }
        if (oldest == m_pages.end())
            return;
        const int first = oldest.key() * PageSize;
        const int last = std::min(first + int(oldest->rows.size()), m_rowCount) - 1;
        m_pages.erase(oldest);
        if (last >= first) // placeholders again: a view still showing them asks again
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

const CustomerListRow* CustomerListModel::customer(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.constEnd() || row % PageSize >= page->rows.size())
        return nullptr;
    page->lastUsed = ++m_useClock;
    return &page->rows.at(row % PageSize);
}

qint64 CustomerListModel::customerId(int row) const
{
    const CustomerListRow* loaded = customer(row);
    return loaded ? loaded->id : -1;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::displayValue(const CustomerListRow& row, int column) const
{
    switch (column) {
    case CompanyColumn:
        return row.companyName;
    case ContactColumn:
        return row.contactName;
    case EmailColumn:
        return row.email;
    case PhoneColumn:
        return row.phone;
    case TimeZoneColumn:
        return row.timeZone;
    case RiskLevelColumn:
        return CustomerListQuery::riskLevelTitle(row.riskLevel);
    case OutstandingColumn:
        return moneyText(row.outstanding);
    case OverdueColumn:
        return moneyText(row.overdue);
    case DoNotContactColumn:
        return row.doNotContact ? tr("Yes") : QString();
    case HoldsColumn: {
        QStringList titles;
        for (const QString& kind : row.holds)
            titles << CustomerListQuery::holdTitle(kind);
        return titles.join(QStringLiteral(", "));
    }
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::rawValue(const CustomerListRow& row, int column) const
{
    switch (column) {
    case RiskLevelColumn:
        return row.riskLevel;
    case OutstandingColumn:
        return moneyValues(row.outstanding);
    case OverdueColumn:
        return moneyValues(row.overdue);
    case DoNotContactColumn:
        return row.doNotContact;
    case HoldsColumn:
        return row.holds;
    default:
        return displayValue(row, column);
    }
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CustomerListRow* row = customer(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool amount = index.column() == OutstandingColumn || index.column() == OverdueColumn;
        return QVariant::fromValue(int(amount ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (!row) {
        requestPage(index.row() / PageSize);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == CompanyColumn ? QVariant(QStringLiteral("…")) : QVariant(QString());
        case Qt::ToolTipRole:
            return tr("Loading…");
        case LoadedRole:
            return false;
        default:
            return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == HoldsColumn || index.column() == OutstandingColumn || index.column() == OverdueColumn
                   ? displayValue(*row, index.column())
                   : QVariant();
    case RawValueRole:
        return rawValue(*row, index.column());
    case IdRole:
        return QVariant::fromValue<qint64>(row->id);
    case LoadedRole:
        return true;
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case TimeZoneColumn:
        return tr("Time zone");
    case RiskLevelColumn:
        return tr("Risk");
    case OutstandingColumn:
        return tr("Outstanding");
    case OverdueColumn:
        return tr("Overdue");
    case DoNotContactColumn:
        return tr("Do not contact");
    case HoldsColumn:
        return tr("Holds");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags CustomerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || m_awaitingFirst || isRowCountFinal())
        return false;
    const int next = m_forwardRows / PageSize;
    return !m_pages.contains(next) && !m_inFlight.contains(next) && !m_failed.contains(next);
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_forwardRows / PageSize);
}
