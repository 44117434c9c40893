#include "DemoMailer.h"

#include "DemoContext.h"
#include "DemoCustomer.h"
#include "DemoRandom.h"

#include <algorithm>

namespace {

using T = DemoTables;
using C = DemoContext;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = DemoClock::Day;

// A fraction rounded half up to 4 decimals, as a scaled integer (update_campaign_email_stats).
qint64 rate(int part, int whole)
{
    return whole == 0 ? 0 : (qint64(part) * 20000 + whole) / (qint64(2) * whole);
}

} // namespace

DemoMailer::DemoMailer(DemoContext& context) : m_ctx(context) {}

DemoMailer::Result DemoMailer::send(const DemoCustomer& c, DemoRandom& r, qint64 at, qint64 campaignId,
                                    const QString& templateType, int invoice, int forcedOutcome, DayStats* stats)
{
    const qint64 now = m_ctx.clock.now();
    const qint64 templateId = m_ctx.templateId(QStringLiteral("email"), templateType, c.language);
    const qint64 id = m_ctx.tables.nextId(T::EmailDeliveries);
    const int outcome = forcedOutcome >= 0 ? forcedOutcome : r.weighted({25, 410, 300, 150, 70, 25, 15, 5});
    const QString address = c.email.toLower();
    qint64 sent = at, delivered = 0, opened = 0, clicked = 0, bounced = 0, nextRetry = 0, complainedAt = 0;
    int retries = 0;
    QString lastError;
    switch (outcome) {
    case Delivered:
    case Opened:
    case Clicked:
    case Complained:
        delivered = at + r.range(2, 40);
        if (outcome == Opened || outcome == Clicked || (outcome == Complained && r.chance(500)))
            opened = delivered + r.range(120, 2 * Day);
        if (outcome == Clicked)
            clicked = opened + r.range(10, Hour);
        break;
    case SoftBounce:
        bounced = at + r.range(5, 120);
        retries = int(r.range(1, 3));
        nextRetry = bounced + (qint64(1) << retries) * Hour;
        lastError = QStringLiteral("452 4.2.2 Mailbox full");
        if (nextRetry <= now) {
            nextRetry = 0;
            retries = 3;
            lastError += QStringLiteral(" - gave up after 3 retries");
        }
        break;
    case HardBounce:
        bounced = at + r.range(5, 60);
        lastError = QStringLiteral("550 5.1.1 Recipient address rejected: user unknown");
        break;
    case Failed:
        sent = 0; // never left the outbox
        retries = 3;
        lastError = QStringLiteral("421 4.4.2 Connection timed out (3 attempts)");
        break;
    default:
        break;
    }
    // Nothing has happened after the reference time yet.
    if (clicked > now)
        clicked = 0;
    if (opened > now)
        opened = clicked = 0;
    if (delivered > now)
        delivered = opened = clicked = 0;
    bounced = std::min(bounced, now);
    if (outcome == Complained && delivered > 0) {
        complainedAt = std::max(delivered, opened) + r.range(60, 6 * Hour);
        if (complainedAt > now)
            complainedAt = 0;
    }
    QString status;
    if (outcome == Failed || outcome == SoftBounce || outcome == HardBounce)
        status = QLatin1String(outcome == Failed ? "failed" : outcome == SoftBounce ? "soft_bounce" : "hard_bounce");
    else if (complainedAt > 0)
        status = QStringLiteral("complained");
    else
        status = QLatin1String(clicked ? "clicked" : opened ? "opened" : delivered ? "delivered" : "sent");

    const qint64 updated = std::max({at, delivered, opened, clicked, bounced, complainedAt});
    m_ctx.tables[T::EmailDeliveries]
        << id << C::id(campaignId) << c.id << C::id(templateId)
        << QStringLiteral("<%1.%2@mail.collectdesk.example>").arg(id).arg(quint32(r.next()), 8, 16, QLatin1Char('0'))
        << address << C::text(subject(c, templateId, invoice, at)) << status << C::timestamp(sent)
        << C::timestamp(delivered) << C::timestamp(opened) << C::timestamp(clicked) << C::timestamp(bounced) << retries
        << C::timestamp(nextRetry) << C::text(lastError) << C::timestamp(at - 60) << C::timestamp(updated);

    auto bounce = [&](const char* type, const QString& diagnostic, qint64 when) {
        m_ctx.tables[T::EmailBounces] << m_ctx.tables.nextId(T::EmailBounces) << id << address
                                      << QString::fromLatin1(type) << diagnostic << C::timestamp(when)
                                      << C::timestamp(when);
    };
    if (outcome == SoftBounce)
        bounce("soft", lastError, bounced);
    if (outcome == HardBounce) {
        bounce("hard", lastError, bounced);
        suppress(address, QStringLiteral("hard_bounce"), QStringLiteral("esp_webhook"), bounced);
    }
    if (complainedAt > 0) {
        bounce("complaint", QStringLiteral("Feedback loop report: message marked as spam"), complainedAt);
        suppress(address, QStringLiteral("complaint"), QStringLiteral("feedback_loop"), complainedAt);
    }

    if (sent > 0)
        m_ctx.count(sent, C::EmailsSent);
    if (delivered > 0)
        m_ctx.count(delivered, C::EmailsDelivered);
    if (opened > 0)
        m_ctx.count(opened, C::EmailsOpened);
    if (clicked > 0)
        m_ctx.count(clicked, C::EmailsClicked);
    if (bounced > 0)
        m_ctx.count(bounced, C::EmailsBounced);
    if (complainedAt > 0)
        m_ctx.count(complainedAt, C::EmailsComplained);
    if (stats && sent > 0) {
        auto& day = (*stats)[sent / Day];
        day[0] += 1;
        day[1] += delivered > 0 ? 1 : 0;
        day[2] += opened > 0 ? 1 : 0;
        day[3] += clicked > 0 ? 1 : 0;
        day[4] += outcome == SoftBounce || outcome == HardBounce ? 1 : 0;
        day[5] += complainedAt > 0 ? 1 : 0;
    }
    if (delivered > 0 && templateType != QLatin1String("opt_out_confirmation"))
        writeLinks(c, r, id, invoice, at, clicked, templateType == QLatin1String("payment_confirmation"));

    Result result;
    result.blocksAddress = outcome == HardBounce || complainedAt > 0;
    if (outcome == Failed)
        result.attemptStatus = QStringLiteral("failed");
    else if (outcome == SoftBounce || outcome == HardBounce)
        result.attemptStatus = QStringLiteral("bounced");
    else if (delivered > 0)
        result.attemptStatus = r.chance(30) ? QStringLiteral("replied") : QStringLiteral("delivered");
    else
        result.attemptStatus = QStringLiteral("sent");
    return result;
}

QString DemoMailer::subject(const DemoCustomer& c, qint64 templateId, int invoice, qint64 at) const
{
    QString text = m_ctx.templateSubjects.value(templateId);
    if (text.isEmpty())
        return text;
    text.replace(QLatin1String("{{creditor_name}}"), QLatin1String("Demo Receivables"));
    text.replace(QLatin1String("{{reference}}"), QStringLiteral("C-%1").arg(c.id));
    if (invoice >= 0) {
        const DemoCustomer::Invoice& inv = c.invoices[size_t(invoice)];
        text.replace(QLatin1String("{{invoice_number}}"), inv.number);
        const qint64 due = inv.paidAt > at ? inv.amount : inv.amount - inv.paid; // what was open at the time
        text.replace(QLatin1String("{{amount_due}}"),
                     Money(due, c.currency).toDecimalString() + QLatin1Char(' ') + c.currency);
        text.replace(QLatin1String("{{days_overdue}}"), QString::number(std::max<qint64>(0, at / Day - inv.dueDay)));
    }
    return text;
}

void DemoMailer::writeLinks(const DemoCustomer& c, DemoRandom& r, qint64 deliveryId, int invoice, qint64 sent,
                            qint64 clicked, bool receipt)
{
    const qint64 now = m_ctx.clock.now();
    const QString target = invoice >= 0 ? c.invoices[size_t(invoice)].number : QStringLiteral("C-%1").arg(c.id);
    const int links = r.chance(100) ? 2 : 1;
    for (int i = 0; i < links; ++i) {
        const qint64 linkId = m_ctx.tables.nextId(T::EmailLinks);
        const QString original = i == 1 ? QStringLiteral("https://portal.collectdesk.example/statements/C-%1").arg(c.id)
                                 : receipt ? QStringLiteral("https://pay.collectdesk.example/receipts/") + target
                                           : QStringLiteral("https://pay.collectdesk.example/invoices/") + target;
        const int clicks = i == 0 && clicked > 0 ? int(1 + r.below(3)) : 0;
        const qint64 last = clicks > 0 ? std::min(now, clicked + r.range(0, (clicks - 1) * Day)) : 0;
        m_ctx.tables[T::EmailLinks] << linkId << deliveryId << original
                                    << QStringLiteral("https://t.collectdesk.example/c/%1-%2")
                                           .arg(linkId, 0, 36)
                                           .arg(quint32(r.next()), 8, 16, QLatin1Char('0'))
                                    << clicks << C::timestamp(clicks > 0 ? clicked : 0) << C::timestamp(last)
                                    << C::timestamp(sent - 60) << C::timestamp(std::max(sent - 60, last));
    }
}

void DemoMailer::suppress(const QString& address, const QString& reason, const QString& source, qint64 at)
{
    if (!m_ctx.suppressedEmails.insert(DemoContext::hash64(address)).second)
        return;
    m_ctx.tables[T::EmailSuppressions] << m_ctx.tables.nextId(T::EmailSuppressions) << address << reason << source
                                       << QVariant() << C::timestamp(at) << C::timestamp(at);
}

void DemoMailer::writeStats(qint64 campaignId, const DayStats& stats)
{
    const qint64 now = m_ctx.clock.now();
    for (const auto& [day, n] : stats) {
        const qint64 at = std::min(now, (day + 1) * Day - 60);
        m_ctx.tables[T::CampaignEmailStats]
            << m_ctx.tables.nextId(T::CampaignEmailStats) << campaignId << C::date(day) << n[0] << n[1] << n[2] << n[3]
            << n[4] << n[5] << m_ctx.decimal(rate(n[2], n[1]), 4) << m_ctx.decimal(rate(n[3], n[1]), 4)
            << m_ctx.decimal(rate(n[4], n[0]), 4) << C::timestamp(at) << C::timestamp(at);
    }
}
