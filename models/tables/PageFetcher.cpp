#include "PageFetcher.h"

#include "db/Database.h"

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

    // An offset counts from the start of the order: segment by segment, a segment holding no
    // more rows than are left to skip is counted and passed over.
    qint64 skip = cursor.hasKey ? 0 : std::max<qint64>(0, request.offset);
    while (cursor.segment != Segment::End && page.rows.size() < request.limit) {
        const int wanted = request.limit - int(page.rows.size());
        QString error;
        const int read = fetchSegment(request, &cursor, wanted, skip, &page.rows, &page.first, &error);
        qint64 passed = 0;
        if (read == 0 && skip > 0)
            passed = segmentCount(request, cursor.segment, &error);
        if (read < 0 || passed < 0) {
            page.rows.clear();
            page.error = error;
            page.next = request.after;
            page.first = PageCursor();
            return page;
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

int PageFetcher::fetchSegment(const PageRequest& request, PageCursor* cursor, int limit, qint64 offset,
                              QList<QVariantList>* rows, PageCursor* first, QString* error) const
{
    using Segment = PageCursor::Segment;
    const bool descending = request.order == Qt::DescendingOrder;
    const QString after = descending ? QStringLiteral("<") : QStringLiteral(">");
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

    QStringList where;
    QVariantList values;
    if (!request.filter.trimmed().isEmpty()) {
        where << QLatin1Char('(') + request.filter + QLatin1Char(')');
        values << request.filterValues;
    }
    if (const QString condition = segmentCondition(request, cursor->segment); !condition.isEmpty())
        where << condition;
    QString orderBy;
    switch (cursor->segment) {
    case Segment::All:
        if (cursor->hasKey) {
            where << id + after + QLatin1Char('?');
            values << cursor->id;
        }
        orderBy = id + direction;
        break;
    case Segment::Values:
        if (cursor->hasKey) {
            where << QStringLiteral("(%1, %2) %3 (?, ?)").arg(key, id, after);
            values << cursor->key << cursor->id;
        }
        orderBy = key + direction + QStringLiteral(", ") + id + direction;
        break;
    case Segment::Nulls:
        if (cursor->hasKey) {
            where << id + after + QLatin1Char('?');
            values << cursor->id;
        }
        orderBy = id + direction;
        break;
    case Segment::End:
        return 0;
    }

    const QString table = Dialect::quoteIdentifier(request.table);
    QString selection = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    selection += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(orderBy).arg(limit);
    QString sql;
    if (offset > 0) {
        // Skipping rows: the skipped ones are walked in an index that holds the sort key and the id
        // (an index-only scan), and only the page's rows are read from the table.
        sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2%4 OFFSET %5) ORDER BY %6")
                  .arg(select.join(QStringLiteral(", ")), table, id, selection, QString::number(offset), orderBy);
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), table) + selection;
    }

    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return -1;
    }
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    int read = 0;
    while (query.next()) {
        QVariantList row;
        row.reserve(keyPosition);
        for (int column = 0; column < keyPosition; ++column)
            row << query.value(column);
        rows->append(row);
        cursor->hasKey = true;
        cursor->key = query.value(keyPosition);
        cursor->id = query.value(keyPosition + 1).toLongLong();
        if (first && !first->hasKey)
            *first = *cursor;
        ++read;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return -1;
    }
    return read;
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

qint64 PageFetcher::segmentCount(const PageRequest& request, PageCursor::Segment segment, QString* error) const
{
    if (segment == PageCursor::Segment::End)
        return 0;
    QStringList where;
    if (!request.filter.trimmed().isEmpty())
        where << QLatin1Char('(') + request.filter + QLatin1Char(')');
    if (const QString condition = segmentCondition(request, segment); !condition.isEmpty())
        where << condition;
    return count(request.table, where.join(QStringLiteral(" AND ")), request.filterValues, error);
}

qint64 PageFetcher::count(const QString& table, const QString& filter, const QVariantList& filterValues,
                          QString* error) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(Dialect::quoteIdentifier(table));
    if (!filter.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (") + filter + QLatin1Char(')');
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    for (const QVariant& value : filterValues)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
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
