#include "CustomerListWorker.h"

#include "CustomerListFetcher.h"
#include "CustomerListModel.h"
#include "db/Database.h"

CustomerListWorker::CustomerListWorker(const DatabaseUrl& url,
                                       std::shared_ptr<const std::atomic<quint64>> currentGeneration)
    : m_url(url), m_currentGeneration(std::move(currentGeneration))
{
}

CustomerListWorker::~CustomerListWorker()
{
    m_fetcher.reset();
    m_database.reset();
}

bool CustomerListWorker::open(QString* error)
{
    if (m_database)
        return true;
    if (!m_openError.isEmpty()) {
        *error = m_openError; // failed before: do not retry on every request
        return false;
    }
    QString message;
    m_database = Database::open(m_url, &message);
    if (!m_database) {
        m_openError = message;
        *error = message;
        return false;
    }
    m_fetcher = std::make_unique<CustomerListFetcher>(*m_database);
    return true;
}

bool CustomerListWorker::isStale(quint64 generation) const
{
    return generation < m_currentGeneration->load(std::memory_order_acquire);
}

void CustomerListWorker::fetchPage(const CustomerListPageRequest& request)
{
    if (isStale(request.request.generation))
        return;
    QString error;
    if (!open(&error)) {
        CustomerListPageData page;
        page.generation = request.request.generation;
        page.page = request.page;
        page.error = error;
        emit pageReady(page);
        return;
    }
    if (isRestOfFirstPage(request)) {
        CustomerListPageData rest = std::move(m_rest);
        m_rest = CustomerListPageData();
        if (!m_fetcher->addDetails(&rest, request.today, &error)) {
            rest.rows.clear();
            rest.error = error;
        }
        emit pageReady(rest);
        return;
    }
    m_rest = CustomerListPageData();
    if (m_planGeneration != request.request.generation) {
        m_plan = m_fetcher->pagePlan(request.filter, &error);
        m_planGeneration = request.request.generation;
    }
    // The model asks for a screenful first; a plan that sorts every match reads the whole page
    // and keeps the rows past the screenful for the model's next request. A walk that finds too
    // few rows within its budget is read again with the matches collected; that plan then serves
    // the generation's other pages too.
    CustomerListPageData rest;
    const CustomerListPageData page = m_fetcher->fetch(request, m_plan, &m_plan, CustomerListModel::PageSize, &rest);
    if (!rest.rows.isEmpty()) {
        m_rest = rest;
        m_restAfter = page.tail;
    }
    emit pageReady(page);
}

bool CustomerListWorker::isRestOfFirstPage(const CustomerListPageRequest& request) const
{
    const PageCursor& after = request.request.after;
    return !m_rest.rows.isEmpty() && request.page == m_rest.page && request.request.generation == m_rest.generation &&
           !request.reversed && request.request.offset == 0 &&
           (request.request.limit == m_rest.rows.size() ||
            (request.request.limit > m_rest.rows.size() && m_rest.atEnd)) &&
           after.segment == m_restAfter.segment && after.hasKey && m_restAfter.hasKey && after.id == m_restAfter.id &&
           after.key == m_restAfter.key;
}

void CustomerListWorker::count(quint64 generation, const CustomerListQuery::Condition& countQuery)
{
    if (isStale(generation))
        return;
    QString error;
    if (!open(&error)) {
        emit countReady(generation, -1, error);
        return;
    }
    const qint64 rows = m_fetcher->count(countQuery, &error);
    emit countReady(generation, rows, rows < 0 ? error : QString());
}

void CustomerListWorker::locate(quint64 generation, qint64 id, const CustomerListFilter& filter, const QDate& today,
                                const QString& sortColumn, Qt::SortOrder order)
{
    if (isStale(generation))
        return;
    QString error;
    if (!open(&error)) {
        emit located(generation, id, -1, error);
        return;
    }
    const qint64 row = m_fetcher->position(filter, today, sortColumn, order, id, &error);
    emit located(generation, id, row, error);
}
