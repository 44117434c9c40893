#include "DemoActivityGenerator.h"

#include "DemoContext.h"
#include "DemoCustomer.h"
#include "DemoRandom.h"

#include <algorithm>

namespace {

using T = DemoTables;
using C = DemoContext;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = DemoClock::Day;

// Escalation playbooks per rule pack: {day offset, channel, template type}.
using PlaybookStep = DemoActivityGenerator::Step;
const PlaybookStep kConsumerUs[] = {{0, C::Email, "validation_notice"},
                                    {7, C::Email, "reminder"},
                                    {14, C::Sms, "reminder"},
                                    {21, C::Voice, "escalation"},
                                    {35, C::Letter, "final_notice"}};
const PlaybookStep kUkFca[] = {{0, C::Email, "initial_notice"},
                               {10, C::Sms, "reminder"},
                               {20, C::Letter, "escalation"},
                               {35, C::Letter, "final_notice"}};
const PlaybookStep kB2b[] = {{0, C::Email, "reminder"},
                             {7, C::Email, "escalation"},
                             {14, C::Voice, "escalation"},
                             {28, C::Letter, "final_notice"}};

const char* const kTaskTypes[] = {"email", "sms", "voice_call", "letter", "follow_up", "review"};
constexpr int ShowcaseHardBounce = 1000000; // Event::order of the showcase customer's bouncing e-mail

} // namespace

DemoActivityGenerator::DemoActivityGenerator(DemoContext& context) : m_ctx(context), m_mailer(context) {}

void DemoActivityGenerator::generate(DemoCustomer& c, DemoRandom& r)
{
    m_campaign = Campaign();
    m_emailBlocked = false;
    m_lastConversation.assign(c.invoices.size(), 0);
    auto pickAgent = [&](int channel) {
        const auto& list = m_ctx.agentsByChannel[size_t(channel)];
        return list.empty() ? -1 : list[r.below(quint32(std::min<size_t>(2, list.size())))];
    };
    m_emailAgent = pickAgent(C::Email);
    m_smsAgent = pickAgent(C::Sms);
    m_voiceAgent = pickAgent(C::Voice);

    const QString address = c.email.toLower();
    if (!address.isEmpty() && c.optOutChannel == C::Email && c.optOutSource == 2 && c.optOutRevokedAt == 0)
        m_mailer.suppress(address, QStringLiteral("unsubscribe"), QStringLiteral("unsubscribe_link"), c.optOutAt);
    if (!address.isEmpty() && c.holdAt[DemoCustomer::CeaseAndDesist] > 0)
        m_mailer.suppress(address, QStringLiteral("legal"), QStringLiteral("cease_and_desist"),
                          c.holdAt[DemoCustomer::CeaseAndDesist]);

    std::vector<Event> events;
    planCampaign(c, r, events);
    planReminders(c, r, events);
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.time < b.time; });
    for (const Event& e : events)
        process(c, r, e);
    writeCampaign(c, r);

    // A dispute hold puts a review task in the staff queue.
    const qint64 disputeAt = c.holdAt[DemoCustomer::Dispute];
    if (disputeAt > 0) {
        const qint64 due = disputeAt + 5 * Day;
        const bool past = due < m_ctx.clock.now();
        const QString status = !past           ? QStringLiteral("pending")
                               : r.chance(600) ? QStringLiteral("completed")
                                               : QStringLiteral("in_progress");
        writeTask(c, 5, -1, status, due, status == QLatin1String("completed") ? due - r.range(Hour, 4 * Day) : 0,
                  status == QLatin1String("completed") ? QStringLiteral("{\"outcome\":\"verification_sent\"}")
                                                       : QString(),
                  disputeAt);
    }
}

qint64 DemoActivityGenerator::contactTime(const DemoCustomer& c, qint64 day, int channel, DemoRandom& r) const
{
    DemoClock& clock = m_ctx.clock;
    const qint64 offsetA = clock.offset(c.zone, day);
    qint64 low = day * Day + 9 * Hour - offsetA;
    qint64 high = day * Day + (channel == C::Email || channel == C::Letter ? 18 : 20) * Hour - offsetA;
    if (channel == C::Sms || channel == C::Voice) {
        // Both the address's and the phone's local time must be inside the window.
        const qint64 offsetP = clock.offset(c.phoneZone, day);
        const qint64 lowP = std::max(low, day * Day + 9 * Hour - offsetP);
        const qint64 highP = std::min(high, day * Day + 20 * Hour - offsetP);
        if (highP > lowP) {
            low = lowP;
            high = highP;
        }
    }
    return r.range(low, high);
}

void DemoActivityGenerator::planCampaign(DemoCustomer& c, DemoRandom& r, std::vector<Event>& events)
{
    const qint64 today = m_ctx.clock.today();
    const qint64 now = m_ctx.clock.now();
    int target = -1;
    for (int i = 0; i < int(c.invoices.size()); ++i) {
        const auto& inv = c.invoices[size_t(i)];
        if ((inv.status == DemoCustomer::Overdue || inv.status == DemoCustomer::Partial) && inv.dueDay < today - 1 &&
            (target < 0 || inv.dueDay < c.invoices[size_t(target)].dueDay))
            target = i;
    }
    if (target < 0 || c.stopContactAt() > 0 || !(c.showcase || r.chance(450)))
        return;

    Campaign& k = m_campaign;
    k.id = m_ctx.tables.nextId(T::Campaigns);
    k.invoice = target;
    const auto& inv = c.invoices[size_t(target)];
    const PlaybookStep* playbook = c.rulePack == QLatin1String("consumer_us") ? kConsumerUs
                                   : c.rulePack == QLatin1String("uk_fca")    ? kUkFca
                                                                              : kB2b;
    k.stepCount = playbook == kConsumerUs ? 5 : 4;
    k.steps = playbook;
    k.createdBy = r.chance(400) ? C::Manager : C::Collector;
    const qint64 daysOverdue = today - inv.dueDay;
    const qint64 cents = c.currency == QLatin1String("JPY") ? inv.amount * 2 / 3 : inv.amount;
    k.priority = cents >= 2000000 || daysOverdue >= 90  ? 1
                 : cents >= 500000 || daysOverdue >= 60 ? 2
                 : c.consumer && cents < 30000          ? 4
                                                        : 3;
    if (!c.showcase && r.chance(60)) {
        k.status = QStringLiteral("draft");
        return;
    }
    const qint64 startDay = std::min(today - 1, inv.dueDay + r.range(1, 10));
    k.startDay = startDay;
    k.startedAt = std::min(contactTime(c, startDay, C::Email, r), now - Hour);
    k.status = QStringLiteral("active");
    qint64 pause = 0;
    for (int h : {DemoCustomer::Dispute, DemoCustomer::Hardship}) {
        if (c.holdAt[size_t(h)] > 0 && (pause == 0 || c.holdAt[size_t(h)] < pause))
            pause = c.holdAt[size_t(h)];
    }
    if (pause > 0) {
        k.status = QStringLiteral("paused");
        k.stopAt = std::max(pause, k.startedAt + 600);
    } else if (!c.showcase && r.chance(50)) {
        const qint64 cancelled = k.startedAt + r.range(1, 20) * Day;
        if (cancelled < now) {
            k.status = QStringLiteral("cancelled");
            k.stopAt = cancelled;
        }
    } else {
        const qint64 last = k.startedAt + k.steps[k.stepCount - 1].dayOffset * Day;
        if (!c.showcase && last + 3 * Day < now && r.chance(450)) {
            k.status = QStringLiteral("completed");
            k.stopAt = last + 2 * Day + r.range(0, Day);
        }
    }
    const qint64 limit = k.stopAt > 0 ? std::min(k.stopAt, now) : now;
    for (int i = 0; i < k.stepCount; ++i) {
        const Step& step = k.steps[i];
        const qint64 t = i == 0 ? k.startedAt : contactTime(c, startDay + step.dayOffset, step.channel, r);
        if (t > limit)
            break;
        events.push_back({t, CampaignStep, step.channel, target, i, int(events.size())});
        k.currentStep = i + 1;
    }
    if (!m_ctx.agentsByChannel[C::Orchestrator].empty())
        writeLlmUsage(r, m_ctx.agentsByChannel[C::Orchestrator].front(), 0, k.startedAt - 60, C::Orchestrator);
    m_ctx.audit.push_back({k.startedAt, k.id, 0, qint8(k.createdBy), C::AuditCampaignStart, 0});
    if (k.status == QLatin1String("paused"))
        m_ctx.audit.push_back({k.stopAt, k.id, 0, C::Collector, C::AuditCampaignPause, 0});
}

void DemoActivityGenerator::planReminders(DemoCustomer& c, DemoRandom& r, std::vector<Event>& events)
{
    const qint64 today = m_ctx.clock.today();
    const qint64 now = m_ctx.clock.now();
    auto add = [&](qint64 t, int kind, int channel, int invoice) {
        if (t > 0 && t <= now)
            events.push_back({t, kind, channel, invoice, -1, int(events.size())});
    };
    for (int i = 0; i < int(c.invoices.size()); ++i) {
        const auto& inv = c.invoices[size_t(i)];
        const qint64 preDue = inv.dueDay - 3;
        if (preDue <= today && (inv.paidAt == 0 || inv.paidAt > (preDue + 1) * Day) && r.chance(250))
            add(contactTime(c, preDue, C::Email, r), PreDueReminder, C::Email, i);
        const qint64 overdueDay = inv.dueDay + 5;
        const bool unpaidThen = inv.status == DemoCustomer::Overdue || inv.status == DemoCustomer::Partial ||
                                inv.status == DemoCustomer::Disputed || inv.status == DemoCustomer::WrittenOff ||
                                inv.paidAt > (overdueDay + 1) * Day;
        if (overdueDay <= today && unpaidThen && i != m_campaign.invoice && r.chance(400))
            add(contactTime(c, overdueDay, C::Email, r), OverdueReminder, C::Email, i);
        if (inv.status == DemoCustomer::Paid && r.chance(150))
            add(inv.paidAt + r.range(300, Hour), PaymentThanks, C::Email, i);
        const bool open = inv.status == DemoCustomer::Overdue || inv.status == DemoCustomer::Partial;
        if (open && inv.dueDay + 15 <= today && r.chance(120))
            add(contactTime(c, inv.dueDay + r.range(15, std::min<qint64>(40, today - inv.dueDay)), C::Voice, r),
                StaffCall, C::Voice, i);
        if (c.consumer && inv.status == DemoCustomer::Overdue && inv.dueDay + 10 <= today && r.chance(250))
            add(contactTime(c, inv.dueDay + 10, C::Sms, r), SmsReminder, C::Sms, i);
    }
    if (r.chance(30)) {
        int invoice = -1;
        for (int i = 0; i < int(c.invoices.size()); ++i) {
            if (c.invoices[size_t(i)].isOpen())
                invoice = i;
        }
        add(contactTime(c, today - r.range(1, 90), C::Voice, r), InboundCall, C::Voice, invoice);
    }
    if (c.optOutChannel == C::Sms && c.optOutSource == 1)
        add(c.optOutAt, StopReply, C::Sms, -1);
    if (c.showcase) {
        events.push_back({std::min(now - Hour, contactTime(c, today - 2, C::Email, r)), OverdueReminder, C::Email, 0,
                          -1, ShowcaseHardBounce});
    }
}

QString DemoActivityGenerator::blockedBy(const DemoCustomer& c, const Event& e) const
{
    if (e.kind == InboundCall || e.kind == StopReply)
        return {};
    const qint64 stop = c.stopContactAt();
    if (stop > 0 && e.time >= stop)
        return QStringLiteral("hold");
    if (e.kind != PaymentThanks) {
        const qint64 dispute = c.holdAt[DemoCustomer::Dispute];
        if (dispute > 0 && e.time >= dispute && e.invoice >= 0 &&
            c.invoices[size_t(e.invoice)].status == DemoCustomer::Disputed)
            return QStringLiteral("dispute_hold");
        const qint64 hardship = c.holdAt[DemoCustomer::Hardship];
        if (hardship > 0 && e.time >= hardship)
            return QStringLiteral("hardship_hold");
    }
    if (c.optedOut(e.channel, e.time))
        return QStringLiteral("opt_out");
    if (e.channel == C::Email && c.email.isEmpty())
        return QStringLiteral("no_email_address");
    if (e.channel == C::Email && m_emailBlocked)
        return QStringLiteral("suppressed");
    if (e.channel == C::Voice && e.invoice >= 0 && m_lastConversation[size_t(e.invoice)] > 0 &&
        e.time - m_lastConversation[size_t(e.invoice)] < 7 * Day)
        return QStringLiteral("reg_f_7_day_rule");
    return {};
}

void DemoActivityGenerator::process(DemoCustomer& c, DemoRandom& r, const Event& e)
{
    const qint64 now = m_ctx.clock.now();
    const bool step = e.kind == CampaignStep;
    const bool staff = e.kind == StaffCall || e.kind == InboundCall;
    int agent = -1;
    if (!staff) {
        agent = e.channel == C::Email                      ? m_emailAgent
                : e.channel == C::Sms                      ? m_smsAgent
                : e.channel == C::Voice                    ? m_voiceAgent
                : m_ctx.agentsByChannel[C::Letter].empty() ? -1
                                                           : m_ctx.agentsByChannel[C::Letter].front();
    }
    const QString blocked = blockedBy(c, e);
    if (!blocked.isEmpty()) {
        if (step)
            writeTask(c, e.channel, agent, QStringLiteral("cancelled"), e.time, 0,
                      QStringLiteral("{\"skipped\":true,\"reason\":\"%1\"}").arg(blocked), e.time - Day);
        return;
    }
    const qint64 taskId = step ? m_ctx.tables.nextId(T::Tasks) : 0;
    const qint64 paymentId = e.invoice >= 0 ? c.invoices[size_t(e.invoice)].id : 0;
    const QString templateType = step                       ? QString::fromLatin1(m_campaign.steps[e.step].templateType)
                                 : e.kind == PreDueReminder ? QStringLiteral("reminder")
                                 : e.kind == PaymentThanks  ? QStringLiteral("payment_confirmation")
                                                            : QStringLiteral("initial_notice");
    struct Attempt
    {
        qint64 at = 0;
        QString status;
        bool conversation = false;
        int duration = -1;
        QString outcome;
        QString notes;
        bool inbound = false;
    };
    std::vector<Attempt> attempts;
    switch (e.channel) {
    case C::Email: {
        int forced = -1;
        if (c.showcase)
            forced = e.order == ShowcaseHardBounce ? DemoMailer::HardBounce
                     : step && e.step == 0         ? DemoMailer::Clicked
                     : step                        ? DemoMailer::SoftBounce
                                                   : -1;
        const DemoMailer::Result result = m_mailer.send(c, r, e.time, step ? m_campaign.id : 0, templateType, e.invoice,
                                                        forced, step ? &m_campaign.stats : nullptr);
        m_emailBlocked = m_emailBlocked || result.blocksAddress;
        if (result.blocksAddress && result.attemptStatus == QLatin1String("bounced"))
            c.hardBounced = true;
        attempts.push_back({e.time, result.attemptStatus, false, -1, QString(), QString()});
        break;
    }
    case C::Sms: {
        if (e.kind == StopReply) {
            attempts.push_back({e.time, QStringLiteral("replied"), false, -1, QStringLiteral("opt_out"),
                                QStringLiteral("Customer replied STOP"), true});
        } else {
            static const char* const statuses[] = {"delivered", "sent", "failed", "replied"};
            const int roll = r.weighted({80, 8, 7, 5});
            attempts.push_back({e.time, QString::fromLatin1(statuses[roll]), false, -1, QString(),
                                roll == 3 ? QStringLiteral("Customer replied: will pay this week") : QString()});
        }
        m_ctx.count(e.time, C::SmsSent);
        break;
    }
    case C::Voice: {
        qint64 at = e.time;
        for (int attempt = 0; attempt < 2 && at <= now; ++attempt) {
            static const char* const statuses[] = {"answered", "voicemail", "no_answer", "busy", "failed"};
            const int roll = e.kind == InboundCall ? 0 : r.weighted({30, 30, 28, 6, 6});
            Attempt a;
            a.at = at;
            a.status = QString::fromLatin1(statuses[roll]);
            a.inbound = e.kind == InboundCall;
            if (roll == 0) {
                static const char* const outcomes[] = {"promise_to_pay", "payment_plan_agreed", "dispute_raised",
                                                       "callback_requested", "refused_to_pay"};
                a.conversation = true;
                a.duration = int(r.range(60, 600));
                a.outcome = QString::fromLatin1(outcomes[r.weighted({40, 20, 10, 20, 10})]);
                a.notes = a.inbound ? QStringLiteral("Customer called back about the account") : QString();
            } else if (roll == 1) {
                a.duration = int(r.range(20, 45));
                a.outcome = QStringLiteral("left_voicemail");
            } else {
                a.outcome = roll == 4 ? QStringLiteral("carrier_error") : QStringLiteral("no_contact");
            }
            attempts.push_back(a);
            m_ctx.count(at, C::CallsMade);
            if (a.conversation || !step || !r.chance(400))
                break;
            at = contactTime(c, at / Day + 1, C::Voice, r);
        }
        break;
    }
    default: {
        const bool delivered = e.time + 3 * Day <= now;
        attempts.push_back({e.time, delivered ? QStringLiteral("delivered") : QStringLiteral("sent"), false, -1,
                            QStringLiteral("mailed"), QString()});
        m_ctx.count(e.time, C::LettersSent);
        break;
    }
    }

    qint64 lastAttemptId = 0;
    for (const Attempt& a : attempts) {
        lastAttemptId = m_ctx.tables.nextId(T::ContactAttempts);
        if (a.status == QLatin1String("failed") && a.at >= now - 30 * Day)
            ++c.recentFailedAttempts;
        if (a.conversation) {
            if (e.invoice >= 0)
                m_lastConversation[size_t(e.invoice)] = a.at;
            m_ctx.count(a.at, C::Conversations);
        }
        const int staffRole = e.kind == InboundCall ? C::Collector : r.chance(700) ? C::Collector : C::Manager;
        m_ctx.tables[T::ContactAttempts] << lastAttemptId << C::id(taskId)
                                         << (agent >= 0 ? QVariant(m_ctx.agents[size_t(agent)].id) : QVariant())
                                         << (staff ? QVariant(m_ctx.userIds[size_t(staffRole)]) : QVariant()) << c.id
                                         << C::id(paymentId) << C::channelName(e.channel)
                                         << (a.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"))
                                         << a.status << m_ctx.boolean(a.conversation) << C::timestamp(a.at)
                                         << (a.duration >= 0 ? QVariant(a.duration) : QVariant()) << C::text(a.outcome)
                                         << C::text(a.notes) << C::timestamp(a.at);
        if (a.outcome == QLatin1String("promise_to_pay")) {
            const qint64 due = a.at + 7 * Day;
            const bool done = due < now && r.chance(700);
            writeTask(c, 4, -1, done ? QStringLiteral("completed") : QStringLiteral("pending"), due,
                      done ? due + r.range(Hour, Day) : 0,
                      done ? QStringLiteral("{\"outcome\":\"payment_checked\"}") : QString(), a.at);
        }
    }
    if (step) {
        const Attempt& last = attempts.back();
        const bool failed = last.status == QLatin1String("failed") || last.status == QLatin1String("bounced");
        const qint64 completed = last.at + std::max(0, last.duration) + r.range(5, 90);
        m_ctx.count(completed, C::TasksCompleted);
        m_ctx.tables[T::Tasks]
            << taskId << c.id << m_campaign.id << (agent >= 0 ? QVariant(m_ctx.agents[size_t(agent)].id) : QVariant())
            << QString::fromLatin1(kTaskTypes[e.channel]) << m_campaign.priority
            << (failed ? QStringLiteral("failed") : QStringLiteral("completed")) << C::timestamp(e.time)
            << C::timestamp(completed)
            << QStringLiteral("{\"attempt_id\":%1,\"status\":\"%2\"}").arg(lastAttemptId).arg(last.status)
            << C::timestamp(e.time - Day) << C::timestamp(completed);
        if (agent >= 0)
            writeLlmUsage(r, agent, taskId, e.time - 30, e.channel);
    }
}

qint64 DemoActivityGenerator::writeTask(const DemoCustomer& c, int type, int agent, const QString& status, qint64 due,
                                        qint64 completed, const QString& result, qint64 created)
{
    const qint64 id = m_ctx.tables.nextId(T::Tasks);
    const bool forCampaign = type < 4 && m_campaign.id > 0;
    m_ctx.tables[T::Tasks] << id << c.id << C::id(forCampaign ? m_campaign.id : 0)
                           << (agent >= 0 ? QVariant(m_ctx.agents[size_t(agent)].id) : QVariant())
                           << QString::fromLatin1(kTaskTypes[type])
                           << (type == 5     ? 2
                               : forCampaign ? m_campaign.priority
                                             : 3)
                           << status << C::timestamp(due) << C::timestamp(completed) << C::text(result)
                           << C::timestamp(created) << C::timestamp(std::max({created, completed}));
    return id;
}

void DemoActivityGenerator::writeLlmUsage(DemoRandom& r, int agent, qint64 taskId, qint64 at, int channel)
{
    // Prompt and completion token ranges per channel (orchestrator last).
    static const int tokens[C::ChannelCount][4] = {{600, 1800, 150, 450},
                                                   {300, 800, 30, 90},
                                                   {2000, 6000, 400, 1500},
                                                   {800, 2000, 300, 700},
                                                   {1200, 3000, 200, 600}};
    const C::Agent& a = m_ctx.agents[size_t(agent)];
    const qint64 prompt = r.range(tokens[channel][0], tokens[channel][1]);
    const qint64 completion = r.range(tokens[channel][2], tokens[channel][3]);
    const bool cached = r.chance(80);
    const qint64 cost = cached ? 0 : (prompt * a.promptMicrosPer1k + completion * a.completionMicrosPer1k) / 1000;
    const qint64 latency = cached ? r.range(15, 80) : r.range(400, 4000);
    m_ctx.tables[T::LlmUsageLogs] << m_ctx.tables.nextId(T::LlmUsageLogs) << a.provider << a.model << a.id
                                  << C::id(taskId) << C::id(m_campaign.id) << prompt << completion
                                  << prompt + completion << m_ctx.micros(cost) << QStringLiteral("USD") << latency
                                  << m_ctx.boolean(cached) << C::timestamp(at);
    m_ctx.count(at, C::LlmCalls);
    m_ctx.count(at, C::LlmCostMicros, cost);
}

void DemoActivityGenerator::writeCampaign(const DemoCustomer& c, DemoRandom& r)
{
    Campaign& k = m_campaign;
    if (k.id == 0)
        return;
    const qint64 now = m_ctx.clock.now();
    QString steps = QStringLiteral("[");
    for (int i = 0; i < k.stepCount; ++i) {
        const Step& s = k.steps[i];
        steps += QStringLiteral("%1{\"step\":%2,\"day_offset\":%3,\"channel\":\"%4\",\"template_id\":%5}")
                     .arg(i > 0 ? QStringLiteral(",") : QString())
                     .arg(i + 1)
                     .arg(s.dayOffset)
                     .arg(C::channelName(s.channel))
                     .arg(m_ctx.templateId(C::channelName(s.channel), QString::fromLatin1(s.templateType), c.language));
    }
    steps += QLatin1Char(']');
    const qint64 created = k.startedAt > 0 ? k.startedAt - r.range(Hour, Day) : now - r.range(Hour, 3 * Day);
    qint64 updated = std::max({created, k.startedAt, std::min(k.stopAt, now)});
    if (k.currentStep > 0)
        updated = std::max(updated, std::min(now, k.startedAt + k.steps[k.currentStep - 1].dayOffset * Day));
    const auto& inv = c.invoices[size_t(k.invoice)];
    const bool paused = k.status == QLatin1String("paused");
    const bool completed = k.status == QLatin1String("completed");
    m_ctx.tables[T::Campaigns] << k.id << QStringLiteral("%1 recovery - %2").arg(inv.number, c.companyName) << c.id
                               << inv.id << k.status << steps << k.currentStep << C::timestamp(k.startedAt)
                               << C::timestamp(paused ? k.stopAt : 0) << C::timestamp(completed ? k.stopAt : 0)
                               << m_ctx.userIds[size_t(k.createdBy)] << C::timestamp(created) << C::timestamp(updated);

    // The next step of a running campaign waits in the task queue.
    if (k.status == QLatin1String("active") && k.currentStep < k.stepCount) {
        const Step& next = k.steps[k.currentStep];
        const qint64 due = std::max(now + Hour, contactTime(c, k.startDay + next.dayOffset, next.channel, r));
        const bool assigned = r.chance(500) && !m_ctx.agentsByChannel[size_t(next.channel)].empty();
        writeTask(c, next.channel, assigned ? m_ctx.agentsByChannel[size_t(next.channel)].front() : -1,
                  assigned ? QStringLiteral("assigned") : QStringLiteral("pending"), due, 0, QString(),
                  now - r.range(Hour, Day));
    }
    m_mailer.writeStats(k.id, k.stats);
}
