#pragma once

#include "DemoMailer.h"

#include <QString>
#include <vector>

class DemoContext;
class DemoRandom;
struct DemoCustomer;

// The contact history of one demo customer, consistent with its invoices, holds and opt-out:
// at most one collection campaign (for a share of customers with overdue invoices) with its
// escalation steps as tasks, reminder e-mails around due dates, payment confirmations, staff and
// inbound calls, SMS. Every contact is a contact_attempts row at a time inside the 08:00-21:00
// local window (address and phone time zone); e-mails also get email_deliveries with their
// timeline (DemoMailer: bounces, suppressions, links, campaign_email_stats); agent work
// is logged in llm_usage_logs. Holds, opt-outs, suppressions and Reg F's 7-day rule after a
// conversation block later contacts (a blocked campaign step becomes a cancelled task).
class DemoActivityGenerator
{
public:
    // One escalation step of a campaign playbook.
    struct Step
    {
        int dayOffset;
        int channel; // DemoContext::Channel
        const char* templateType;
    };

    explicit DemoActivityGenerator(DemoContext& context);

    void generate(DemoCustomer& customer, DemoRandom& random);

private:
    enum Kind
    {
        CampaignStep,
        PreDueReminder,
        OverdueReminder,
        PaymentThanks,
        StaffCall,
        SmsReminder,
        InboundCall,
        StopReply
    };
    struct Event
    {
        qint64 time = 0;
        int kind = CampaignStep;
        int channel = 0;
        int invoice = -1;
        int step = -1;
        int order = 0;
    };
    struct Campaign
    {
        qint64 id = 0;
        int invoice = -1;
        QString status;
        const Step* steps = nullptr;
        int stepCount = 0;
        qint64 startDay = 0;
        qint64 startedAt = 0;
        int currentStep = 0; // steps due by now (or by the pause/cancel/completion)
        qint64 stopAt = 0;   // paused, cancelled or completed at
        int createdBy = 0;
        int priority = 3;
        DemoMailer::DayStats stats;
    };

    void planCampaign(DemoCustomer& c, DemoRandom& r, std::vector<Event>& events);
    void planReminders(DemoCustomer& c, DemoRandom& r, std::vector<Event>& events);
    qint64 contactTime(const DemoCustomer& c, qint64 day, int channel, DemoRandom& r) const;
    void process(DemoCustomer& c, DemoRandom& r, const Event& e);
    QString blockedBy(const DemoCustomer& c, const Event& e) const;
    qint64 writeTask(const DemoCustomer& c, int type, int agent, const QString& status, qint64 due, qint64 completed,
                     const QString& result, qint64 created);
    void writeLlmUsage(DemoRandom& r, int agent, qint64 taskId, qint64 at, int channel);
    void writeCampaign(const DemoCustomer& c, DemoRandom& r);

    DemoContext& m_ctx;
    DemoMailer m_mailer;
    Campaign m_campaign;
    bool m_emailBlocked = false;
    std::vector<qint64> m_lastConversation; // per invoice
    int m_emailAgent = 0;
    int m_smsAgent = 0;
    int m_voiceAgent = 0;
};
