#include "PageFetcher.h"

#include "db/Database.h"
#include "db/SqlCall.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

PageFetcher::PageFetcher(const Database& database) : m_database(&database) {}

QList<PageCursor::Segment> PageFetcher::segments(const PageRequest& request) const
{
    using Segment = PageCursor::Segment;
    if (request.sortColumn.isEmpty() || request.sortColumn == idColumn())
        return {Segment::All};
    if (!request.sortColumnNullable)
        return {Segment::Values};
    if (request.order == Qt::AscendingOrder)
        return {Segment::Values, Segment::Nulls};
    return {Segment::Nulls, Segment::Values};
}

// The sort key as the next page's query must bind it. PostgreSQL: its text form, which the
// server parses back into the column's type exactly (a QDateTime would drop timestamptz
// microseconds and repeat or skip rows); SQLite returns stored values exactly as they are.
QString PageFetcher::keyExpression(const QString& column) const
{
    return m_database->dialect().sortKeyExpression(Dialect::quoteIdentifier(column));
}

Page PageFetcher::fetch(const PageRequest& request) const
{
    using Segment = PageCursor::Segment;
    Page page;
    page.generation = request.generation;
    const QList<Segment> order = segments(request);
    PageCursor cursor = request.after;
    if (!order.contains(cursor.segment) && cursor.segment != Segment::End)
        cursor = PageCursor{order.first(), false, QVariant(), 0};

    // An offset counts from `after` (or the start of the order): segment by segment, a segment
    // holding no more rows than are left to skip is counted and passed over.
    qint64 skip = std::max<qint64>(0, request.offset);
    qint64 continuation = 0; // rows of the one extra stretch a thinly spread walk may take
    bool continued = false;
    while (cursor.segment != Segment::End && page.rows.size() < request.limit) {
        const int wanted = request.limit - int(page.rows.size());
        QString error;
        const PageCursor start = cursor;
        bool walkCut = false;
        const qint64 walkRows = continuation > 0 ? continuation : m_walkRowsPerRow * wanted;
        continuation = 0;
        const int read = fetchSegment(request, &cursor, wanted, skip, walkRows, &page.rows, &page.first, &page.mark,
                                      &walkCut, &error);
        qint64 passed = 0;
        if (read == 0 && skip > 0)
            passed = segmentCount(request, start, &error);
        if (read < 0 || passed < 0) {
            page.rows.clear();
            page.error = error;
            page.next = request.after;
            page.first = PageCursor();
            page.mark = PageCursor();
            return page;
        }
        if (walkCut) {
            // At least half the rows within the budget: the matches are spread thinly, not
            // bunched further on. One more stretch, at least half the budget and twice as long as
            // that density needs for the rest (at most the budget), likely finds them; if not,
            // the page is cut.
            const qint64 found = page.rows.size();
            const qint64 budget = m_walkRowsPerRow * request.limit;
            if (!continued && found > 0 && 2 * found >= request.limit) {
                continued = true;
                continuation = std::min(budget, std::max(budget / 2, 2 * (request.limit - found) * walkRows / found));
                continue;
            }
            page.walkCut = true; // the rest of this segment was not looked at: not its end
            break;
        }
        skip = read > 0 ? 0 : std::max<qint64>(0, skip - passed);
        if (read < wanted) {
            const qsizetype position = order.indexOf(cursor.segment);
            const Segment next = position + 1 < order.size() ? order.at(position + 1) : Segment::End;
            cursor = PageCursor{next, false, QVariant(), 0};
        }
    }
    page.next = cursor;
    page.atEnd = cursor.segment == Segment::End;
    return page;
}

int PageFetcher::fetchSegment(const PageRequest& request, PageCursor* cursor, int limit, qint64 offset, qint64 walkRows,
                              QList<QVariantList>* rows, PageCursor* first, PageCursor* mark, bool* walkCut,
                              QString* error) const
{
    using Segment = PageCursor::Segment;
    *walkCut = false;
    if (cursor->segment == Segment::End)
        return 0;
    const bool descending = request.order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString id = Dialect::quoteIdentifier(idColumn());
    const QString key = Dialect::quoteIdentifier(request.sortColumn);

    QStringList select;
    for (const QString& column : request.columns)
        select << Dialect::quoteIdentifier(column);
    const int keyPosition = int(select.size());
    // Aliased: an unaliased CAST(x AS text) is also named x, which makes ORDER BY x ambiguous.
    select << (cursor->segment == Segment::All ? id : keyExpression(request.sortColumn)) +
                  QStringLiteral(" AS page_key")
           << id + QStringLiteral(" AS page_id");

    QVariantList values;
    QString orderBy;
    QStringList where = selection(request, *cursor, &values, &orderBy);
    const bool isPostgres = m_database->dialect().isPostgres();
    const bool budgeted = walkRows > 0 && !m_collectMatches && offset == 0 && !request.filter.trimmed().isEmpty();
    bool bounded = false;
    QString walk; // PostgreSQL: the budget's stretch of the order, as a subquery
    if (budgeted && isPostgres) {
        // The stretch is a subquery named like the table (the filter names the table's columns
        // so) with its own LIMIT, which fences the filter out of it: the planner walks the sort
        // index rather than collecting the filter's matches through another index and sorting.
        PageRequest unfiltered = request;
        unfiltered.filter.clear();
        unfiltered.filterValues.clear();
        QVariantList walkValues;
        QString walkOrder;
        const QStringList walkWhere = selection(unfiltered, *cursor, &walkValues, &walkOrder);
        // Only the request's columns (which the filter may name, see setWalkBudget): an index that
        // includes them serves the stretch without reading the table.
        QStringList walkColumns;
        for (const QString& column : request.columns + QStringList{idColumn(), request.sortColumn}) {
            const QString quoted = Dialect::quoteIdentifier(column);
            if (!column.isEmpty() && !walkColumns.contains(quoted))
                walkColumns << quoted;
        }
        walk = QStringLiteral("(SELECT %5 FROM %1%2 ORDER BY %3 LIMIT %4) AS %1")
                   .arg(Dialect::quoteIdentifier(request.table),
                        walkWhere.isEmpty() ? QString()
                                            : QStringLiteral(" WHERE ") + walkWhere.join(QStringLiteral(" AND ")),
                        walkOrder, QString::number(walkRows), walkColumns.join(QStringLiteral(", ")));
        where = {QLatin1Char('(') + request.filter + QLatin1Char(')')};
        values = walkValues + request.filterValues; // the subquery's placeholders come first
        bounded = true;
    } else if (budgeted) {
        // SQLite: the key that many rows on bounds the walk's index range.
        QString boundError;
        const QVariant bound = walkBound(request, *cursor, walkRows, &boundError);
        if (!boundError.isEmpty()) {
            *error = boundError;
            return -1;
        }
        if (!bound.isNull()) {
            const QString upTo = descending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
            where << (cursor->segment == Segment::Values ? key : id) + upTo;
            values << bound;
            bounded = true;
        }
    }

    const QString table = walk.isEmpty() ? Dialect::quoteIdentifier(request.table) : walk;
    const QString condition =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString skip = offset > 0 ? QStringLiteral(" OFFSET ") + QString::number(offset) : QString();
    QString sql;
    if (m_collectMatches && m_database->dialect().isPostgres()) {
        // Every selected row behind the fence, then sorted: the sort key as it is (page_sort;
        // page_key may be its text) and the id order them.
        QString sortBy;
        switch (cursor->segment) {
        case Segment::Values:
            sortBy = QStringLiteral("page_sort") + direction + QStringLiteral(", page_id") + direction;
            break;
        default:
            sortBy = QStringLiteral("page_id") + direction;
            break;
        }
        const QString fenced = QStringLiteral("(SELECT %1, %2 AS page_sort FROM %3%4 OFFSET 0) AS page_rows")
                                   .arg(select.join(QStringLiteral(", ")),
                                        cursor->segment == Segment::Values ? key : id, table, condition);
        QStringList outer;
        for (const QString& column : request.columns)
            outer << Dialect::quoteIdentifier(column);
        outer << QStringLiteral("page_key") << QStringLiteral("page_id");
        sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4%5")
                  .arg(outer.join(QStringLiteral(", ")), fenced, sortBy)
                  .arg(limit)
                  .arg(skip);
    } else if (offset > 0) {
        // Skipping rows: the skipped ones are walked in an index that holds the sort key and the id
        // (an index-only scan), and only the page's rows are read from the table.
        sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2%4 ORDER BY %5 LIMIT %6%7) ORDER BY %5")
                  .arg(select.join(QStringLiteral(", ")), table, id, condition, orderBy)
                  .arg(limit)
                  .arg(skip);
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT %5")
                  .arg(select.join(QStringLiteral(", ")), table, condition, orderBy)
                  .arg(limit);
    }

    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, sql, values, error))
        return -1;
    int read = 0;
    while (query.next()) {
        QVariantList row;
        row.reserve(keyPosition);
        for (int column = 0; column < keyPosition; ++column)
            row << query.value(column);
        rows->append(std::move(row));
        cursor->hasKey = true;
        cursor->key = query.value(keyPosition);
        cursor->id = query.value(keyPosition + 1).toLongLong();
        if (first && !first->hasKey)
            *first = *cursor;
        if (mark && request.markAfter > 0 && rows->size() == request.markAfter)
            *mark = *cursor;
        ++read;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return -1;
    }
    *walkCut = bounded && read < limit;
    return read;
}

QVariant PageFetcher::walkBound(const PageRequest& request, const PageCursor& cursor, qint64 rows, QString* error) const
{
    using Segment = PageCursor::Segment;
    if (rows <= 0 || cursor.segment == Segment::End)
        return QVariant();
    const bool descending = request.order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const bool byKey = cursor.segment == Segment::Values;
    const QString column = Dialect::quoteIdentifier(byKey ? request.sortColumn : idColumn());
    // The sort column alone (no id tie-break): an index-only read of the sort column's index
    // on both engines. From the cursor's key, so ties before the cursor count as walked; the
    // cursor's own row is passed over, so a stretch after a cursor is `rows` rows long too.
    QStringList where;
    QVariantList values;
    if (const QString condition = segmentCondition(request, cursor.segment); !condition.isEmpty())
        where << condition;
    if (cursor.hasKey) {
        const QString from = byKey ? (descending ? QStringLiteral(" <= ?") : QStringLiteral(" >= ?"))
                                   : (descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
        where << column + from;
        values << (byKey ? cursor.key : QVariant::fromValue<qlonglong>(cursor.id));
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%5 LIMIT 1 OFFSET %6")
            .arg(byKey ? keyExpression(request.sortColumn) : column, Dialect::quoteIdentifier(request.table),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), column,
                 direction)
            .arg(cursor.hasKey && byKey ? rows : rows - 1);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, sql, values, error))
        return QVariant();
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = query.lastError().text();
        return QVariant();
    }
    const QVariant bound = query.value(0);
    return bound.isNull() ? QVariant() : bound;
}

QString PageFetcher::segmentCondition(const PageRequest& request, PageCursor::Segment segment) const
{
    const QString key = Dialect::quoteIdentifier(request.sortColumn);
    switch (segment) {
    case PageCursor::Segment::Values:
        return key + QStringLiteral(" IS NOT NULL");
    case PageCursor::Segment::Nulls:
        return key + QStringLiteral(" IS NULL");
    case PageCursor::Segment::All:
    case PageCursor::Segment::End:
        break;
    }
    return QString();
}

QStringList PageFetcher::selection(const PageRequest& request, const PageCursor& cursor, QVariantList* values,
                                   QString* orderBy) const
{
    using Segment = PageCursor::Segment;
    const bool descending = request.order == Qt::DescendingOrder;
    const QString after = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString id = Dialect::quoteIdentifier(idColumn());
    const QString key = Dialect::quoteIdentifier(request.sortColumn);

    QStringList where;
    if (!request.filter.trimmed().isEmpty()) {
        where << QLatin1Char('(') + request.filter + QLatin1Char(')');
        *values << request.filterValues;
    }
    if (const QString condition = segmentCondition(request, cursor.segment); !condition.isEmpty())
        where << condition;
    switch (cursor.segment) {
    case Segment::Values:
        if (cursor.hasKey) {
            where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(key, id, after);
            *values << cursor.key << cursor.id;
        }
        *orderBy = key + direction + QStringLiteral(", ") + id + direction;
        break;
    case Segment::All:
    case Segment::Nulls:
    case Segment::End:
        if (cursor.hasKey) {
            where << id + after + QLatin1Char('?');
            *values << cursor.id;
        }
        *orderBy = id + direction;
        break;
    }
    return where;
}

qint64 PageFetcher::segmentCount(const PageRequest& request, const PageCursor& after, QString* error) const
{
    if (after.segment == PageCursor::Segment::End)
        return 0;
    QVariantList values;
    QString orderBy;
    const QStringList where = selection(request, after, &values, &orderBy);
    return count(request.table, where.join(QStringLiteral(" AND ")), values, error);
}

qint64 PageFetcher::count(const QString& table, const QString& filter, const QVariantList& filterValues,
                          QString* error) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(Dialect::quoteIdentifier(table));
    if (!filter.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (") + filter + QLatin1Char(')');
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!SqlCall::run(query, sql, filterValues, error))
        return -1;
    if (!query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QStringList PageFetcher::indexedColumns(const QString& table) const
{
    return m_database->dialect().leadingIndexColumns(m_database->connection(), table);
}

QStringList PageFetcher::notNullColumns(const QString& table) const
{
    const QSqlRecord record = m_database->connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (record.field(i).requiredStatus() == QSqlField::Required)
            columns << record.fieldName(i);
    }
    return columns;
}
