#pragma once

#include "AccessContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <optional>

class Database;
struct ColumnSpec;
struct TableSpec;

// Writes the audit_logs rows of changes made through the application: who (the AccessContext's
// actor), what (entity type = table, entity id), the action (create, update, delete) and the
// values as JSON. A create records every column of the new row as new_values, a delete every
// column of the old row as old_values, an update only the columns whose value changed, old
// and new (never id, created_at, updated_at, which the database maintains). Secret columns
// (hashes, tokens) appear as "[redacted]": the trail says a password hash changed, not to what.
//
// JSON values are engine-independent: money as decimal text, timestamps as UTC ISO 8601 with
// milliseconds, dates as ISO dates, booleans, numbers, JSON columns embedded, arrays as arrays.
//
// Runs its statements on the caller's connection and opens no transaction: the caller writes the
// change and its audit row in one transaction, so a failed audit write rolls the change back.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(const Database& database, const AccessContext& context);

    // The row `id` of `table` as the audit records it (every column the catalog knows);
    // std::nullopt and *error when it cannot be read or does not exist.
    std::optional<QJsonObject> snapshot(const TableSpec& table, const QVariant& id, QString* error) const;
    // The columns of `record` (only its generated fields when `generatedOnly`) as the audit
    // records them. Values are stored values (what the database holds or is about to).
    QJsonObject toJson(const TableSpec& table, const QSqlRecord& record, bool generatedOnly = false) const;
    QJsonValue toJson(const ColumnSpec& column, const QVariant& stored, const QString& currency) const;

    bool recordCreate(const TableSpec& table, const QVariant& id, const QJsonObject& created, QString* error) const;
    bool recordDelete(const TableSpec& table, const QVariant& id, const QJsonObject& deleted, QString* error) const;
    // Writes nothing (and succeeds) when no audited column changed.
    bool recordUpdate(const TableSpec& table, const QVariant& id, const QJsonObject& before, const QJsonObject& after,
                      QString* error) const;

    // Any other event on a row (e.g. "deactivate", "revoke", "permissions_change"): the given old
    // and new values, secret columns of `table` redacted. Same transaction rule as above.
    bool recordEvent(const QString& action, const TableSpec& table, const QVariant& id, const QJsonObject& oldValues,
                     const QJsonObject& newValues, QString* error) const
    {
        return write(action, table, id, oldValues, newValues, error);
    }

    // The audited columns whose values differ between two snapshots, as (old, new) objects.
    static bool changedFields(const TableSpec& table, const QJsonObject& before, const QJsonObject& after,
                              QJsonObject* oldValues, QJsonObject* newValues);

    static QString redacted() { return QStringLiteral("[redacted]"); }

private:
    bool write(const QString& action, const TableSpec& table, const QVariant& id, const QJsonObject& oldValues,
               const QJsonObject& newValues, QString* error) const;

    const Database& m_database;
    const AccessContext& m_context;
};
