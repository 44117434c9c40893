#include "Dialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

QStringList stringColumn(const QSqlDatabase& db, const QString& sql)
{
    QStringList result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(sql)) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

QStringList stringColumn(const QSqlDatabase& db, const QString& sql, const QVariantList& params)
{
    QStringList result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& param : params)
        query.addBindValue(param);
    if (query.exec()) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

class SqliteDialect final : public Dialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::Sqlite; }
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    bool configureConnection(QSqlDatabase& db, QString* error) const override
    {
        const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                     QStringLiteral("PRAGMA journal_mode = WAL"),
                                     QStringLiteral("PRAGMA synchronous = NORMAL"),
                                     QStringLiteral("PRAGMA busy_timeout = 5000")};
        QSqlQuery query(db);
        for (const QString& pragma : pragmas) {
            if (!query.exec(pragma)) {
                if (error)
                    *error = query.lastError().text();
                return false;
            }
        }
        return true;
    }

    QVariant moneyToSql(const Money& money) const override { return QVariant::fromValue<qlonglong>(money.minorUnits()); }
    Money moneyFromSql(const QVariant& value, const QString& currency) const override
    {
        return Money(value.toLongLong(), currency);
    }

    QVariant microMoneyToSql(qint64 micros) const override { return QVariant::fromValue<qlonglong>(micros); }
    std::optional<qint64> microMoneyFromSql(const QVariant& value) const override
    {
        if (value.isNull())
            return std::nullopt;
        return value.toLongLong(); // INTEGER millionths
    }
    QVariant decimalToSql(const QString& text) const override { return text.toDouble(); }
    QString sortKeyExpression(const QString& quotedColumn) const override { return quotedColumn; }
    QStringList leadingIndexColumns(const QSqlDatabase& db, const QString& table) const override
    {
        return stringColumn(db,
                            QStringLiteral("SELECT DISTINCT ii.name FROM pragma_index_list(?) AS il "
                                           "JOIN pragma_index_info(il.name) AS ii WHERE ii.seqno = 0 AND il.partial = 0"),
                            {table});
    }

    QVariant timestampToSql(const QDateTime& time) const override
    {
        if (!time.isValid())
            return QVariant(QMetaType(QMetaType::QString));
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    QVariant dateToSql(const QDate& date) const override
    {
        if (!date.isValid())
            return QVariant(QMetaType(QMetaType::QString));
        return date.toString(Qt::ISODate);
    }
    QString nowExpression() const override { return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')"); }
    QString todayExpression() const override { return QStringLiteral("date('now')"); }

    QString lockTableForWritesStatement(const QString&) const override { return QString(); }

    QString jsonParameter() const override { return QStringLiteral("json(?)"); }
    QString arrayParameter() const override { return QStringLiteral("json(?)"); }
    QVariant arrayToSql(const QStringList& values) const override
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    }
    QStringList arrayFromSql(const QVariant& value) const override
    {
        QStringList result;
        const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
        for (const auto& item : array)
            result << item.toString();
        return result;
    }
    QVariant boolToSql(bool value) const override { return value ? 1 : 0; }

    QStringList tableNames(const QSqlDatabase& db) const override
    {
        // Ordinary tables only: not virtual tables (the FTS5 search index of migration 0003) and
        // not their shadow tables, which belong to the index rather than to the schema.
        return stringColumn(db, QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                               "AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    }
    QStringList indexNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    }
    QStringList triggerNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    }
    QStringList functionNames(const QSqlDatabase&) const override { return {}; }
};

class PostgresDialect final : public Dialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::Postgres; }
    QString name() const override { return QStringLiteral("postgres"); }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    bool configureConnection(QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
            || !query.exec(QStringLiteral("SET client_min_messages = warning"))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        return true;
    }

    QVariant moneyToSql(const Money& money) const override
    {
        if (money.isNull())
            return QVariant(QMetaType(QMetaType::QString));
        return money.toDecimalString();
    }
    Money moneyFromSql(const QVariant& value, const QString& currency) const override
    {
        // The connection uses QSql::HighPrecision, so NUMERIC arrives as exact text.
        return Money::parse(value.toString(), currency).value_or(Money(0, currency));
    }

    QVariant microMoneyToSql(qint64 micros) const override { return Money::microsToText(micros); }
    std::optional<qint64> microMoneyFromSql(const QVariant& value) const override
    {
        if (value.isNull())
            return std::nullopt;
        return Money::parseMicros(value.toString()); // NUMERIC(14,6) as exact text (QSql::HighPrecision)
    }
    QVariant decimalToSql(const QString& text) const override { return text; } // NUMERIC stays exact
    QString sortKeyExpression(const QString& quotedColumn) const override
    {
        return QStringLiteral("CAST(%1 AS text)").arg(quotedColumn);
    }
    QStringList leadingIndexColumns(const QSqlDatabase& db, const QString& table) const override
    {
        return stringColumn(db,
                            QStringLiteral("SELECT DISTINCT a.attname FROM pg_index i "
                                           "JOIN pg_class t ON t.oid = i.indrelid "
                                           "JOIN pg_namespace n ON n.oid = t.relnamespace "
                                           "JOIN pg_class ic ON ic.oid = i.indexrelid "
                                           "JOIN pg_am am ON am.oid = ic.relam "
                                           "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0] "
                                           "WHERE t.relname = ? AND n.nspname = current_schema() "
                                           "AND am.amname = 'btree' AND i.indpred IS NULL"),
                            {table});
    }

    QVariant timestampToSql(const QDateTime& time) const override
    {
        if (!time.isValid())
            return QVariant(QMetaType(QMetaType::QDateTime));
        return time.toUTC();
    }
    QVariant dateToSql(const QDate& date) const override
    {
        if (!date.isValid())
            return QVariant(QMetaType(QMetaType::QDate));
        return date;
    }
    QString nowExpression() const override { return QStringLiteral("now()"); }
    QString todayExpression() const override { return QStringLiteral("(now() AT TIME ZONE 'UTC')::date"); }

    QString lockTableForWritesStatement(const QString& table) const override
    {
        return QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table);
    }

    QString jsonParameter() const override { return QStringLiteral("CAST(? AS jsonb)"); }
    QString arrayParameter() const override { return QStringLiteral("CAST(? AS text[])"); }
    QVariant arrayToSql(const QStringList& values) const override
    {
        QStringList quoted;
        for (QString value : values) {
            value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            value.replace(QLatin1Char('"'), QLatin1String("\\\""));
            quoted << QLatin1Char('"') + value + QLatin1Char('"');
        }
        return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    QStringList arrayFromSql(const QVariant& value) const override
    {
        // Parses PostgreSQL's text form of a one-dimensional text[]: {a,"b c","d\"e"}.
        const QString text = value.toString();
        QStringList result;
        if (text.size() < 2)
            return result;
        QString current;
        bool inQuotes = false;
        bool wasQuoted = false;
        for (int i = 1; i < text.size() - 1; ++i) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('\\') && i + 1 < text.size() - 1)
                    current += text.at(++i);
                else if (c == QLatin1Char('"'))
                    inQuotes = false;
                else
                    current += c;
            } else if (c == QLatin1Char('"')) {
                inQuotes = true;
                wasQuoted = true;
            } else if (c == QLatin1Char(',')) {
                result << current;
                current.clear();
                wasQuoted = false;
            } else {
                current += c;
            }
        }
        if (!current.isEmpty() || wasQuoted || !result.isEmpty())
            result << current;
        return result;
    }
    QVariant boolToSql(bool value) const override { return value; }

    QStringList tableNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                               "ORDER BY tablename"));
    }
    QStringList indexNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                               "ORDER BY indexname"));
    }
    QStringList triggerNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT DISTINCT trigger_name FROM information_schema.triggers "
                                               "WHERE trigger_schema = current_schema() ORDER BY trigger_name"));
    }
    QStringList functionNames(const QSqlDatabase& db) const override
    {
        return stringColumn(db, QStringLiteral("SELECT DISTINCT p.proname FROM pg_proc p JOIN pg_namespace n "
                                               "ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                                               "ORDER BY p.proname"));
    }
};

} // namespace

std::unique_ptr<Dialect> Dialect::create(DatabaseUrl::Engine engine)
{
    switch (engine) {
    case DatabaseUrl::Engine::Sqlite:
        return std::make_unique<SqliteDialect>();
    case DatabaseUrl::Engine::Postgres:
        return std::make_unique<PostgresDialect>();
    case DatabaseUrl::Engine::Invalid:
        break;
    }
    return nullptr;
}

QDateTime Dialect::timestampFromSql(const QVariant& value) const
{
    if (value.isNull())
        return QDateTime();
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc()); // text without an offset is UTC by convention
    return time.toUTC();
}

QDate Dialect::dateFromSql(const QVariant& value) const
{
    if (value.isNull())
        return QDate();
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString Dialect::quoteIdentifier(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
