#pragma once

#include "DatabaseUrl.h"
#include "core/Money.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>

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

    // Time: values bound as parameters and read back from result sets.
    virtual QVariant timestampToSql(const QDateTime& time) const = 0;
    QDateTime timestampFromSql(const QVariant& value) const;
    virtual QVariant dateToSql(const QDate& date) const = 0;
    QDate dateFromSql(const QVariant& value) const;
    // SQL expressions for "now" (UTC timestamp) and "today" (UTC date).
    virtual QString nowExpression() const = 0;
    virtual QString todayExpression() const = 0;

    // A parameter placeholder cast so the server stores the right type: jsonb / text[].
    virtual QString jsonParameter() const = 0;
    virtual QString arrayParameter() const = 0;
    virtual QVariant arrayToSql(const QStringList& values) const = 0;
    virtual QStringList arrayFromSql(const QVariant& value) const = 0;
    virtual QVariant boolToSql(bool value) const = 0;

    // Catalogue queries used by the schema checks.
    virtual QStringList tableNames(const QSqlDatabase& db) const = 0;
    virtual QStringList indexNames(const QSqlDatabase& db) const = 0;
    virtual QStringList triggerNames(const QSqlDatabase& db) const = 0;
    // Functions defined in the database (PostgreSQL); empty on SQLite, where the spec's
    // functions are provided by DatabaseFunctions in C++.
    virtual QStringList functionNames(const QSqlDatabase& db) const = 0;

    // Quotes an identifier ("name") for dynamically built statements.
    static QString quoteIdentifier(const QString& identifier);
};
