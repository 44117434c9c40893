#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the application knows of each of the 25 spec tables: the group it belongs to in the
// navigation, its translated title, and each column's type, header and constraints. The SQL
// migrations (resources/sql/*/0001_initial.sql) create the same columns; a test checks that
// the catalog and both engines agree.

enum class TableGroup {
    Authentication, // users, user_sessions, password_reset_tokens, api_keys, role_permissions
    Customers,      // customers, customer_profiles, payment_records, opt_outs
    Workflow,       // campaigns, tasks, agents
    Communication,  // contact_attempts, templates, email_deliveries, email_bounces, email_suppressions, email_links
    Compliance,     // audit_logs, compliance_rules
    Analytics       // system_metrics, llm_usage_logs, llm_budget_limits, llm_cache, campaign_email_stats
};

enum class ColumnType {
    Id,         // bigint primary key, generated
    ForeignKey, // bigint referencing ColumnSpec::references
    Text,
    Email,
    Phone,      // E.164 text: +[country][number]
    Enum,       // text restricted to ColumnSpec::enumValues (CHECK constraint in SQL)
    Integer,
    Decimal,    // non-money numbers with a fraction (rates, scores): NUMERIC / REAL
    Money,      // NUMERIC(18,3) on PostgreSQL, INTEGER minor units on SQLite
    MicroMoney, // sub-cent costs (LLM): NUMERIC(14,6) on PostgreSQL, INTEGER millionths on SQLite
    Currency,   // ISO 4217 code, 3 upper-case letters
    Boolean,
    Timestamp,  // UTC: timestamptz / TEXT 'YYYY-MM-DDTHH:MM:SS.sssZ'
    Date,       // date / TEXT 'YYYY-MM-DD'
    Json,       // jsonb / TEXT CHECK (json_valid(...))
    TextArray,  // text[] / TEXT holding a JSON array of strings
    TimeZone,   // IANA time zone id
    Secret      // hashes and tokens: never shown in generic views
};

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    const char* header = nullptr; // QT_TRANSLATE_NOOP("Column", ...) text; translate with columnHeader()
    bool required = false;        // NOT NULL without a default the app must supply
    bool readOnly = false;        // generated or maintained by the database (id, created_at, updated_at)
    QStringList enumValues;       // for ColumnType::Enum
    QString references;           // for ColumnType::ForeignKey: referenced table
    QString currencyColumn;       // for ColumnType::Money: the column holding its currency
};

struct TableSpec
{
    QString name;
    TableGroup group = TableGroup::Customers;
    const char* title = nullptr;   // QT_TRANSLATE_NOOP("Table", ...)
    bool large = false;            // grows without bound: browse through a paged model
    bool sensitive = false;        // reads need a permission check (users, sessions, keys, audit, llm_*)
    QList<ColumnSpec> columns;

    const ColumnSpec* column(const QString& columnName) const;
    int indexOf(const QString& columnName) const;
    QString translatedTitle() const;
};

class TableCatalog
{
public:
    static const QList<TableSpec>& tables();
    static const TableSpec* find(const QString& name);
    static QList<TableGroup> groups();
    static QString groupTitle(TableGroup group);
    static QString columnHeader(const ColumnSpec& column);
    // Index names the schema must have on both engines (high-priority, foreign key, partial).
    static QStringList requiredIndexes();
    // Functions of the spec, by name.
    static QStringList specFunctions();
};
