#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// One audit_logs row as the viewer and the export present it: when (UTC), who (the user's
// e-mail, or the kind of actor), what, to which entity, and the recorded values (AuditTrail's
// JSON: all columns of a created row as newValues, of a deleted row as oldValues, the changed
// columns of an update as both). hasOldValues/hasNewValues say whether the column was set at all.
struct AuditLogEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    std::optional<qint64> actorId;
    QString actorType; // user, agent, system, api_key
    QString actor;     // the user's e-mail, or "system" / "agent" / "api key" (AuditLogQuery::actorLabel)
    QString action;
    QString entityType;
    QString entityId;
    QJsonObject oldValues;
    QJsonObject newValues;
    bool hasOldValues = false;
    bool hasNewValues = false;

    // The fields named in either JSON object, sorted.
    QStringList changedFields() const
    {
        QStringList fields = oldValues.keys();
        for (const QString& key : newValues.keys()) {
            if (!oldValues.contains(key))
                fields << key;
        }
        fields.sort();
        return fields;
    }
};
