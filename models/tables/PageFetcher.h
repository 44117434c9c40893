#pragma once

#include "Page.h"
#include "PageRequest.h"

#include <QStringList>

class Database;

// Reads pages of a table by keyset: "the rows after (key, id) in (sort column, id) order,
// LIMIT n" instead of LIMIT/OFFSET, so page 4,000 costs what page 1 costs when the sort column
// leads an index. Holds nothing but the connection: a PagedTableModel's worker thread can own
// a PageFetcher over its own Database::clone() and answer PageRequests with Pages.
//
// NULL sort keys: rows whose key is NULL cannot be reached by a row-value comparison, so they
// are a segment of their own, ordered by id, placed last when ascending and first when
// descending (PostgreSQL's default; descending is the exact reverse of ascending). Each segment
// is a plain index-friendly query (no COALESCE, which would defeat the index); a page that
// ends one segment continues in the next.
//
// Reading backwards: a page's `first` cursor, used as `after` with the opposite order, reads the
// rows before that page (nearest first), which is how a model reads the end of the order without
// reading the rest. A request with an offset starts that many rows after `after` (or into the
// order): a page in the middle, reached from the nearest row whose position is known; it walks
// the skipped index entries.
class PageFetcher
{
public:
    explicit PageFetcher(const Database& database);

    // PostgreSQL: read every row the filter selects and sort them (the filter sits behind an
    // "OFFSET 0" optimisation fence, so the planner cannot walk the sort index instead) rather
    // than walking the sort index and testing each row. For a filter that selects few rows of
    // a large table, which an index (a trigram index, say) finds directly: walking the sort index
    // would read the table up to the last of them. SQLite has no such fence; there the filter's
    // shape decides (see CustomerListQuery::Plan). Off by default.
    void setCollectMatches(bool collect) { m_collectMatches = collect; }
    // A budget for walking the sort index with a filter (0, the default: none). A page read of
    // `limit` rows then passes over at most about rowsPerRow * limit rows of the order. SQLite:
    // the key that many rows on is looked up first (an index-only read of the sort index; ties
    // on it are read too) and bounds the read's index range. PostgreSQL: the read filters a
    // subquery of that many rows in list order (its LIMIT keeps the planner from collecting the
    // filter's matches through another index instead); a read finding fewer rows than it asked
    // for counts as cut there, even at the true end of the order. The subquery selects only the
    // request's columns, the id and the sort column, so the filter may name no other column of
    // the table (subqueries of other tables may use its id); an index that includes them serves
    // it as an index-only scan.
    // Rows the filter selects may be spread over the whole order or bunched far along it (a
    // search for a company name's first word, with the list sorted by company name); in the
    // second case an unbounded walk would test every row up to them. A read that stops at the
    // budget having found at least half its rows takes one more stretch from the last row found,
    // at least half the budget and twice as long as the rows found so far say the rest needs (at
    // most the budget again): the matches are spread, only a little more thinly than the budget
    // allows for, or unevenly. A read that stops at the budget with fewer rows than it asked for
    // (after that stretch, if any) returns a Page with walkCut set, the rows found so far and a
    // cursor after them: the caller should read that page with the matches collected instead
    // (see setCollectMatches). Not used for a read with an offset.
    void setWalkBudget(qint64 rowsPerRow) { m_walkRowsPerRow = rowsPerRow; }

    Page fetch(const PageRequest& request) const;
    // COUNT(*) of the rows the filter selects; -1 and *error on failure.
    qint64 count(const QString& table, const QString& filter, const QVariantList& filterValues, QString* error) const;

    // Columns that lead a complete (non-partial) B-tree index of the table, from the
    // database's catalogue: ordering by them is an index scan.
    QStringList indexedColumns(const QString& table) const;
    // Columns declared NOT NULL (their NULL segment is always empty).
    QStringList notNullColumns(const QString& table) const;

    static QString idColumn() { return QStringLiteral("id"); }

private:
    QList<PageCursor::Segment> segments(const PageRequest& request) const;
    // Appends up to `limit` rows of the cursor's segment, after skipping `offset` of them, and
    // moves the cursor past them; *first takes the position of the first row if it has none yet,
    // *mark the position of the request's markAfter-th row of *rows when it is read.
    // Returns the number of rows read or -1 (with *error).
    // With a walk budget (walkRows: rows of the order the read may pass; 0: none), *walkCut tells
    // whether the read stopped at it (see setWalkBudget).
    int fetchSegment(const PageRequest& request, PageCursor* cursor, int limit, qint64 offset, qint64 walkRows,
                     QList<QVariantList>* rows, PageCursor* first, PageCursor* mark, bool* walkCut,
                     QString* error) const;
    // SQLite: the sort key (the id in the id order) of the row `rows` rows into the cursor's segment
    // after the cursor, counting rows whatever the filter; a null QVariant when the segment has
    // fewer rows (the walk cannot pass the budget). Ties before the cursor's id count too (the
    // cursor's own row does not).
    QVariant walkBound(const PageRequest& request, const PageCursor& cursor, qint64 rows, QString* error) const;
    // The condition selecting one segment's rows ("key IS NULL"), empty for all rows.
    QString segmentCondition(const PageRequest& request, PageCursor::Segment segment) const;
    // The WHERE terms (filter, segment, keyset after the cursor) selecting the rows of the
    // cursor's segment after it, their values, and the ORDER BY of that segment.
    QStringList selection(const PageRequest& request, const PageCursor& cursor, QVariantList* values,
                          QString* orderBy) const;
    // COUNT(*) of the rows of `after`'s segment after it that the filter selects; -1 and *error
    // on failure.
    qint64 segmentCount(const PageRequest& request, const PageCursor& after, QString* error) const;
    QString keyExpression(const QString& column) const;

    const Database* m_database;
    bool m_collectMatches = false;
    qint64 m_walkRowsPerRow = 0;
};
