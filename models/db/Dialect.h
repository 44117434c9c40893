#pragma once

#include "DatabaseUrl.h"
#include "core/Money.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

// Everything that differs between SQLite and PostgreSQL, in one place. The rest of the code
// asks the dialect instead of branching on the driver name.
//
// Storage conventions (see models/README.md):
//   money      PostgreSQL NUMERIC(18,3)            SQLite INTEGER minor units
//   timestamps PostgreSQL timestamptz              SQLite TEXT 'YYYY-MM-DDTHH:MM:SS.sssZ' (UTC)
//   dates      PostgreSQL date                     SQLite TEXT 'YYYY-MM-DD'
//   JSON       PostgreSQL jsonb                    SQLite TEXT CHECK (json_valid(...))
//   arrays     PostgreSQL text[]                   SQLite TEXT holding a JSON array
//   booleans   PostgreSQL boolean                  SQLite INTEGER 0/1
class Dialect
{
public:
    virtual ~Dialect() = default;
    static std::unique_ptr<Dialect> create(DatabaseUrl::Engine engine);

    virtual DatabaseUrl::Engine engine() const = 0;
    bool isPostgres() const { return engine() == DatabaseUrl::Engine::Postgres; }
    bool isSqlite() const { return engine() == DatabaseUrl::Engine::Sqlite; }
    // "sqlite" or "postgres": the migrations folder and the name shown to users.
    virtual QString name() const = 0;
    virtual QString driverName() const = 0;

    // Connection set-up run once after open (PRAGMAs, session time zone).
    virtual bool configureConnection(QSqlDatabase& db, QString* error) const = 0;

    // Money
    virtual QVariant moneyToSql(const Money& money) const = 0;
    virtual Money moneyFromSql(const QVariant& value, const QString& currency) const = 0;

    // Sub-cent amounts (LLM costs) in millionths of the currency unit.
    virtual QVariant microMoneyToSql(qint64 micros) const = 0;
    virtual std::optional<qint64> microMoneyFromSql(const QVariant& value) const = 0;
    // A non-money decimal (rates, metric values) given as text: exact NUMERIC / REAL.
    virtual QVariant decimalToSql(const QString& text) const = 0;

    // Time: values bound as parameters and read back from result sets.
    virtual QVariant timestampToSql(const QDateTime& time) const = 0;
    QDateTime timestampFromSql(const QVariant& value) const;
    virtual QVariant dateToSql(const QDate& date) const = 0;
    QDate dateFromSql(const QVariant& value) const;
    // SQL expressions for "now" (UTC timestamp) and "today" (UTC date).
    virtual QString nowExpression() const = 0;
    virtual QString todayExpression() const = 0;

    // A parameter placeholder cast so the server stores the right type: jsonb / text[].
    // A statement that, run inside a transaction, keeps other writers out of `table` until the
    // transaction ends (check-then-insert without a race); empty when the engine already lets only
    // one transaction write at a time (SQLite).
    virtual QString lockTableForWritesStatement(const QString& table) const = 0;

    virtual QString jsonParameter() const = 0;
    virtual QString arrayParameter() const = 0;
    virtual QVariant arrayToSql(const QStringList& values) const = 0;
    virtual QStringList arrayFromSql(const QVariant& value) const = 0;
    virtual QVariant boolToSql(bool value) const = 0;

    // An expression for a column's value as a keyset cursor must bind it back: exact on both
    // engines (PostgreSQL's text form keeps timestamptz microseconds a QDateTime would drop).
    virtual QString sortKeyExpression(const QString& quotedColumn) const = 0;

    // Catalogue queries used by the schema checks.
    virtual QStringList tableNames(const QSqlDatabase& db) const = 0;
    virtual QStringList indexNames(const QSqlDatabase& db) const = 0;
    virtual QStringList triggerNames(const QSqlDatabase& db) const = 0;
    // Columns that lead a complete (non-partial) B-tree index of the table: what can be sorted
    // and keyset-paged without a scan.
    virtual QStringList leadingIndexColumns(const QSqlDatabase& db, const QString& table) const = 0;
    // Functions defined in the database (PostgreSQL); empty on SQLite, where the spec's
    // functions are provided by DatabaseFunctions in C++.
    virtual QStringList functionNames(const QSqlDatabase& db) const = 0;

    // Quotes an identifier ("name") for dynamically built statements.
    static QString quoteIdentifier(const QString& identifier);
};
