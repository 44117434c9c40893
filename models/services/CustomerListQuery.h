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
    // list's fetcher decides by counting up to CustomerListQuery::PerRowSearchRows matches, and
    // gives the walk a budget: see walkRowsPerRow).
    // Building the set of matches costs about 0.1 microseconds per match.
    bool searchAsProbe = false;
    // PostgreSQL: "id = ANY(ARRAY(SELECT id ... LIKE ...))": collect the matches through the
    // trigram index once and sort them, instead of testing customers in sort order (for a
    // search matching few customers, which may all sit late in that order: the fetcher asks the
    // planner's estimate, which the search text's statistics of migration 0003 make close; from
    // PostgresCollectRows on it walks the order with a budget instead, see walkRowsPerRow).
    bool searchAsSet = false;
    // "id IN (SELECT customer_id FROM ...)" sets for the profile and invoice filters instead
    // of a correlated EXISTS per customer (for counting or exporting every match). On SQLite
    // the sets are probed while walking the customers ("+id IN"), not looked up one by one.
    bool filtersAsSets = false;
    // The risk level / do-not-contact filter alone as a set read through its index (few
    // customers have it: the fetcher counts up to CustomerListQuery::SmallSetRows of them).
    bool riskAsSet = false;
    bool doNotContactAsSet = false;
    // SQLite: "EXISTS (SELECT 1 FROM customers_fts WHERE ... MATCH ? AND rowid = id)": each
    // customer met while walking the sort index is looked up in the search index on its own
    // (some 25 microseconds), nothing is collected. For a search matching so many customers
    // (PerRowSearchRows or more) that a page is found within a few hundred rows, and only with
    // words of at most PrefixIndexChars characters: a longer prefix is not in FTS5's prefix
    // index and every lookup would merge all its terms again. Never for a page read by an
    // offset (every skipped customer would be looked up): the fetcher uses searchAsProbe then.
    // Walked with a budget too (SqlitePerRowWalkRowsPerRow): matches bunched far along the order
    // would otherwise cost a lookup for every customer before them; a walk cut there is read
    // again as searchAsProbe (probeMatches()), with that plan's budget and collection after it.
    bool searchPerRow = false;
    // A budget for a page read that walks the sort index testing each customer (any plan that
    // neither collects the matches nor reads by an offset): it passes over at most this many
    // customers per row it wants (PageFetcher::setWalkBudget; 0: no budget). A search's matches
    // may be spread over the whole list or bunched far along it (the first word of many company
    // names, with the list sorted by company name); in that case the read stops at the budget
    // and CustomerListFetcher reads the page again with the matches collected (collectMatches())
    // for the rest of the generation. So a keystroke costs at most the budget plus a collection.
    qint64 walkRowsPerRow = 0;

    // SQLite: the same plan probing a set of the search's matches instead of looking each
    // customer up, with the given walk budget.
    CustomerListQueryPlan probeMatches(qint64 budget) const
    {
        CustomerListQueryPlan plan = *this;
        plan.searchPerRow = false;
        plan.searchAsProbe = true;
        plan.walkRowsPerRow = budget;
        return plan;
    }
    // The same plan collecting the search's matches and sorting them, without a walk budget:
    // SQLite "id IN (matches)", PostgreSQL the trigram index's matches behind PageFetcher's fence.
    CustomerListQueryPlan collectMatches() const
    {
        CustomerListQueryPlan plan = *this;
        plan.searchAsProbe = false;
        plan.searchPerRow = false;
        plan.searchAsSet = true; // read by PostgreSQL only
        plan.walkRowsPerRow = 0;
        return plan;
    }
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
//   PostgreSQL  customer_search_text(company_name, contact_name, email, phone) LIKE lower('%word%')
//               per word, % _ and \ escaped. customer_search_text (migration 0003) is the four
//               columns lowercased and joined by line feeds, which no word contains, so this is
//               "(company_name ILIKE '%word%' OR contact_name ILIKE ... OR email ... OR phone ...)"
//               as one test, served by one pg_trgm GIN index whose statistics give the planner
//               a close estimate of how many customers match (see Plan::searchAsSet).
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
    static constexpr int SmallSetRows = 20000;
    // SQLite: from this many matches (a tenth of the benchmark's million customers) a first
    // screen is found within some 640 customers, and looking each up in the search index (about
    // 25 microseconds, Plan::searchPerRow) costs less than building the set of every match to
    // probe (0.1 microseconds a match, Plan::searchAsProbe): measured, "h" (190,628 matches) took
    // 20 ms instead of 37 and "j" (162,614) 19 instead of 32; at 50,000 "po" (85,089 matches,
    // thin at the start of the company order) took 180 ms instead of 20.
    static constexpr int PerRowSearchRows = 100000;
    // Searches matching fewer customers than this are collected and sorted (see Plan); more are
    // walked in list order with a budget of WalkRowsPerRow customers per row wanted. Measured at
    // 1,000,000 customers (tests/benchmarks/bench_customerlist.cpp): collecting costs about
    // 4.5 microseconds per match on SQLite (a table lookup each) and 2.5 on PostgreSQL (a heap
    // visit and the trigram recheck) after some 7 ms of reading the trigram index; a walk about
    // 0.35 microseconds per customer passed on SQLite (index only: the set of matches is probed
    // by rowid) and 1 on PostgreSQL (index only since migration 0005, the search test most of
    // it). The budgets cap a walk that finds too few rows at about 10 ms (a screenful of 64 rows);
    // then the collection follows. Below the thresholds a collection fits the 50 ms a keystroke
    // may take whatever the order of the matches: SQLite's count is exact, and 8,000 matches cost
    // some 36 ms; PostgreSQL's estimate may be off by half (see Plan::searchAsSet), and a search
    // estimated under 5,000 costs at most some 20 ms. Above them the matches usually fill a screen
    // within the walk's budget; only matches bunched far along the order pay walk and collection.
    static constexpr int SqliteCollectRows = 8000;
    static constexpr int PostgresCollectRows = 5000;
    static constexpr int SqliteWalkRowsPerRow = 400;
    // SQLite, Plan::searchPerRow: 12 customers per row wanted, twice what a search matching
    // PerRowSearchRows needs if its matches are spread evenly; some 20 ms for a screen of 64.
    static constexpr int SqlitePerRowWalkRowsPerRow = 12;
    static constexpr int PostgresWalkRowsPerRow = 150;
    static constexpr int PrefixIndexChars = 3; // FTS5 prefix indexes of migration 0003: 1 to 3

    // SQLite: true if every search word is short enough for FTS5's prefix indexes (see
    // Plan::searchPerRow).
    static bool searchWordsArePrefixIndexed(const QStringList& words);
    // PostgreSQL: true if a word has three letters or digits in a row, the least pg_trgm can
    // find through its index. Without one the index would be read whole: such a search is never
    // collected, the list's order is walked (unbudgeted: there is nothing cheaper to fall back to).
    static bool searchWordsHaveTrigrams(const QStringList& words);
    // PostgreSQL: the search text of the customers row named "customers" (see above).
    static QString searchTextExpression();

    // The rows of `customers` the filter selects, for "SELECT ... FROM customers WHERE <sql>"
    // (columns qualified as "customers".col, so it also works inside a larger query). `today`
    // decides what is overdue (UTC date by default). The default plan suits reading rows in an
    // index order with a selective search; to read every match (an export) pass filtersAsSets.
    static Condition condition(const CustomerListFilter& filter, const Dialect& dialect,
                               const QDate& today = utcToday(), const Plan& plan = Plan());
    // SELECT COUNT(*) FROM customers WHERE <condition>, planned for counting. On SQLite a
    // search without filters is counted in customers_fts alone: its rowids are the customers'
    // ids, kept by migration 0003's triggers, so this is the same number without looking a
    // single customer up.
    static Condition countQuery(const CustomerListFilter& filter, const Dialect& dialect,
                                const QDate& today = utcToday());

    // The words a search text is matched by (see above); empty: no search.
    static QStringList searchWords(const QString& text);
    // SQLite: the FTS5 MATCH expression for the words.
    static QString ftsExpression(const QStringList& words);
    // How many customers the search words match, roughly. SQLite: "SELECT COUNT(*) ... LIMIT
    // PerRowSearchRows" of customers_fts (exact up to there, a few milliseconds: FTS5 only reads
    // its own index; SqliteCollectRows or more: Plan::searchAsProbe, PerRowSearchRows:
    // Plan::searchPerRow). PostgreSQL: "SELECT 1 FROM customers WHERE ..." for the planner's
    // estimate (EXPLAIN; counting trigram matches would cost as much as the page): under
    // PostgresCollectRows, Plan::searchAsSet.
    static Condition searchProbe(const QStringList& words, const Dialect& dialect);
    // "SELECT COUNT(*) ... LIMIT SmallSetRows" of the customers with the filter's risk levels
    // (bind them) or with do-not-contact set (bind the dialect's true).
    static QString riskProbeSql(int levels);
    static QString doNotContactProbeSql();
    // PostgreSQL: the LIKE pattern finding a word anywhere (lowercased by the query).
    static QString likePattern(const QString& word);

    // Where one customer stands in the list (for finding it again after a change moved it):
    // positionKey selects its sort key (as a page's keyset binds it; the id for the id order)
    // if the filter selects it, no row otherwise; positionCount counts the filter's customers
    // before it in the list's order (sortColumn empty or "id": the id order), with NULL keys
    // last when ascending and first when descending, ties by id, as PageFetcher pages them.
    static Condition positionKey(const CustomerListFilter& filter, const Dialect& dialect, const QDate& today,
                                 const QString& sortColumn, qint64 id);
    static Condition positionCount(const CustomerListFilter& filter, const Dialect& dialect, const QDate& today,
                                   const QString& sortColumn, Qt::SortOrder order, const QVariant& key, qint64 id);

    // Per page: "customer_id, risk_level, do_not_contact, <one flag per hold kind>" of the
    // profiles of `ids`.
    static Condition profilesQuery(const QList<qint64>& ids, const Dialect& dialect);
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
    // "customer_id <set>" for a list of ids, with its values appended to *values.
    static QString idSet(const QList<qint64>& ids, const Dialect& dialect, QVariantList* values);
    static QString column(const char* name); // "customers".name
    static QString likeCondition(const QStringList& words, QVariantList* values);
};
