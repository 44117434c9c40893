#include "DemoReferenceData.h"

#include "DemoContext.h"
#include "DemoRandom.h"
#include "PasswordHasher.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using T = DemoTables;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = DemoClock::Day;

QString sha256Hex(const QByteArray& raw)
{
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

// A random secret from the operating system's CSPRNG, base62.
QString systemSecret(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return result;
}

} // namespace

DemoReferenceData::DemoReferenceData(const Database& database, DemoContext& context)
    : m_database(database), m_ctx(context)
{
}

QString DemoReferenceData::accountEmail(int role)
{
    return DemoContext::roleName(role) + QStringLiteral("@demo.collectdesk");
}

QList<DemoReferenceData::Account> DemoReferenceData::accounts(quint64 seed)
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    DemoRandom random(seed, 0x5EED0ACC0u);
    QList<Account> result;
    for (int role = 0; role < DemoContext::RoleCount; ++role) {
        QString password;
        for (int i = 0; i < 16; ++i) {
            if (i > 0 && i % 4 == 0)
                password += QLatin1Char('-');
            password += QLatin1Char(alphabet[random.below(sizeof(alphabet) - 1)]);
        }
        result.append({accountEmail(role), password, DemoContext::roleName(role)});
    }
    return result;
}

bool DemoReferenceData::write(QList<Account>* accounts, QString* error)
{
    if (!writeUsers(accounts, error))
        return false;
    writeSecrets();
    // role_permissions come from migration 0002, the same on every database.
    writeAgents();
    writeTemplates();
    return writeRules(error);
}

bool DemoReferenceData::writeUsers(QList<Account>* accounts, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT email FROM users WHERE email LIKE ?"));
    query.addBindValue(QStringLiteral("%@demo.collectdesk"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        *error = QCoreApplication::translate("DemoSeeder", "The demo user %1 already exists.")
                     .arg(query.value(0).toString());
        return false;
    }

    DemoRandom random(m_ctx.seed, 0x5EED0005u);
    const qint64 now = m_ctx.clock.now();
    *accounts = this->accounts(m_ctx.seed);
    for (int role = 0; role < DemoContext::RoleCount; ++role) {
        const QString hash = PasswordHasher::hash(accounts->at(role).password);
        if (hash.isEmpty()) {
            *error = QCoreApplication::translate("DemoSeeder", "The demo passwords could not be hashed.");
            return false;
        }
        const qint64 id = m_ctx.tables.nextId(T::Users);
        m_ctx.userIds[role] = id;
        const QString fullName =
            random.pick(m_ctx.words.firstNames) + QLatin1Char(' ') + random.pick(m_ctx.words.lastNames);
        const qint64 created = now - (420 - role * 30) * Day;
        m_ctx.tables[T::Users] << id << accounts->at(role).email << hash << fullName << accounts->at(role).role
                               << m_ctx.boolean(true) << (role == DemoContext::Collector ? 1 : 0)
                               << DemoContext::timestamp(now - (role + 1) * 2 * Hour) << DemoContext::timestamp(now)
                               << DemoContext::timestamp(created) << DemoContext::timestamp(now);
    }
    return true;
}

void DemoReferenceData::writeSecrets()
{
    auto& ctx = m_ctx;
    const qint64 now = ctx.clock.now();
    static const char* const clients[] = {"CollectDesk 0.1 (Linux)", "CollectDesk 0.1 (Windows)",
                                          "CollectDesk 0.1 (macOS)"};
    // Sessions: one current, two expired per user, and one revoked for the admin.
    for (int role = 0; role < DemoContext::RoleCount; ++role) {
        for (int s = 0; s < 4; ++s) {
            if (s == 3 && role != DemoContext::Admin)
                continue;
            const qint64 created = s == 0 ? now - (role + 1) * 2 * Hour : now - (3 + s * 7 + role) * Day;
            const qint64 expires = s == 0 ? now + 10 * Hour : created + 12 * Hour;
            const qint64 id = ctx.tables.nextId(T::UserSessions);
            ctx.tables[T::UserSessions] << id << ctx.userIds[role] << sha256Hex(systemSecret(43).toLatin1())
                                        << DemoContext::timestamp(expires)
                                        << DemoContext::timestamp(s == 0 ? now - 300 : created + 3 * Hour)
                                        << QString::fromLatin1(clients[(role + s) % 3])
                                        << QStringLiteral("198.51.100.%1").arg(10 + role * 10 + s)
                                        << DemoContext::timestamp(s == 3 ? created + Hour : 0)
                                        << DemoContext::timestamp(created);
            ctx.audit.push_back({created, id, 0, qint8(role), DemoContext::AuditLogin, 0});
        }
    }
    // Password reset tokens: used, expired and pending.
    const struct
    {
        int user;
        qint64 created;
        qint64 validFor;
        bool used;
    } tokens[] = {{DemoContext::Collector, now - 20 * Day, 24 * Hour, true},
                  {DemoContext::Manager, now - 9 * Day, 24 * Hour, false},
                  {DemoContext::Auditor, now - Hour, 24 * Hour, false}};
    for (const auto& token : tokens) {
        ctx.tables[T::PasswordResetTokens]
            << ctx.tables.nextId(T::PasswordResetTokens) << ctx.userIds[token.user]
            << sha256Hex(systemSecret(43).toLatin1()) << DemoContext::timestamp(token.created + token.validFor)
            << DemoContext::timestamp(token.used ? token.created + 2 * Hour : 0) << ctx.userIds[DemoContext::Admin]
            << DemoContext::timestamp(token.created);
    }
    // API keys: raw key "cd_" + 40 base62 characters; only its prefix and SHA-256 are stored.
    const struct
    {
        const char* name;
        const char* scopes;
        int rate;
        qint64 age;
        qint64 expires;
        qint64 revoked;
    } keys[] = {{"Agent backend (production)",
                 "customers:read tasks:update contact_attempts:create email_deliveries:create llm_usage_logs:create",
                 600, 200, 0, 0},
                {"ESP webhook receiver", "email_deliveries:update email_bounces:create email_suppressions:create", 1200,
                 180, 0, 0},
                {"BI export", "payment_records:read campaign_email_stats:read system_metrics:read", 60, 90, 90, 0},
                {"Legacy import (retired)", "customers:create payment_records:create", 30, 400, 0, 30}};
    for (const auto& key : keys) {
        const QString raw = QStringLiteral("cd_") + systemSecret(40);
        const qint64 created = now - key.age * Day;
        const qint64 id = ctx.tables.nextId(T::ApiKeys);
        ctx.tables[T::ApiKeys] << id << QString::fromLatin1(key.name) << raw.left(8) << sha256Hex(raw.toLatin1())
                               << ctx.dialect.arrayToSql(QString::fromLatin1(key.scopes).split(QLatin1Char(' ')))
                               << key.rate << DemoContext::timestamp(key.expires > 0 ? now + key.expires * Day : 0)
                               << DemoContext::timestamp(key.revoked > 0 ? now - key.revoked * Day - Day : now - 600)
                               << DemoContext::timestamp(key.revoked > 0 ? now - key.revoked * Day : 0)
                               << ctx.userIds[DemoContext::Admin] << DemoContext::timestamp(created)
                               << DemoContext::timestamp(key.revoked > 0 ? now - key.revoked * Day : created);
        ctx.audit.push_back({created, id, 0, DemoContext::Admin, DemoContext::AuditApiKey, 0});
    }
}

void DemoReferenceData::writeAgents()
{
    struct AgentSpec
    {
        const char* name;
        int channel;
        const char* status;
        const char* provider;
        const char* model;
        int promptPrice;
        int completionPrice;
        qint64 heartbeatAge;
        const char* tone;
    };
    static const AgentSpec specs[] = {
        {"Ava - email reminders", DemoContext::Email, "active", "openai", "gpt-4o-mini", 150, 600, 30, "friendly"},
        {"Eli - email escalations", DemoContext::Email, "active", "anthropic", "claude-3-5-haiku", 800, 4000, 45,
         "firm"},
        {"Nora - email (German)", DemoContext::Email, "idle", "openai", "gpt-4o-mini", 150, 600, 400, "formal"},
        {"Sam - SMS", DemoContext::Sms, "active", "openai", "gpt-4o-mini", 150, 600, 20, "brief"},
        {"Quinn - SMS (UK)", DemoContext::Sms, "active", "anthropic", "claude-3-5-haiku", 800, 4000, 25, "brief"},
        {"Tess - SMS follow-up", DemoContext::Sms, "paused", "local", "llama-3.1-8b-instruct", 0, 0, 7200, "brief"},
        {"Vera - voice", DemoContext::Voice, "active", "openai", "gpt-4o", 2500, 10000, 15, "empathetic"},
        {"Max - voice escalations", DemoContext::Voice, "active", "anthropic", "claude-3-5-sonnet", 3000, 15000, 40,
         "calm"},
        {"Iris - voice (overflow)", DemoContext::Voice, "offline", "openai", "gpt-4o", 2500, 10000, 3 * 86400,
         "empathetic"},
        {"Leo - letters", DemoContext::Letter, "active", "anthropic", "claude-3-5-haiku", 800, 4000, 120, "formal"},
        {"Conductor - orchestrator", DemoContext::Orchestrator, "active", "anthropic", "claude-3-5-sonnet", 3000, 15000,
         10, "neutral"},
        {"Conductor standby", DemoContext::Orchestrator, "error", "openai", "gpt-4o", 2500, 10000, 900, "neutral"}};
    static const char* const capabilities[] = {
        "compose_email personalise detect_reply_intent handle_unsubscribe",
        "compose_sms detect_opt_out_keywords two_way_chat",
        "outbound_call inbound_call voicemail_drop payment_plan_negotiation speech_to_text ai_voice_disclosure",
        "compose_letter print_and_mail validation_notice",
        "plan_campaign assign_tasks enforce_compliance escalate_to_human"};
    const qint64 now = m_ctx.clock.now();
    for (const AgentSpec& spec : specs) {
        DemoContext::Agent agent;
        agent.id = m_ctx.tables.nextId(T::Agents);
        agent.name = QString::fromUtf8(spec.name);
        agent.provider = QString::fromLatin1(spec.provider);
        agent.model = QString::fromLatin1(spec.model);
        agent.promptMicrosPer1k = spec.promptPrice;
        agent.completionMicrosPer1k = spec.completionPrice;
        m_ctx.agentsByChannel[spec.channel].push_back(int(m_ctx.agents.size()));
        m_ctx.agents.push_back(agent);
        const int daily = spec.channel == DemoContext::Voice ? 800 : 5000;
        const QString config = QStringLiteral("{\"max_daily_contacts\":%1,\"temperature\":0.3,\"tone\":\"%2\","
                                              "\"languages\":[\"en\"%3],\"working_hours\":{\"start\":\"08:00\","
                                              "\"end\":\"21:00\"},\"human_handoff\":true}")
                                   .arg(daily)
                                   .arg(QLatin1String(spec.tone),
                                        QLatin1String(agent.name.contains(QLatin1String("German")) ? ",\"de\"" : ""));
        m_ctx.tables[T::Agents] << agent.id << agent.name << DemoContext::channelName(spec.channel)
                                << QString::fromLatin1(spec.status)
                                << m_ctx.dialect.arrayToSql(
                                       QString::fromLatin1(capabilities[spec.channel]).split(QLatin1Char(' ')))
                                << config << agent.provider << agent.model
                                << DemoContext::timestamp(now - spec.heartbeatAge)
                                << DemoContext::timestamp(now - 380 * Day) << DemoContext::timestamp(now - 5 * Day);
    }
}

void DemoReferenceData::writeTemplates()
{
    const qint64 now = m_ctx.clock.now();
    int index = 0;
    for (const DemoWords::Template& t : m_ctx.words.templates) {
        const qint64 id = m_ctx.tables.nextId(T::Templates);
        const qint64 created = now - (360 - index) * Day;
        const int version = index % 5 == 0 ? 2 : 1;
        m_ctx.templateIds.insert(t.channel + QLatin1Char('|') + t.type + QLatin1Char('|') + t.language, id);
        m_ctx.templateSubjects.insert(id, t.subject);
        m_ctx.tables[T::Templates] << id << t.name << t.type << t.channel << DemoContext::text(t.subject) << t.content
                                   << m_ctx.dialect.arrayToSql(t.variables) << t.language << m_ctx.boolean(true)
                                   << version << m_ctx.userIds[DemoContext::Manager] << DemoContext::timestamp(created)
                                   << DemoContext::timestamp(version > 1 ? created + 40 * Day : created);
        m_ctx.audit.push_back({created, id, 0, DemoContext::Manager, DemoContext::AuditTemplate, 0});
        ++index;
    }
}

bool DemoReferenceData::writeRules(QString* error)
{
    QSet<QString> existing;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM compliance_rules"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        existing.insert(query.value(0).toString());
    const QVariant created = DemoContext::timestamp(m_ctx.clock.now() - 390 * Day);
    for (const DemoWords::Rule& rule : m_ctx.words.rules) {
        if (existing.contains(rule.name))
            continue;
        m_ctx.tables[T::ComplianceRules] << m_ctx.tables.nextId(T::ComplianceRules) << rule.name << rule.rulePack
                                         << rule.ruleType << rule.condition << rule.action << rule.description
                                         << rule.priority << m_ctx.boolean(true) << created << created;
    }
    return true;
}
