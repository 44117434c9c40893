#pragma once

#include "CustomerListFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Dialect;

// How the condition is shaped for the query planner; the rows selected are the same.
// A page wants the first rows in an index order: cheapest is walking that index and testing
// each row, unless few rows match, when collecting the matches and sorting them is. A count
// wants every match: sets read once beat a test per customer.
struct CustomerListQueryPlan
{
    // SQLite: "+id IN (search matches)": walk the sort index and probe the matches instead of
    // looking every match up and sorting them (for a search matching many customers: the
    // list's fetcher decides by counting up to CustomerListQuery::BroadSearchRows matches).
    bool searchAsProbe = false;
    // PostgreSQL: "id = ANY(ARRAY(SELECT id ... ILIKE ...))": collect the matches through the
    // trigram indexes once and sort them, instead of testing customers in sort order (for a
    // search matching few customers, which may all sit late in that order: the fetcher asks the
    // planner's estimate).
    bool searchAsSet = false;
    // "id IN (SELECT customer_id FROM ...)" sets for the profile and invoice filters instead
    // of a correlated EXISTS per customer (for counting or exporting every match). On SQLite
    // the sets are probed while walking the customers ("+id IN"), not looked up one by one.
    bool filtersAsSets = false;
    // The risk level / do-not-contact filter alone as a set read through its index (few
    // customers have it: the fetcher counts up to CustomerListQuery::SmallSetRows of them).
    bool riskAsSet = false;
    bool doNotContactAsSet = false;
};

// Turns a CustomerListFilter into SQL over the customers table, for the paged customer list
// (PageFetcher pages the condition by keyset), its background count and the CSV export, and
// writes the per-page queries of the list's computed columns. Nothing is ever pasted into SQL:
// every user value is a bound ? placeholder.
//
// Search (every word must match; words are separated by spaces, at most MaxSearchWords):
//   SQLite      customers_fts (FTS5, migration 0003) MATCH '"word"* AND ...': each word is a
//               quoted FTS5 string followed by *, so it is a token prefix and FTS5 operators
//               (AND, OR, NOT, NEAR, *, ^, :, quotes) in the text are just characters. A word
//               like john.smith@ac is a phrase of its tokens, the last one a prefix.
//   PostgreSQL  (company_name ILIKE '%word%' OR contact_name ILIKE ... OR email ... OR phone ...)
//               per word, % _ and \ escaped; the pg_trgm GIN indexes of migration 0003 serve it.
//   Both: case-insensitive; a text that looks like a phone number ("+1 (415) 555-0123") is
//   searched as its digits; words without a letter or digit are ignored.
//
// Filters: risk levels, do-not-contact and holds read customer_profiles (a customer without a
// profile has no risk level, is not do-not-contact and has no hold); "overdue" means at least
// one pending/partial/overdue invoice with an unpaid amount whose due date is before `today`.
//
// Balances (per page, for the ids shown): outstanding = SUM(amount - amount_paid) of the
// customer's pending, partial and overdue invoices; overdue = the same for those due before
// `today`. Grouped by currency: a customer with invoices in two currencies has two amounts
// (never converted). Money stays exact: integer minor units (SQLite), NUMERIC as text (PostgreSQL).
class CustomerListQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerListQuery)

public:
    // An SQL condition with ? placeholders and the values bound to them in order.
    struct Condition
    {
        QString sql; // empty: every row
        QVariantList values;
    };

    using Plan = CustomerListQueryPlan;

    static constexpr int MaxSearchWords = 8;
    static constexpr int BroadSearchRows = 10000;
    static constexpr int SmallSetRows = 20000;

    // The rows of `customers` the filter selects, for "SELECT ... FROM customers WHERE <sql>"
    // (columns qualified as "customers".col, so it also works inside a larger query). `today`
    // decides what is overdue (UTC date by default). The default plan suits reading rows in an
    // index order with a selective search; to read every match (an export) pass filtersAsSets.
    static Condition condition(const CustomerListFilter& filter, const Dialect& dialect,
                               const QDate& today = utcToday(), const Plan& plan = Plan());
    // SELECT COUNT(*) FROM customers WHERE <condition>, planned for counting.
    static Condition countQuery(const CustomerListFilter& filter, const Dialect& dialect,
                                const QDate& today = utcToday());

    // The words a search text is matched by (see above); empty: no search.
    static QStringList searchWords(const QString& text);
    // SQLite: the FTS5 MATCH expression for the words.
    static QString ftsExpression(const QStringList& words);
    // How many customers the search words match, roughly. SQLite: "SELECT COUNT(*) ... LIMIT
    // BroadSearchRows" (exact up to there; BroadSearchRows: Plan::searchAsProbe). PostgreSQL:
    // "SELECT 1 FROM customers WHERE ..." for the planner's estimate (EXPLAIN; counting trigram
    // matches would cost as much as the page): under SmallSetRows, Plan::searchAsSet.
    static Condition searchProbe(const QStringList& words, const Dialect& dialect);
    // "SELECT COUNT(*) ... LIMIT SmallSetRows" of the customers with the filter's risk levels
    // (bind them) or with do-not-contact set (bind the dialect's true).
    static QString riskProbeSql(int levels);
    static QString doNotContactProbeSql();
    // PostgreSQL: the ILIKE pattern finding a word anywhere.
    static QString likePattern(const QString& word);

    // Per page: "customer_id, risk_level, do_not_contact, <one flag per hold kind>" of the
    // profiles of `idCount` customers (bind the ids in order).
    static QString profilesSql(int idCount);
    // Per page: "customer_id, currency, outstanding, overdue" rows of `ids`.
    static Condition balancesQuery(const QList<qint64>& ids, const Dialect& dialect, const QDate& today);

    // Invoice statuses whose unpaid amount is outstanding.
    static QStringList outstandingStatuses();
    // Hold kinds K of customer_profiles.K_hold_at, in column order.
    static QStringList holdKinds();
    static QString holdTitle(const QString& kind);
    static QStringList riskLevels();
    static QString riskLevelTitle(const QString& level);

    static QDate utcToday();

private:
    static QString placeholders(int count);
    static QString column(const char* name); // "customers".name
    static QString likeCondition(const QStringList& words, QVariantList* values);
};
