#pragma once

#include <QString>
#include <array>
#include <vector>

// One demo customer while it is being generated: identity, holds, invoices, opt-out, and what its
// contact history did (for the risk score). Instants are seconds since the epoch (0 = none), dates
// are days since the epoch.
struct DemoCustomer
{
    enum Hold
    {
        Dispute,
        CeaseAndDesist,
        Attorney,
        Bankruptcy,
        Deceased,
        Hardship,
        HoldCount
    };
    enum Status
    {
        Pending,
        Partial,
        Paid,
        Overdue,
        Disputed,
        WrittenOff
    };
    enum OptOutChannel
    {
        OptOutNone = -1,
        OptOutAll = 4
    }; // 0..3 = DemoContext::Channel

    struct Invoice
    {
        qint64 id = 0;
        QString number;
        qint64 amount = 0; // minor units
        qint64 paid = 0;
        qint64 issuedDay = 0;
        qint64 dueDay = 0;
        qint64 paidAt = 0;
        int status = Pending;
        bool isOpen() const { return status == Pending || status == Partial || status == Overdue; }
    };

    qint64 id = 0;
    qint64 index = 0;
    bool showcase = false; // the first customer exercises every table, even in a one-customer seed
    int city = 0;
    int country = 0;
    bool consumer = false;
    QString companyName;
    QString contactName;
    QString email;
    QString phone;
    QString currency;
    QString language;
    QString rulePack;
    int zone = 0;      // DemoClock zone of the address
    int phoneZone = 0; // DemoClock zone of the phone's area
    qint64 createdAt = 0;

    std::array<qint64, HoldCount> holdAt{};
    std::array<int, HoldCount> holdReason{};
    std::array<int, HoldCount> holdBy{}; // DemoContext::Role

    int optOutChannel = OptOutNone;
    int optOutSource = 0;
    qint64 optOutAt = 0;
    qint64 optOutRevokedAt = 0;

    std::vector<Invoice> invoices;

    // Filled while the contact history is generated.
    bool hardBounced = false;
    int recentFailedAttempts = 0; // failed contact attempts in the last 30 days

    // The earliest hold among cease-and-desist, attorney, bankruptcy and deceased (0 = none):
    // from then on nobody contacts the customer.
    qint64 stopContactAt() const
    {
        qint64 earliest = 0;
        for (int h : {CeaseAndDesist, Attorney, Bankruptcy, Deceased}) {
            if (holdAt[size_t(h)] > 0 && (earliest == 0 || holdAt[size_t(h)] < earliest))
                earliest = holdAt[size_t(h)];
        }
        return earliest;
    }
    // True when the opt-out blocks this channel at instant t.
    bool optedOut(int channel, qint64 t) const
    {
        if (optOutChannel == OptOutNone || t < optOutAt)
            return false;
        if (optOutRevokedAt > 0 && t >= optOutRevokedAt)
            return false;
        return optOutChannel == OptOutAll || optOutChannel == channel;
    }
};
