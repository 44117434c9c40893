#pragma once

#include <QString>
#include <array>
#include <map>

class DemoContext;
class DemoRandom;
struct DemoCustomer;

// Sends the demo's e-mails: one email_deliveries row per message with a plausible timeline
// (sent, delivered, opened, clicked - cut off at the reference time), bounces with their
// email_bounces row, hard bounces and complaints suppressed at once (email_suppressions, one row
// per address across the whole run), email_links for delivered messages, and the per-day
// campaign counters that become campaign_email_stats, counted exactly as
// update_campaign_email_stats() counts them.
class DemoMailer
{
public:
    enum Outcome
    {
        Sent,
        Delivered,
        Opened,
        Clicked,
        SoftBounce,
        HardBounce,
        Failed,
        Complained
    };
    // day -> sent, delivered, opened, clicked, bounced, complained
    using DayStats = std::map<qint64, std::array<int, 6>>;
    struct Result
    {
        QString attemptStatus;      // the contact_attempts status of this e-mail
        bool blocksAddress = false; // hard bounce or complaint: no more e-mail to this address
    };

    explicit DemoMailer(DemoContext& context);

    // forcedOutcome: an Outcome, or -1 to draw one.
    Result send(const DemoCustomer& c, DemoRandom& r, qint64 at, qint64 campaignId, const QString& templateType,
                int invoice, int forcedOutcome, DayStats* stats);
    // Adds address (lower-case) to email_suppressions unless it is already there.
    void suppress(const QString& address, const QString& reason, const QString& source, qint64 at);
    void writeStats(qint64 campaignId, const DayStats& stats);

private:
    QString subject(const DemoCustomer& c, qint64 templateId, int invoice, qint64 at) const;
    void writeLinks(const DemoCustomer& c, DemoRandom& r, qint64 deliveryId, int invoice, qint64 delivered,
                    qint64 clicked, bool receipt);

    DemoContext& m_ctx;
};
