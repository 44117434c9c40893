#pragma once

#include "AccessContext.h"
#include "CustomerHold.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Database;

// What setting a hold did besides the hold itself.
struct CustomerHoldEffects
{
    QList<qint64> cancelledTaskIds;
    QList<qint64> pausedCampaignIds;
};

// Sets and releases a customer's holds (CustomerHold kinds) for the Holds tab.
//
// setHold(customer, kind, reason) in ONE transaction: sets <kind>_hold_at (now, UTC),
// <kind>_hold_reason and <kind>_hold_by (the acting user; NULL for the system context) on the
// customer's customer_profiles row (created when missing); cancels the customer's pending tasks
// (tasks.customer_id = the customer and status pending or assigned: work not yet started; the
// pair idx_tasks_pending_due serves); pauses the customer's active campaigns (campaigns.customer_id
// = the customer and status active -> paused, paused_at = now). A campaign belongs to exactly one
// customer (campaigns.customer_id, NOT NULL), so "its campaigns" are those rows. Audit, in the same
// transaction: "hold_set" on the profile row (kind, reason, customer id, and the ids of the tasks
// cancelled and the campaigns paused), and an "update" row per task and per campaign changed
// (status old -> new). Any failure rolls everything back.
//
// releaseHold(customer, kind, reason) clears the three columns and writes "hold_release" (the
// old values and the reason). Releasing does not resume campaigns or tasks: that is a person's
// decision, made on those screens.
//
// Permissions (checked first; a refusal changes nothing): reading holds needs read on
// customer_profiles (the e-mail of who set a hold also needs read on users, else only the acting
// user's own e-mail is shown); setting needs update on customer_profiles, tasks and campaigns;
// releasing needs "manage" on customer_profiles (migration 0004 grants it to manager; admin has
// everything) besides update on customer_profiles.
class CustomerHoldService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHoldService)

public:
    CustomerHoldService(const Database& database, AccessContextPtr context);

    bool canRead() const;
    bool canSetHold() const;
    bool canReleaseHold() const;
    // Why this context may not set / release a hold (translated); empty when it may.
    QString setHoldDeniedReason() const;
    QString releaseDeniedReason() const;

    // The six holds of the customer, in CustomerHold::kinds() order (all inactive when the
    // customer has no profile row). std::nullopt and *error when refused or missing.
    std::optional<QList<CustomerHoldState>> holds(qint64 customerId, QString* error = nullptr) const;

    std::optional<CustomerHoldEffects> setHold(qint64 customerId, CustomerHoldKind kind, const QString& reason,
                                               QString* error = nullptr);
    bool releaseHold(qint64 customerId, CustomerHoldKind kind, const QString& reason, QString* error = nullptr);

private:
    // The customer's profile id inside the caller's transaction, locked; creates the row when
    // missing (needs create on customer_profiles). 0 and *error on failure.
    qint64 lockedProfileId(qint64 customerId, bool createMissing, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
