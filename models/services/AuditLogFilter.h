#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// Which audit_logs rows to show or export: every criterion that is set must match (AND); an
// unset criterion (empty text, no actor id, an invalid time) matches every row. A plain value:
// it travels between the page, its list model and worker threads by copy.
struct AuditLogFilter
{
    QString entityType;            // audit_logs.entity_type, e.g. "customers"
    QString entityId;              // audit_logs.entity_id; best with entityType (the index leads with it)
    std::optional<qint64> actorId; // a user (audit_logs.actor_id)
    QString actorType;             // user, agent, system or api_key
    QString action;                // create, update, delete or an event name
    QDateTime from;                // created_at >= from (inclusive)
    QDateTime to;                  // created_at < to (exclusive)

    bool isEmpty() const
    {
        return entityType.isEmpty() && entityId.isEmpty() && !actorId && actorType.isEmpty() && action.isEmpty() &&
               !from.isValid() && !to.isValid();
    }
    bool operator==(const AuditLogFilter& other) const
    {
        return entityType == other.entityType && entityId == other.entityId && actorId == other.actorId &&
               actorType == other.actorType && action == other.action && sameTime(from, other.from) &&
               sameTime(to, other.to);
    }
    bool operator!=(const AuditLogFilter& other) const { return !(*this == other); }

private:
    static bool sameTime(const QDateTime& a, const QDateTime& b)
    {
        return a.isValid() == b.isValid() && (!a.isValid() || a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch());
    }
};
