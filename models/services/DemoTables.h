#pragma once

#include "db/BatchInserter.h"

#include <QString>
#include <array>
#include <memory>

class Database;

// The 25 tables the demo data fills, in foreign-key order (parents first), each with a
// BatchInserter and an id counter. Ids are assigned in memory (explicit ids continuing after the
// table's highest existing id), so no row ever needs a SELECT to learn its id.
class DemoTables
{
public:
    enum Table
    {
        Users,
        UserSessions,
        PasswordResetTokens,
        ApiKeys,
        RolePermissions,
        Agents,
        Templates,
        ComplianceRules,
        Customers,
        CustomerProfiles,
        PaymentRecords,
        OptOuts,
        Campaigns,
        Tasks,
        ContactAttempts,
        EmailDeliveries,
        EmailBounces,
        EmailSuppressions,
        EmailLinks,
        CampaignEmailStats,
        LlmUsageLogs,
        LlmBudgetLimits,
        LlmCache,
        SystemMetrics,
        AuditLogs,
        Count
    };

    explicit DemoTables(const Database& database);
    ~DemoTables();

    static QString name(Table table);
    static QStringList columns(Table table);

    BatchInserter& operator[](Table table) { return *m_inserters[table]; }
    // Reads each table's highest id; new ids continue after it.
    bool readBaseIds(QString* error);
    qint64 nextId(Table table) { return ++m_lastId[table]; }
    qint64 baseId(Table table) const { return m_baseId[table]; }
    qint64 lastId(Table table) const { return m_lastId[table]; }

    // Flushes every table in foreign-key order.
    bool flushAll(QString* error);
    void clearAll();

private:
    const Database& m_database;
    std::array<std::unique_ptr<BatchInserter>, Count> m_inserters;
    std::array<qint64, Count> m_baseId{};
    std::array<qint64, Count> m_lastId{};
};
