#include "CustomerListFetcher.h"

#include "PageFetcher.h"
#include "db/Database.h"
#include "db/SqlCall.h"
#include "services/CustomerListDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <algorithm>

namespace {

// Forward only: each result is read once, front to back.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    query.setForwardOnly(true);
    return SqlCall::run(query, sql, values, error);
}

} // namespace

CustomerListFetcher::CustomerListFetcher(const Database& database) : m_database(&database) {}

QStringList CustomerListFetcher::columns()
{
    return {QStringLiteral("id"),    QStringLiteral("company_name"), QStringLiteral("contact_name"),
            QStringLiteral("email"), QStringLiteral("phone"),        QStringLiteral("time_zone")};
}

// How many rows a bounded COUNT found; -1 on failure (the page's own
// query then reports the problem).
qint64 CustomerListFetcher::probe(const QString& sql, const QVariantList& values, QString* error) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, sql, values, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// PostgreSQL: the planner's row estimate for a query, from EXPLAIN (planning only). EXPLAIN
// cannot be a prepared statement, so the values are written into the text by the driver's own
// quoting (QSqlDriver::formatValue escapes them for this connection).
qint64 CustomerListFetcher::estimatedRows(const QString& sql, const QVariantList& values, QString* error) const
{
    const QSqlDatabase db = m_database->connection();
    QString text;
    qsizetype value = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?') && value < values.size()) {
            QSqlField field(QString(), values.at(value).metaType());
            field.setValue(values.at(value++));
            text += db.driver()->formatValue(field);
        } else {
            text += c;
        }
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + text) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    const QJsonArray plans = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    return qint64(plans.at(0)
                      .toObject()
                      .value(QStringLiteral("Plan"))
                      .toObject()
                      .value(QStringLiteral("Plan Rows"))
                      .toDouble(-1));
}

CustomerListQuery::Plan CustomerListFetcher::pagePlan(const CustomerListFilter& filter, QString* error) const
{
    const Dialect& dialect = m_database->dialect();
    CustomerListQuery::Plan plan;
    const QStringList words = CustomerListQuery::searchWords(filter.search);
    if (!words.isEmpty()) {
        const CustomerListQuery::Condition search = CustomerListQuery::searchProbe(words, dialect);
        if (dialect.isSqlite()) {
            const qint64 matches = probe(search.sql, search.values, error);
            plan.searchPerRow =
                matches >= CustomerListQuery::PerRowSearchRows && CustomerListQuery::searchWordsArePrefixIndexed(words);
            plan.searchAsProbe = !plan.searchPerRow && matches >= CustomerListQuery::SqliteCollectRows;
            if (plan.searchPerRow)
                plan.walkRowsPerRow = CustomerListQuery::SqlitePerRowWalkRowsPerRow;
            else if (plan.searchAsProbe)
                plan.walkRowsPerRow = CustomerListQuery::SqliteWalkRowsPerRow;
        } else if (CustomerListQuery::searchWordsHaveTrigrams(words)) {
            const qint64 estimate = estimatedRows(search.sql, search.values, error);
            plan.searchAsSet = estimate >= 0 && estimate < CustomerListQuery::PostgresCollectRows;
            if (!plan.searchAsSet)
                plan.walkRowsPerRow = CustomerListQuery::PostgresWalkRowsPerRow;
        }
    }
    if (!filter.riskLevels.isEmpty()) {
        QVariantList levels;
        for (const QString& level : filter.riskLevels)
            levels << level;
        const qint64 found = probe(CustomerListQuery::riskProbeSql(int(levels.size())), levels, error);
        plan.riskAsSet = found >= 0 && found < CustomerListQuery::SmallSetRows;
    }
    if (filter.doNotContact == CustomerListFilter::Choice::Yes) {
        const qint64 found = probe(CustomerListQuery::doNotContactProbeSql(), {dialect.boolToSql(true)}, error);
        plan.doNotContactAsSet = found >= 0 && found < CustomerListQuery::SmallSetRows;
    }
    return plan;
}

CustomerListPageData CustomerListFetcher::fetch(const CustomerListPageRequest& pageRequest,
                                                const CustomerListQuery::Plan& plan, CustomerListQuery::Plan* usedPlan,
                                                int collectLimit, CustomerListPageData* rest) const
{
    const int limit = pageRequest.request.limit;
    // A plan that sorts every match costs the same whatever the limit: a first page is then read
    // whole, which spares sorting them all again for the rest of it.
    auto sized = [&](const CustomerListQuery::Plan& used) {
        CustomerListPageRequest request = pageRequest;
        if (collectLimit > limit && request.request.offset == 0 && !request.request.after.hasKey && !request.reversed &&
            collectsMatches(request.filter, used, m_database->dialect())) {
            request.request.limit = collectLimit;
            if (rest)
                request.request.markAfter = limit;
        }
        return request;
    };
    if (usedPlan)
        *usedPlan = plan;
    PageCursor mark;
    CustomerListPageData result = read(sized(plan), plan, &mark);
    if (result.walkCut && plan.searchPerRow) {
        // Too few matches for looking customers up one by one: probe a set of them instead.
        const CustomerListQuery::Plan probe = plan.probeMatches(CustomerListQuery::SqliteWalkRowsPerRow);
        if (usedPlan)
            *usedPlan = probe;
        result = read(sized(probe), probe, &mark);
    }
    if (result.walkCut) {
        // Too few matches within the walk's budget: collect them all and sort them instead.
        const CustomerListQuery::Plan collect = plan.collectMatches();
        if (usedPlan)
            *usedPlan = collect;
        result = read(sized(collect), collect, &mark);
    }
    if (!result.error.isEmpty())
        return result;
    if (rest && result.rows.size() > limit && mark.hasKey) {
        // The rows past what was asked for wait in *rest, without their details (addDetails()):
        // the first ones are on screen the sooner. They continue after result.tail.
        *rest = CustomerListPageData();
        rest->generation = result.generation;
        rest->page = result.page;
        rest->rows = result.rows.mid(limit);
        rest->tail = result.tail;
        rest->atEnd = result.atEnd;
        result.rows.resize(limit);
        result.tail = mark;
        result.atEnd = false;
    }
    QString error;
    if (!addDetails(&result, pageRequest.today, &error)) {
        result.rows.clear();
        result.error = error;
        if (rest)
            *rest = CustomerListPageData();
    }
    return result;
}

CustomerListPageData CustomerListFetcher::read(const CustomerListPageRequest& pageRequest,
                                               const CustomerListQuery::Plan& plan, PageCursor* mark) const
{
    PageRequest request = pageRequest.request;
    request.table = table();
    request.columns = columns();
    CustomerListQuery::Plan pagePlan = plan;
    if (pagePlan.searchPerRow && request.offset > 0) {
        // Every skipped customer would be looked up on its own: probe a set of the matches.
        pagePlan.searchPerRow = false;
        pagePlan.searchAsProbe = true;
    }
    // PostgreSQL: a search matching few customers is collected through the trigram index and
    // sorted, behind PageFetcher's fence (cheaper than the ARRAY of ids Plan::searchAsSet writes).
    const bool collect = pagePlan.searchAsSet && m_database->dialect().isPostgres();
    if (collect)
        pagePlan.searchAsSet = false;
    const CustomerListQuery::Condition condition =
        CustomerListQuery::condition(pageRequest.filter, m_database->dialect(), pageRequest.today, pagePlan);
    request.filter = condition.sql;
    request.filterValues = condition.values;

    CustomerListPageData result;
    result.generation = request.generation;
    result.page = pageRequest.page;
    PageFetcher pages(*m_database);
    pages.setCollectMatches(collect);
    pages.setWalkBudget(pagePlan.walkRowsPerRow); // not used for a read by an offset
    const Page page = pages.fetch(request);
    *mark = page.mark;
    if (!page.error.isEmpty()) {
        result.error = page.error;
        return result;
    }
    if (page.walkCut) {
        result.walkCut = true; // fetch() reads it again with the matches collected
        return result;
    }
    result.rows.reserve(page.rows.size());
    for (const QVariantList& values : page.rows) {
        CustomerListRow row;
        row.id = values.value(0).toLongLong();
        row.companyName = values.value(1).toString();
        row.contactName = values.value(2).toString();
        row.email = values.value(3).toString();
        row.phone = values.value(4).toString();
        row.timeZone = values.value(5).toString();
        result.rows << row;
    }
    if (pageRequest.reversed) {
        std::reverse(result.rows.begin(), result.rows.end());
        result.head = page.next;  // continues backwards
        result.tail = page.first; // the last row of the list order: continues forwards
    } else {
        result.head = page.first;
        result.tail = page.next;
        result.atEnd = page.atEnd;
    }
    return result;
}

bool CustomerListFetcher::addDetails(CustomerListPageData* page, const QDate& today, QString* error) const
{
    return CustomerListDetails::add(*m_database, &page->rows, today, error);
}

bool CustomerListFetcher::collectsMatches(const CustomerListFilter& filter, const CustomerListQuery::Plan& plan,
                                          const Dialect& dialect)
{
    if (CustomerListQuery::searchWords(filter.search).isEmpty())
        return false;
    if (dialect.isSqlite())
        return !plan.searchAsProbe && !plan.searchPerRow; // "id IN (matches)": each looked up, then sorted
    return plan.searchAsSet;
}

qint64 CustomerListFetcher::position(const CustomerListFilter& filter, const QDate& today, const QString& sortColumn,
                                     Qt::SortOrder order, qint64 id, QString* error) const
{
    const Dialect& dialect = m_database->dialect();
    const CustomerListQuery::Condition lookup = CustomerListQuery::positionKey(filter, dialect, today, sortColumn, id);
    QSqlQuery query(m_database->connection());
    if (!run(query, lookup.sql, lookup.values, error))
        return -1;
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = query.lastError().text();
        return -1; // not in this list
    }
    const QVariant key = query.value(0);
    query.finish();
    const CustomerListQuery::Condition before =
        CustomerListQuery::positionCount(filter, dialect, today, sortColumn, order, key, id);
    return count(before, error);
}

qint64 CustomerListFetcher::count(const CustomerListQuery::Condition& countQuery, QString* error) const
{
    QSqlQuery query(m_database->connection());
    if (!run(query, countQuery.sql, countQuery.values, error))
        return -1;
    if (!query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : tr("The count returned no row.");
        return -1;
    }
    return query.value(0).toLongLong();
}
