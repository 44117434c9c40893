#pragma once

#include "PermissionService.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// One stored role_permissions row. '*' as resource or action is a wildcard.
struct PermissionRow
{
    QString role;
    QString resource;
    QString action;

    static QString wildcard() { return QStringLiteral("*"); }
    bool isWildcard() const { return resource == wildcard() || action == wildcard(); }
    // True when this row grants `action` (by name) on `resource` to `role`.
    bool covers(const QString& otherRole, const QString& otherResource, const QString& otherAction) const;
    // "role/resource/action", the row as the audit lists it.
    QString key() const;
    friend bool operator==(const PermissionRow& a, const PermissionRow& b)
    {
        return a.role == b.role && a.resource == b.resource && a.action == b.action;
    }
};

// The effective role x resource x action matrix of role_permissions, as a value: for each role
// (PermissionService::roles()), each table of the TableCatalog and each action
// (PermissionService::actions()), whether the stored rows grant it - '*' rows resolved - and
// whether a wildcard row is among the grants. It also keeps the stored rows it was computed from
// and their fingerprint, so a change set can tell whether the table changed since it was read.
//
// setGranted() edits the effective grants only (the editor's working copy); the stored rows and
// the fingerprint stay those of the original read.
class PermissionMatrix
{
public:
    using Action = PermissionService::Action;

    PermissionMatrix() = default;
    explicit PermissionMatrix(QList<PermissionRow> storedRows);

    // Every TableCatalog table, in catalog order: the matrix's resources.
    static QStringList resources();
    // True when some row of `rows` grants the cell.
    static bool covers(const QList<PermissionRow>& rows, const QString& role, const QString& resource,
                       const QString& action);

    bool isGranted(const QString& role, const QString& resource, Action action) const;
    // Granted, and at least one of the rows granting it is a '*' row.
    bool isWildcardGrant(const QString& role, const QString& resource, Action action) const;
    // True when the role has any stored '*' row.
    bool hasWildcardRows(const QString& role) const;
    void setGranted(const QString& role, const QString& resource, Action action, bool granted);

    // The stored rows this matrix was computed from, sorted by role, resource, action.
    const QList<PermissionRow>& storedRows() const { return m_rows; }
    // A digest of the stored rows: equal digests, equal rows.
    QString fingerprint() const { return m_fingerprint; }

    // Same effective grants (stored rows not compared).
    bool sameGrants(const PermissionMatrix& other) const { return m_granted == other.m_granted; }

private:
    static QString cellKey(const QString& role, const QString& resource, Action action);

    QList<PermissionRow> m_rows;
    QSet<QString> m_granted;
    QSet<QString> m_wildcard;
    QString m_fingerprint;
};
