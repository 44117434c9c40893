#pragma once

#include "CustomerListPageData.h"
#include "CustomerListPageRequest.h"
#include "db/DatabaseUrl.h"
#include "services/CustomerListQuery.h"

#include <QObject>
#include <atomic>
#include <memory>

class CustomerListFetcher;
class Database;

// Answers the customer list's reads on a worker thread: lives in a QThread, opens its own
// connection to the list's database there on first use (what Database::clone() does, on the
// thread that will use it) and answers page and count requests through queued signals.
//
// Requests of a superseded generation are skipped unread: the model publishes its current
// generation in `currentGeneration`, and a request queued before a newer search or sort only
// costs the comparison. A read already running is not interrupted; its answer is dropped by the
// model. The first page request of a generation also chooses how its condition is planned
// (CustomerListFetcher::pagePlan), kept for the generation's other pages. A first page whose
// plan sorts every match is read whole but answered in two parts: the screenful asked for, then,
// when the model asks for the rest of the page, the rows already read with their details added.
// The connection is closed when the worker is deleted (in its own thread: connect the thread's
// finished() to deleteLater()).
class CustomerListWorker : public QObject
{
    Q_OBJECT

public:
    CustomerListWorker(const DatabaseUrl& url, std::shared_ptr<const std::atomic<quint64>> currentGeneration);
    ~CustomerListWorker() override;

    // Called on the worker's thread (queued).
    void fetchPage(const CustomerListPageRequest& request);
    void count(quint64 generation, const CustomerListQuery::Condition& countQuery);
    // Where customer `id` stands in the generation's list (CustomerListFetcher::position).
    void locate(quint64 generation, qint64 id, const CustomerListFilter& filter, const QDate& today,
                const QString& sortColumn, Qt::SortOrder order);

signals:
    void pageReady(const CustomerListPageData& page);
    void countReady(quint64 generation, qint64 count, const QString& error);
    void located(quint64 generation, qint64 id, qint64 row, const QString& error);

private:
    bool open(QString* error);
    bool isStale(quint64 generation) const;

    // The rest of a first page read whole (CustomerListFetcher::fetch's *rest), without its
    // details: the model asks for it next, after the first part's tail.
    bool isRestOfFirstPage(const CustomerListPageRequest& request) const;

    DatabaseUrl m_url;
    CustomerListPageData m_rest; // rows empty: none
    PageCursor m_restAfter;
    quint64 m_planGeneration = 0; // the generation m_plan was chosen for
    CustomerListQuery::Plan m_plan;
    std::shared_ptr<const std::atomic<quint64>> m_currentGeneration;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CustomerListFetcher> m_fetcher;
    QString m_openError;
};
