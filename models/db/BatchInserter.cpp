#include "BatchInserter.h"

#include "Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <algorithm>

namespace {

// Appends one element of a PostgreSQL array literal: NULL, a number, t/f or a quoted string.
void appendArrayElement(QString& out, const QVariant& value)
{
    if (value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += value.toBool() ? QLatin1Char('t') : QLatin1Char('f');
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += value.toString();
        return;
    case QMetaType::Double:
        out += QString::number(value.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QString text = value.toString();
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

BatchInserter::BatchInserter(const Database& database, const QString& table, const QStringList& columns)
    : m_database(database), m_table(table), m_columns(columns)
{
    for (int i = 0; i < m_columns.size(); ++i)
        m_expressions << QStringLiteral("?");
    const int columnCount = std::max(1, int(m_columns.size()));
    if (database.dialect().isSqlite())
        m_maxRows = std::max(1, std::min(256, 999 / columnCount));
    else
        m_maxRows = std::max(1, std::min(500, 30000 / columnCount));
    m_values.reserve(m_maxRows * columnCount);
    if (database.dialect().isPostgres())
        detectArrayTypes();
}

BatchInserter::~BatchInserter() = default;

void BatchInserter::detectArrayTypes()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                                 "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
    query.addBindValue(m_table);
    if (!query.exec())
        return;
    QHash<QString, QString> types;
    while (query.next())
        types.insert(query.value(0).toString(), query.value(1).toString());
    QStringList arrayTypes;
    for (const QString& column : std::as_const(m_columns)) {
        const QString type = types.value(column);
        if (type.isEmpty() || type.endsWith(QLatin1String("[]")))
            return; // unknown, or an array column (unnest would flatten it): multi-row VALUES
        arrayTypes << type + QStringLiteral("[]");
    }
    m_arrayTypes = arrayTypes;
}

void BatchInserter::setParameterExpression(const QString& column, const QString& expression)
{
    const qsizetype index = m_columns.indexOf(column);
    Q_ASSERT(index >= 0);
    if (index >= 0 && m_expressions.at(index) != expression) {
        m_expressions[index] = expression;
        m_statements.clear();
    }
}

void BatchInserter::setMaxRowsPerStatement(int rows)
{
    m_maxRows = std::max(1, rows);
    m_statements.clear();
}

QSqlQuery* BatchInserter::statementFor(int rows, QString* error)
{
    auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return found->second.get();

    QStringList quoted;
    for (const QString& column : std::as_const(m_columns))
        quoted << Dialect::quoteIdentifier(column);
    const QString head = QStringLiteral("INSERT INTO %1 (%2) ")
                             .arg(Dialect::quoteIdentifier(m_table), quoted.join(QStringLiteral(", ")));
    QString sql;
    if (usesColumnArrays()) {
        QStringList arrays;
        for (const QString& type : std::as_const(m_arrayTypes))
            arrays << QStringLiteral("CAST(? AS %1)").arg(type);
        sql = head + QStringLiteral("SELECT * FROM unnest(%1)").arg(arrays.join(QStringLiteral(", ")));
    } else {
        const QString tuple = QLatin1Char('(') + m_expressions.join(QStringLiteral(", ")) + QLatin1Char(')');
        sql = head + QStringLiteral("VALUES ");
        sql.reserve(sql.size() + rows * (tuple.size() + 2));
        for (int row = 0; row < rows; ++row) {
            if (row > 0)
                sql += QStringLiteral(", ");
            sql += tuple;
        }
    }

    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = tr("Cannot prepare the insert into %1: %2").arg(m_table, query->lastError().text());
        return nullptr;
    }
    QSqlQuery* raw = query.get();
    m_statements.emplace(rows, std::move(query));
    return raw;
}

bool BatchInserter::execute(int firstRow, int rows, QString* error)
{
    QSqlQuery* query = statementFor(rows, error);
    if (!query)
        return false;
    const int columnCount = int(m_columns.size());
    const int first = firstRow * columnCount;
    const int count = rows * columnCount;
    for (int i = 0; i < count; ++i)
        query->bindValue(i, m_values.at(first + i));
    if (!query->exec()) {
        if (error)
            *error = tr("Cannot insert into %1: %2").arg(m_table, query->lastError().text());
        return false;
    }
    m_inserted += rows;
    return true;
}

bool BatchInserter::executeArrays(int firstRow, int rows, QString* error)
{
    QSqlQuery* query = statementFor(0, error); // one statement for any number of rows
    if (!query)
        return false;
    const int columnCount = int(m_columns.size());
    for (int column = 0; column < columnCount; ++column) {
        QString array;
        array.reserve(rows * 12);
        array += QLatin1Char('{');
        for (int row = firstRow; row < firstRow + rows; ++row) {
            if (row > firstRow)
                array += QLatin1Char(',');
            appendArrayElement(array, m_values.at(row * columnCount + column));
        }
        array += QLatin1Char('}');
        query->bindValue(column, array);
    }
    if (!query->exec()) {
        if (error)
            *error = tr("Cannot insert into %1: %2").arg(m_table, query->lastError().text());
        return false;
    }
    m_inserted += rows;
    return true;
}

bool BatchInserter::flush(QString* error)
{
    const int columnCount = int(m_columns.size());
    if (columnCount == 0 || m_values.isEmpty())
        return true;
    if (m_values.size() % columnCount != 0) {
        if (error)
            *error = tr("Incomplete row for %1: %2 values for %3 columns.")
                         .arg(m_table)
                         .arg(m_values.size())
                         .arg(columnCount);
        m_values.resize(0);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const int total = int(m_values.size() / columnCount);
    int done = 0;
    bool ok = true;
    if (usesColumnArrays()) {
        while (ok && done < total) {
            const int rows = std::min(ArrayRows, total - done);
            ok = executeArrays(done, rows, error);
            done += rows;
        }
    } else {
        while (ok && total - done >= m_maxRows) {
            ok = execute(done, m_maxRows, error);
            done += m_maxRows;
        }
        // The rest in statements of 2^k rows: few distinct statements to prepare and cache.
        for (int chunk = 1 << 30; ok && chunk > 0; chunk >>= 1) {
            if (chunk >= m_maxRows)
                continue;
            if (total - done >= chunk) {
                ok = execute(done, chunk, error);
                done += chunk;
            }
        }
    }
    m_values.resize(0); // keeps the capacity for the next batch
    m_elapsedNs += timer.nsecsElapsed();
    return ok;
}
