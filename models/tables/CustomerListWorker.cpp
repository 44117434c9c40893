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
    if (m_planGeneration != request.request.generation) {
        m_plan = m_fetcher->pagePlan(request.filter, &error);
        m_planGeneration = request.request.generation;
    }
    // The model asks for a screenful first; a plan that sorts every match reads the whole page.
    // A walk that finds too few rows within its budget is read again with the matches
    // collected; that plan then serves the generation's other pages too.
    emit pageReady(m_fetcher->fetch(request, m_plan, &m_plan, CustomerListModel::PageSize));
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
