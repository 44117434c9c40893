#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// One row of opt_outs as the Opt-outs tab lists it.
struct OptOutRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString channel; // email, sms, voice, letter or all
    QString reason;
    QString source;          // customer_request, sms_keyword, email_unsubscribe, agent, staff, legal, import
    qint64 recordedById = 0; // 0 = not recorded by a user (agent, import, system)
    QString recordedBy;      // the user's email, or "User #id" when the context may not read users
    QDateTime createdAt;     // UTC
    QDateTime revokedAt;     // UTC; invalid = still active
    bool isActive() const { return !revokedAt.isValid(); }
};

// Whether one channel may be used, and if not, why.
struct ChannelContactStatus
{
    QString channel;        // email, sms, voice, letter
    bool mayContact = true; // = NOT check_opt_out_status(customer, channel)
    QString reason;         // translated; empty when mayContact
};

// The "may we contact?" answer for a customer, per channel.
struct CustomerContactStatus
{
    QList<ChannelContactStatus> channels; // in the order of OptOutService::contactChannels()
    bool doNotContact = false;            // customer_profiles.do_not_contact
    QString doNotContactReason;
    // Active holds (dispute, cease_and_desist, attorney, bankruptcy, deceased, hardship). They are
    // NOT part of check_opt_out_status and do not change mayContact; shown as a note beside it.
    QStringList activeHolds;

    const ChannelContactStatus* channel(const QString& name) const;
};

// The opt-outs of one customer: list, record (at most one active per channel), revoke, and the
// per-channel "may we contact?" answer.
//
// mayContact() is exactly check_opt_out_status (DatabaseFunctions) for each of email, sms, voice
// and letter: a channel is blocked by an active opt-out for that channel or for "all", or by the
// profile's do-not-contact flag. Holds (cease-and-desist, bankruptcy, ...) are not covered by that
// function; they are reported in CustomerContactStatus::activeHolds for information only.
//
// Permissions: list/mayContact need read on opt_outs, record needs create, revoke needs update.
// Every method checks the AccessContext first and refuses with a translated message, changing
// nothing. Every change writes its audit_logs row in the same transaction ("create" with the new
// row; "revoke" with revoked_at old and new).
class OptOutService
{
    Q_DECLARE_TR_FUNCTIONS(OptOutService)

public:
    OptOutService(const Database& database, AccessContextPtr context);

    bool canRead() const;
    bool canRecord() const;
    bool canRevoke() const;

    // Every opt-out of the customer, active ones first, then newest first.
    std::optional<QList<OptOutRecord>> list(qint64 customerId, QString* error = nullptr) const;
    std::optional<OptOutRecord> optOut(qint64 optOutId, QString* error = nullptr) const;

    // Records an active opt-out and returns its id. channel: one of recordableChannels();
    // source: one of sources(); reason optional (trimmed). Refused when the customer already has
    // an active opt-out for that channel (the message says since when and how to change it).
    std::optional<qint64> record(qint64 customerId, const QString& channel, const QString& reason,
                                 const QString& source, QString* error = nullptr);
    // Sets revoked_at = now on an active opt-out. Refused when it is already revoked.
    bool revoke(qint64 optOutId, QString* error = nullptr);

    std::optional<CustomerContactStatus> mayContact(qint64 customerId, QString* error = nullptr) const;

    // email, sms, voice, letter (the channels the indicator shows).
    static QStringList contactChannels();
    // contactChannels() and "all".
    static QStringList recordableChannels();
    static QStringList sources();
    // Translated names: "Email", "SMS", "Voice", "Letter", "All channels"; "Customer request", ...
    static QString channelTitle(const QString& channel);
    // The channel inside a sentence: "email", "SMS", "voice", "letter", "all channels".
    static QString channelInSentence(const QString& channel);
    static QString sourceTitle(const QString& source);
    static QString holdTitle(const QString& hold);

private:
    QString userLabel(qint64 userId, const QString& email, bool mayReadUsers) const;
    std::optional<QList<OptOutRecord>> select(const QString& where, const QVariantList& params, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
