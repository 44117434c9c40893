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

    // The customers columns a page reads, in row order (the first is the id).
    static QStringList columns();
    static QString table() { return QStringLiteral("customers"); }

    // How to shape the filter's condition for reading pages (see CustomerListQuery::Plan): on
    // SQLite a search matching BroadSearchRows customers or more is probed in sort order (one
    // matching PerRowSearchRows or more with short words: customer by customer); on
    // PostgreSQL a search the planner expects to match few customers is collected as a set;
    // risk-level and do-not-contact filters selecting few customers are read as sets.
    CustomerListQuery::Plan pagePlan(const CustomerListFilter& filter, QString* error) const;
    // Fills the request's table, columns and condition; answers in list order. A page read by
    // an offset never looks customers up one by one (Plan::searchPerRow becomes searchAsProbe).
    CustomerListPageData fetch(const CustomerListPageRequest& request, const CustomerListQuery::Plan& plan) const;
    // True if a page read with `plan` collects and sorts every customer the filter selects (its
    // cost hardly depends on the page's size): a search matching few customers on either engine.
    static bool collectsMatches(const CustomerListFilter& filter, const CustomerListQuery::Plan& plan,
                                const Dialect& dialect);
    // Runs a CustomerListQuery::countQuery; -1 and *error on failure.
    qint64 count(const CustomerListQuery::Condition& countQuery, QString* error) const;

private:
    qint64 probe(const QString& sql, const QVariantList& values, QString* error) const;
    qint64 estimatedRows(const QString& sql, const QVariantList& values, QString* error) const;
    bool addDetails(QList<CustomerListRow>* rows, const QDate& today, QString* error) const;

    const Database* m_database;
};
