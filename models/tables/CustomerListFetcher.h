#pragma once

#include "CustomerListPageData.h"
#include "CustomerListPageRequest.h"
#include "services/CustomerListQuery.h"

#include <QCoreApplication>

class Database;
class Dialect;

// Reads pages of the customer list on one connection: the customers rows by keyset through
// PageFetcher (the request's sort, filter and cursor), then, for just those ids, the profile
// (risk level, do-not-contact, holds) and the unpaid balances (two grouped queries per page,
// whatever the table size). Holds no state but the connection, so the list's worker thread owns
// one over its own connection. Also counts the filter's rows.
class CustomerListFetcher
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListFetcher)

public:
    explicit CustomerListFetcher(const Database& database);

    // The customers columns a page reads, in row order (the first is the id). They are also every
    // customers column the list's search and filters name (a budgeted walk reads only these, see
    // PageFetcher::setWalkBudget), and on PostgreSQL the sort indexes include them (migration 0005).
    static QStringList columns();
    static QString table() { return QStringLiteral("customers"); }

    // How to shape the filter's condition for reading pages (see CustomerListQuery::Plan): on
    // SQLite a search matching SqliteCollectRows customers or more is probed in sort order with a
    // walk budget (one matching PerRowSearchRows or more with short words: customer by customer);
    // on PostgreSQL a search the planner expects to match fewer than PostgresCollectRows
    // customers is collected as a set, a broader one walked with a budget; risk-level and
    // do-not-contact filters selecting few customers are read as sets.
    CustomerListQuery::Plan pagePlan(const CustomerListFilter& filter, QString* error) const;
    // Fills the request's table, columns and condition; answers in list order. A page read by
    // an offset never looks customers up one by one (Plan::searchPerRow becomes searchAsProbe).
    // A walk that stops at the plan's budget (Plan::walkRowsPerRow) with too few rows is read
    // again with the matches collected (Plan::collectMatches()); one looking customers up one by
    // one (Plan::searchPerRow) is first read again probing a set of the matches, with its own
    // budget (Plan::probeMatches()). *usedPlan then tells the caller to keep the plan that read
    // the page for the generation's other pages. A first page (no cursor, no offset)
    // read with a plan that collects every match is read with collectLimit rows if that is more
    // (sorting every match costs the same whatever the limit). With `rest`, the rows past the
    // request's limit go there instead, without their details (see addDetails): the answer has
    // the rows asked for and its tail is where *rest continues (rest->rows empty: none).
    CustomerListPageData fetch(const CustomerListPageRequest& request, const CustomerListQuery::Plan& plan,
                               CustomerListQuery::Plan* usedPlan = nullptr, int collectLimit = 0,
                               CustomerListPageData* rest = nullptr) const;
    // Reads the profile (risk level, do-not-contact, holds) and the unpaid balances of a page's
    // rows into them: what fetch() leaves out of a *rest. False and *error on failure.
    bool addDetails(CustomerListPageData* page, const QDate& today, QString* error) const;
    // True if a page read with `plan` collects and sorts every customer the filter selects (its
    // cost hardly depends on the page's size): a search matching few customers on either engine.
    static bool collectsMatches(const CustomerListFilter& filter, const CustomerListQuery::Plan& plan,
                                const Dialect& dialect);
    // The row of customer `id` in the list of `filter` in that order (its position counted from
    // 0); -1 if the filter does not select it, or on failure (with *error).
    qint64 position(const CustomerListFilter& filter, const QDate& today, const QString& sortColumn,
                    Qt::SortOrder order, qint64 id, QString* error) const;
    // Runs a CustomerListQuery::countQuery; -1 and *error on failure.
    qint64 count(const CustomerListQuery::Condition& countQuery, QString* error) const;

private:
    // One read with `plan`, without the rows' details; walkCut set (and no rows) if its walk
    // stopped at the budget. *mark: Page::mark (PageRequest::markAfter).
    CustomerListPageData read(const CustomerListPageRequest& request, const CustomerListQuery::Plan& plan,
                              PageCursor* mark) const;
    qint64 probe(const QString& sql, const QVariantList& values, QString* error) const;
    qint64 estimatedRows(const QString& sql, const QVariantList& values, QString* error) const;

    const Database* m_database;
};
