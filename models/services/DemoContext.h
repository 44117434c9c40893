#pragma once

#include "DemoClock.h"
#include "DemoTables.h"
#include "DemoWords.h"
#include "core/Money.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <array>
#include <unordered_set>
#include <vector>

class Database;
class Dialect;

// The state one demo seeding run shares between its stages: the reference rows' ids (users,
// agents, templates), the clock, counters that later become system_metrics, the audit events
// written at the end, and helpers that turn values into what each engine stores.
// Instants are seconds since the epoch; 0 means NULL.
class DemoContext
{
public:
    enum Role
    {
        Admin,
        Manager,
        Collector,
        Auditor,
        RoleCount
    };
    enum Channel
    {
        Email,
        Sms,
        Voice,
        Letter,
        Orchestrator,
        ChannelCount
    };
    enum Counter
    {
        EmailsSent,
        EmailsDelivered,
        EmailsOpened,
        EmailsClicked,
        EmailsBounced,
        EmailsComplained,
        SmsSent,
        CallsMade,
        Conversations,
        LettersSent,
        PaymentsReceived,
        LlmCalls,
        LlmCostMicros,
        TasksCompleted,
        CounterCount
    };
    enum AuditKind : quint8
    {
        AuditImport,        // value: customers imported
        AuditHoldSet,       // entity: customer_profiles id, detail: hold kind, value: reason index
        AuditOptOut,        // entity: opt_outs id, detail: channel, value: source index
        AuditCampaignStart, // entity: campaigns id
        AuditCampaignPause, // entity: campaigns id
        AuditWriteOff,      // entity: payment_records id
        AuditLogin,         // entity: user_sessions id
        AuditApiKey,        // entity: api_keys id
        AuditTemplate,      // entity: templates id
    };
    struct Agent
    {
        qint64 id = 0;
        QString name;
        QString provider;
        QString model;
        int promptMicrosPer1k = 0;     // price per 1000 prompt tokens, in millionths of a dollar
        int completionMicrosPer1k = 0; // per 1000 completion tokens
    };
    struct AuditEvent
    {
        qint64 time = 0;
        qint64 entityId = 0;
        qint64 value = 0;
        qint8 actor = -1; // a Role, or -1 system, -2 agent
        quint8 kind = 0;
        quint8 detail = 0;
    };

    DemoContext(const Database& database, DemoTables& tables, const DemoWords& words, qint64 referenceSeconds,
                quint64 seed);

    const Dialect& dialect;
    DemoTables& tables;
    const DemoWords& words;
    DemoClock clock;
    const quint64 seed;
    std::array<qint64, RoleCount> userIds{};
    std::vector<Agent> agents;
    std::array<std::vector<int>, ChannelCount> agentsByChannel; // indexes into agents
    QHash<QString, qint64> templateIds;                         // "channel|type|language"
    QHash<qint64, QString> templateSubjects;
    std::unordered_set<quint64> suppressedEmails; // 64-bit hashes of suppressed addresses
    std::vector<AuditEvent> audit;
    QHash<QString, std::vector<qint64>> collectedByCurrency; // minor units per day

    static QString channelName(int channel);
    static QString roleName(int role);
    qint64 templateId(const QString& channel, const QString& type, const QString& language) const;
    static quint64 hash64(const QString& text);

    // Daily counters, for system_metrics.
    qint64 firstCountedDay() const { return m_firstDay; }
    void count(qint64 seconds, Counter counter, qint64 amount = 1);
    qint64 counter(qint64 day, Counter counter) const;
    void collect(qint64 seconds, const QString& currency, qint64 minorUnits);

    // Values as bound for this engine.
    static QVariant null() { return QVariant(); }
    static QVariant text(const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); }
    static QVariant timestamp(qint64 seconds)
    {
        return seconds > 0 ? QVariant(DemoClock::timestamp(seconds)) : QVariant();
    }
    static QVariant date(qint64 day) { return QVariant(DemoClock::date(day)); }
    static QVariant id(qint64 value) { return value > 0 ? QVariant(value) : QVariant(); }
    QVariant boolean(bool value) const;
    QVariant money(qint64 minorUnits, const QString& currency) const;
    // LLM cost: SQLite INTEGER millionths, PostgreSQL NUMERIC(14,6) bound as decimal text.
    QVariant micros(qint64 millionths) const;
    // A decimal with `decimals` places given as a scaled integer: SQLite REAL, PostgreSQL text.
    QVariant decimal(qint64 scaled, int decimals) const;

private:
    qint64 m_firstDay;
    std::vector<std::array<qint64, CounterCount>> m_counters;
};
