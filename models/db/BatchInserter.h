#pragma once

#include <QCoreApplication>

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <map>
#include <memory>

class Database;

// Writes many rows into one table quickly, on both engines.
//
// Rows are buffered (operator<< appends the next value of the current row) and written by
// flush() with few prepared statements, each prepared once and re-bound positionally for every
// batch, so neither engine re-parses SQL per row:
//   - SQLite (and PostgreSQL tables with array columns): multi-row
//     INSERT INTO t (c1, c2) VALUES (?, ?), (?, ?), ... of maxRowsPerStatement() rows; the rest
//     with statements of 2^k rows, so at most ~10 different statements are prepared per table.
//   - PostgreSQL: INSERT INTO t (c1, c2) SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS
//     text[])): one array literal per column carries up to ArrayRows rows, so a batch costs one
//     round trip and the server parses compact array text instead of thousands of parameters.
//     The element types come from the catalogue.
//
// The inserter never opens or commits transactions: the caller wraps flush() calls in one
// (otherwise SQLite commits every statement separately, which is slow). Rows are written in the
// order added; the caller flushes parent tables before child tables for foreign keys.
class BatchInserter
{
    Q_DECLARE_TR_FUNCTIONS(BatchInserter)

public:
    BatchInserter(const Database& database, const QString& table, const QStringList& columns);
    ~BatchInserter();
    BatchInserter(const BatchInserter&) = delete;
    BatchInserter& operator=(const BatchInserter&) = delete;

    // The placeholder expression for a column, e.g. Dialect::jsonParameter() ("json(?)" on
    // SQLite, "CAST(? AS jsonb)" on PostgreSQL). Call before the first flush().
    void setParameterExpression(const QString& column, const QString& expression);
    // Default: as many rows as keep a statement under 999 parameters on SQLite (any SQLite
    // build accepts that) and under 500 rows / 30000 parameters on PostgreSQL.
    void setMaxRowsPerStatement(int rows);
    int maxRowsPerStatement() const { return m_maxRows; }

    // Appends the next value of the current row; a row is complete after columnCount() values.
    BatchInserter& operator<<(const QVariant& value)
    {
        m_values.append(value);
        return *this;
    }
    int columnCount() const { return int(m_columns.size()); }
    qint64 pendingRows() const { return m_values.size() / m_columns.size(); }

    // Writes every pending row. On failure returns false with *error; the pending rows are
    // dropped either way (the caller rolls back its transaction).
    bool flush(QString* error);
    // Forgets pending rows without writing them.
    void clear() { m_values.resize(0); }

    QString table() const { return m_table; }
    QStringList columns() const { return m_columns; }
    qint64 insertedRows() const { return m_inserted; }
    // Time spent preparing and executing statements (not building rows), in nanoseconds.
    qint64 elapsedNanoseconds() const { return m_elapsedNs; }

    // Rows per statement in PostgreSQL's array mode.
    static constexpr int ArrayRows = 5000;
    bool usesColumnArrays() const { return !m_arrayTypes.isEmpty(); }

private:
    QSqlQuery* statementFor(int rows, QString* error);
    bool execute(int firstRow, int rows, QString* error);
    bool executeArrays(int firstRow, int rows, QString* error);
    void detectArrayTypes();

    const Database& m_database;
    QString m_table;
    QStringList m_columns;
    QStringList m_expressions;
    QStringList m_arrayTypes; // PostgreSQL array mode: the array type per column ("bigint[]")
    int m_maxRows = 1;
    QVariantList m_values;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    qint64 m_inserted = 0;
    qint64 m_elapsedNs = 0;
};
