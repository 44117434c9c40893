#include "DemoSummaryData.h"

#include "DemoContext.h"
#include "DemoCustomer.h"
#include "DemoCustomerGenerator.h"
#include "DemoRandom.h"
#include "DemoSeeder.h"

#include <QCryptographicHash>
#include <algorithm>

namespace {

using T = DemoTables;
using C = DemoContext;
constexpr qint64 Day = DemoClock::Day;

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString jsonString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

DemoSummaryData::DemoSummaryData(DemoContext& context) : m_ctx(context) {}

void DemoSummaryData::write(qint64 customers)
{
    writeBudgetLimits();
    writeCache(customers);
    writeMetrics();
    writeAudit(customers);
}

void DemoSummaryData::writeBudgetLimits()
{
    const QVariant created = C::timestamp(m_ctx.clock.now() - 300 * Day);
    const qint64 firstCampaign = m_ctx.tables.lastId(T::Campaigns) > m_ctx.tables.baseId(T::Campaigns)
                                     ? m_ctx.tables.baseId(T::Campaigns) + 1
                                     : 0;
    const qint64 voiceAgent =
        m_ctx.agentsByChannel[C::Voice].empty() ? 0 : m_ctx.agents[size_t(m_ctx.agentsByChannel[C::Voice].front())].id;
    struct Limit
    {
        const char* scope;
        QString ref;
        const char* period;
        qint64 cents;
        int threshold;
        bool active;
    };
    const Limit limits[] = {
        {"global", QString(), "monthly", 250000, 80, true},
        {"global", QString(), "daily", 15000, 90, true},
        {"provider", QStringLiteral("openai"), "monthly", 150000, 80, true},
        {"provider", QStringLiteral("anthropic"), "monthly", 120000, 80, true},
        {"provider", QStringLiteral("local"), "monthly", 10000, 50, false},
        {"agent", voiceAgent > 0 ? QString::number(voiceAgent) : QString(), "daily", 4000, 75, true},
        {"campaign", firstCampaign > 0 ? QString::number(firstCampaign) : QString(), "monthly", 2500, 80, true}};
    for (const Limit& limit : limits) {
        if (QLatin1String(limit.scope) != QLatin1String("global") && limit.ref.isEmpty())
            continue;
        m_ctx.tables[T::LlmBudgetLimits] << m_ctx.tables.nextId(T::LlmBudgetLimits) << QString::fromLatin1(limit.scope)
                                         << C::text(limit.ref) << QString::fromLatin1(limit.period)
                                         << m_ctx.money(limit.cents, QStringLiteral("USD")) << QStringLiteral("USD")
                                         << limit.threshold << m_ctx.boolean(limit.active) << created << created;
    }
}

void DemoSummaryData::writeCache(qint64 customers)
{
    static const char* const kinds[] = {"email_subject", "sms_reminder", "voice_opening", "letter_paragraph",
                                        "reply_intent"};
    static const char* const responses[] = {
        "Friendly reminder: invoice %1 is now due",
        "Hi, this is a reminder that %1 is due. Pay securely via the link. Reply STOP to opt out.",
        "Hello, this is an automated assistant calling about account %1. Is now a good time?",
        "We have not yet received payment for %1 and would appreciate your prompt attention.",
        "{\"intent\":\"promise_to_pay\",\"confidence\":0.91,\"reference\":\"%1\"}"};
    DemoRandom r(m_ctx.seed, 0x5EED00CAu);
    const qint64 now = m_ctx.clock.now();
    const qint64 count = std::clamp<qint64>(customers / 25, 20, 20000);
    for (qint64 i = 0; i < count; ++i) {
        const C::Agent& agent = m_ctx.agents[r.below(quint32(m_ctx.agents.size()))];
        const int kind = int(r.below(5));
        const QString prompt = QStringLiteral("%1|%2|%3").arg(QLatin1String(kinds[kind])).arg(i).arg(r.next());
        const int hits = r.chance(300) ? 0 : int(r.range(1, 400));
        const qint64 created = now - r.range(Day, 60 * Day);
        const int expiry = r.weighted({20, 70, 10});
        const qint64 expires = expiry == 0   ? now - r.range(3600, 10 * Day)
                               : expiry == 1 ? now + r.range(Day, 30 * Day)
                                             : 0;
        const qint64 lastHit = hits > 0 ? std::min(now, created + r.range(60, 20 * Day)) : 0;
        m_ctx.tables[T::LlmCache] << m_ctx.tables.nextId(T::LlmCache)
                                  << QStringLiteral("v1:") + sha256Hex(agent.provider + agent.model + prompt)
                                  << agent.provider << agent.model << sha256Hex(prompt)
                                  << QString::fromLatin1(responses[kind]).arg(QStringLiteral("INV-%1").arg(1000 + i))
                                  << r.range(20, 900) << hits << C::timestamp(expires) << C::timestamp(lastHit)
                                  << C::timestamp(created) << C::timestamp(std::max(created, lastHit));
    }
}

void DemoSummaryData::writeMetrics()
{
    struct Series
    {
        const char* type;
        const char* name;
        C::Counter counter;
    };
    static const Series series[] = {{"email", "sent", C::EmailsSent},
                                    {"email", "delivered", C::EmailsDelivered},
                                    {"email", "opened", C::EmailsOpened},
                                    {"email", "clicked", C::EmailsClicked},
                                    {"email", "bounced", C::EmailsBounced},
                                    {"email", "complained", C::EmailsComplained},
                                    {"contact", "sms_sent", C::SmsSent},
                                    {"contact", "calls", C::CallsMade},
                                    {"contact", "conversations", C::Conversations},
                                    {"contact", "letters", C::LettersSent},
                                    {"payments", "received", C::PaymentsReceived},
                                    {"llm", "calls", C::LlmCalls},
                                    {"tasks", "completed", C::TasksCompleted}};
    DemoRandom r(m_ctx.seed, 0x5EED00A7u);
    const qint64 now = m_ctx.clock.now();
    const qint64 today = m_ctx.clock.today();
    const QString day = QStringLiteral("{\"period\":\"day\"}");
    QStringList currencies = m_ctx.collectedByCurrency.keys();
    currencies.sort();
    for (qint64 d = today - 179; d <= today; ++d) {
        const QVariant at = C::timestamp(std::min(now, (d + 1) * Day - 60));
        auto row = [&](const char* type, const char* name, const QVariant& value, const QString& dimensions) {
            m_ctx.tables[T::SystemMetrics] << m_ctx.tables.nextId(T::SystemMetrics) << QString::fromLatin1(type)
                                           << QString::fromLatin1(name) << value << dimensions << at << at;
        };
        for (const Series& s : series)
            row(s.type, s.name, m_ctx.decimal(m_ctx.counter(d, s.counter), 0), day);
        row("llm", "cost_usd", m_ctx.decimal(m_ctx.counter(d, C::LlmCostMicros), 6), day);
        for (const QString& currency : std::as_const(currencies)) {
            const std::vector<qint64>& amounts = m_ctx.collectedByCurrency[currency];
            const qint64 slot = d - m_ctx.firstCountedDay();
            const qint64 amount = slot >= 0 && slot < qint64(amounts.size()) ? amounts[size_t(slot)] : 0;
            if (amount > 0)
                row("payments", "collected", m_ctx.decimal(amount, Money::decimalsFor(currency)),
                    QStringLiteral("{\"period\":\"day\",\"currency\":\"%1\"}").arg(currency));
        }
        row("system", "api_latency_p95_ms", m_ctx.decimal(r.range(1200, 4500), 1), day);
        row("system", "task_queue_depth", m_ctx.decimal(r.range(20, 400), 0), day);
    }
}

void DemoSummaryData::writeAudit(qint64 customers)
{
    std::vector<C::AuditEvent>& events = m_ctx.audit;
    std::stable_sort(events.begin(), events.end(), [](const C::AuditEvent& a, const C::AuditEvent& b) {
        return a.time != b.time ? a.time < b.time : a.kind != b.kind ? a.kind < b.kind : a.entityId < b.entityId;
    });
    const qint64 now = m_ctx.clock.now();
    auto& table = m_ctx.tables[T::AuditLogs];
    for (const C::AuditEvent& e : events) {
        QString action, entity, oldValues, newValues;
        switch (e.kind) {
        case C::AuditImport:
            action = QStringLiteral("import");
            entity = QStringLiteral("customers");
            newValues = QStringLiteral("{\"rows\":%1,\"source\":\"demo_seed\"}").arg(e.value);
            break;
        case C::AuditHoldSet:
            action = QStringLiteral("hold_set");
            entity = QStringLiteral("customer_profiles");
            newValues = QStringLiteral("{\"hold\":\"%1\",\"reason\":%2}")
                            .arg(DemoCustomerGenerator::holdName(e.detail),
                                 jsonString(DemoCustomerGenerator::holdReason(e.detail, int(e.value))));
            break;
        case C::AuditOptOut:
            action = QStringLiteral("create");
            entity = QStringLiteral("opt_outs");
            newValues = QStringLiteral("{\"channel\":\"%1\",\"source\":\"%2\"}")
                            .arg(e.detail == DemoCustomer::OptOutAll ? QStringLiteral("all") : C::channelName(e.detail),
                                 DemoCustomerGenerator::optOutSourceName(int(e.value)));
            break;
        case C::AuditCampaignStart:
            action = QStringLiteral("campaign_started");
            entity = QStringLiteral("campaigns");
            oldValues = QStringLiteral("{\"status\":\"draft\"}");
            newValues = QStringLiteral("{\"status\":\"active\"}");
            break;
        case C::AuditCampaignPause:
            action = QStringLiteral("campaign_paused");
            entity = QStringLiteral("campaigns");
            oldValues = QStringLiteral("{\"status\":\"active\"}");
            newValues = QStringLiteral("{\"status\":\"paused\",\"reason\":\"hold\"}");
            break;
        case C::AuditWriteOff:
            action = QStringLiteral("update");
            entity = QStringLiteral("payment_records");
            oldValues = QStringLiteral("{\"status\":\"overdue\"}");
            newValues = QStringLiteral("{\"status\":\"written_off\"}");
            break;
        case C::AuditLogin:
            action = QStringLiteral("login");
            entity = QStringLiteral("user_sessions");
            break;
        case C::AuditApiKey:
            action = QStringLiteral("create");
            entity = QStringLiteral("api_keys");
            break;
        default:
            action = QStringLiteral("create");
            entity = QStringLiteral("templates");
            break;
        }
        const bool user = e.actor >= 0;
        table << m_ctx.tables.nextId(T::AuditLogs) << (user ? QVariant(m_ctx.userIds[size_t(e.actor)]) : QVariant())
              << (user            ? QStringLiteral("user")
                  : e.actor == -2 ? QStringLiteral("agent")
                                  : QStringLiteral("system"))
              << action << entity << (e.kind == C::AuditImport ? QVariant() : QVariant(QString::number(e.entityId)))
              << C::text(oldValues) << C::text(newValues)
              << (user ? QVariant(QStringLiteral("198.51.100.%1").arg(10 + e.actor * 10)) : QVariant())
              << (user ? QVariant(QStringLiteral("CollectDesk/0.1 (desktop)")) : QVariant()) << C::timestamp(e.time);
    }
    // The demo marker: DemoSeeder::isDemoDatabase() looks for exactly this row.
    table << m_ctx.tables.nextId(T::AuditLogs) << QVariant() << QStringLiteral("system") << DemoSeeder::markerAction()
          << DemoSeeder::markerEntityType() << QVariant() << QVariant()
          << QStringLiteral(
                 "{\"seed\":\"%1\",\"customers\":%2,\"reference_time\":\"%3\",\"generator\":\"DemoSeeder 1\"}")
                 .arg(m_ctx.seed)
                 .arg(customers)
                 .arg(DemoClock::timestamp(now))
          << QVariant() << QVariant() << C::timestamp(now);
}
