#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>
#include <optional>

class Database;
class QSqlQuery;

// What one timeline entry is about. The numeric order is also the tie-break between entries of
// the same time (higher first), so it must not change.
enum class TimelineKind
{
    Audit = 1,      // an audit_logs entry on the customer or one of its rows
    Invoice = 2,    // an invoice was issued (payment_records.created_at)
    Payment = 3,    // the latest payment on an invoice (payment_records.paid_at)
    Task = 4,       // a task was created
    Bounce = 5,     // an email_bounces row of one of the customer's emails
    EmailClick = 6, // email_deliveries.clicked_at
    EmailOpen = 7,  // email_deliveries.opened_at
    EmailSent = 8,  // email_deliveries.sent_at (created_at while still queued)
    ContactAttempt = 9
};

// Who did it.
enum class TimelineActorType
{
    System,
    Agent, // an AI agent (agents.name)
    User   // a staff user (users.email, or "User #id" when the context may not read users)
};

// One entry of a customer's timeline.
struct CustomerTimelineItem
{
    QDateTime time; // UTC
    TimelineKind kind = TimelineKind::Audit;
    QString channel; // email, sms, voice, letter; empty when the entry has none
    TimelineActorType actorType = TimelineActorType::System;
    QString actor;   // display text: agent name, staff email, "System"
    QString summary; // translated, one line
    qint64 linkId = 0;
    QString linkTable; // the table linkId belongs to (contact_attempts, email_deliveries, ...)
};

// Where the next page starts: after the entry (timeKey, kind, id) in newest-first order.
struct CustomerTimelineCursor
{
    bool valid = false; // false: from the newest entry
    QVariant timeKey;   // the exact time as the database compares it (text)
    int kind = 0;
    qint64 id = 0;
};

struct CustomerTimelinePage
{
    QList<CustomerTimelineItem> items;
    CustomerTimelineCursor next; // pass to fetch() for the following page
    bool hasMore = false;
};

// One chronological list, newest first, of everything that happened to a customer: contact
// attempts, e-mail deliveries and their opens, clicks and bounces, tasks, invoices and payments,
// and audit entries on the customer, its profile, invoices, opt-outs, campaigns and tasks.
//
// Paged by keyset on (time, kind, id) descending, so pages never repeat or skip an entry. Each
// source is a SELECT restricted by its customer_id index (bounces through their delivery, audit
// entries by (entity_type, entity_id) for the customer's rows), ordered and limited to the page
// size + 1 on its own; the sources are merged with UNION ALL + ORDER BY + LIMIT in one statement.
// Cost is proportional to the customer's own rows, never to the table sizes.
//
// Permissions: each source needs read on its table (bounces also email_deliveries; audit entries
// audit_logs and the entity's table); sources the context may not read are left out (a collector
// sees no audit entries). With none readable, fetch() is refused.
class CustomerTimelineQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerTimelineQuery)

public:
    CustomerTimelineQuery(const Database& database, AccessContextPtr context);

    // Up to `limit` entries after `after`; `kinds` empty = every kind.
    std::optional<CustomerTimelinePage> fetch(qint64 customerId, const CustomerTimelineCursor& after, int limit,
                                              const QSet<TimelineKind>& kinds = {}, QString* error = nullptr) const;

    static QList<TimelineKind> allKinds();
    static QString kindTitle(TimelineKind kind);

private:
    struct Source;
    QList<Source> sources() const;
    bool mayRead(const QString& table) const;
    CustomerTimelineItem toItem(const QSqlQuery& query, bool mayReadUsers) const;
    QString userLabel(qint64 userId, const QString& email, bool mayReadUsers) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
