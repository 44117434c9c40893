#pragma once

#include "AccessContext.h"
#include "AuditLogEntry.h"
#include "AuditLogFilter.h"
#include "tables/PageCursor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

class Database;

// Reads the audit log for the viewer and the export: pages of entries matching an
// AuditLogFilter, newest first, their count, and the values the filter's choices offer.
//
// Paging is by keyset on (created_at, id) descending (PageCursor carries the last row's
// created_at, as Dialect::sortKeyExpression gives it, and id): page 5,000 costs what page 1
// costs, rows with equal timestamps are neither repeated nor skipped, and rows appended while
// the user scrolls do not shift the pages.
//
// Indexes (migration 0001): created_at, actor_id, (entity_type, entity_id). Unfiltered and
// date-range pages walk the created_at index backwards and stop after `limit` rows. For an
// entity or actor filter the best plan depends on how many rows match: a few (an entity's
// history) are read through their own index and sorted; many ("every customers row") are
// found faster by walking created_at and skipping the others, which costs no sort. PostgreSQL's
// planner decides this from its statistics. SQLite has none, and would always read and sort
// every match, so on SQLite the first page counts the matches of the most selective equality
// index up to SelectiveRowLimit and names the index to use (INDEXED BY); later pages of the
// same filter reuse that choice. explainPage() shows the plan.
//
// Permissions: everything here needs "read" on audit_logs (an auditor, a manager, an admin);
// a refusal returns the denied message as the error and reads nothing.
//
// Runs on the thread that owns `database`; a worker thread uses its own connection
// (WorkerConnection).
class AuditLogQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogQuery)

public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaximumPageSize = 10000;
    // SQLite: an equality index matching at most this many rows is used (and its rows sorted);
    // beyond it the created_at index is walked.
    static constexpr int SelectiveRowLimit = 10000;

    struct Page
    {
        QList<AuditLogEntry> rows;
        PageCursor next;    // pass to page() for the rows after these
        bool atEnd = false; // no rows after these
        QString error;      // set on failure (rows then empty)
    };

    // Someone who appears in the log: a user (userId set, label = e-mail) or a kind of actor
    // without a user (system, agent, api_key; label from actorLabel()).
    struct Actor
    {
        std::optional<qint64> userId;
        QString actorType;
        QString label;
    };

    // `database` must outlive the query. A null `access` means AccessContext::nobody().
    AuditLogQuery(const Database& database, AccessContextPtr access);

    bool canRead() const;
    bool canExport() const;
    const AccessContextPtr& accessContext() const { return m_access; }

    // SQLite's threshold between "read the matches through their index and sort them" and "walk
    // created_at" (SelectiveRowLimit by default; tests lower it to exercise both plans).
    void setSelectiveRowLimit(qint64 rows);
    qint64 selectiveRowLimit() const { return m_selectiveRowLimit; }

    // Up to `limit` (1..MaximumPageSize) entries after `after` (a default cursor: the newest).
    Page page(const AuditLogFilter& filter, const PageCursor& after = PageCursor(), int limit = DefaultPageSize) const;
    // COUNT(*) of the matching rows; -1 and *error on failure. Reads every match (or, without an
    // indexed criterion, the whole log): run it apart from page(), e.g. on a worker thread.
    qint64 count(const AuditLogFilter& filter, QString* error = nullptr) const;

    // The choices for the filter, sorted. entityTypes() skips through the (entity_type,
    // entity_id) index; actions() reads the whole log (no index) and actors() may, for a kind of
    // actor that never appears: load them off the GUI thread on a large log.
    QStringList entityTypes(QString* error = nullptr) const;
    QStringList actions(QString* error = nullptr) const;
    QList<Actor> actors(QString* error = nullptr) const;

    // The database's plan for page(filter, after), one line per step (EXPLAIN QUERY PLAN on
    // SQLite, EXPLAIN on PostgreSQL); empty and *error on failure.
    QStringList explainPage(const AuditLogFilter& filter, const PageCursor& after = PageCursor(),
                            QString* error = nullptr) const;

    // "system", "agent", "api key" (translated), or the e-mail for a user.
    static QString actorLabel(const QString& actorType, const QString& email);
    // The schema's actor types: user, agent, system, api_key.
    static QStringList actorTypes();

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    bool checkRead(QString* error) const;
    QStringList conditions(const AuditLogFilter& filter, QVariantList* values) const;
    // SQLite: the index the page query names in INDEXED BY (see the class comment); empty on
    // PostgreSQL or when the planner may choose.
    QString pageIndex(const AuditLogFilter& filter, bool firstPage, QString* error) const;
    std::optional<Statement> pageStatement(const AuditLogFilter& filter, const PageCursor& after, int limit,
                                           QString* error) const;
    std::optional<qint64> matchesUpTo(const QString& index, const QString& condition, const QVariantList& values,
                                      qint64 limit, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_access;
    qint64 m_selectiveRowLimit = SelectiveRowLimit;
    // The last filter's index choice, reused by its later pages.
    mutable std::optional<AuditLogFilter> m_planFilter;
    mutable QString m_planIndex;
};
