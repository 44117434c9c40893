#pragma once

#include "PermissionService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class PermissionMatrix;

// One cell of the matrix to grant or revoke.
struct PermissionChange
{
    QString role;
    QString resource; // a table name
    PermissionService::Action action = PermissionService::Action::Read;
    bool grant = false;
    // A revoke of a cell granted through a '*' row: saving replaces that row by explicit rows.
    bool expandsWildcard = false;
    QString description; // translated, for the review list
};

// The pending edits of the permission editor, as a value: the cells to grant or revoke (each
// with a translated sentence saying what it does) and the fingerprint of the stored rows they
// were made against, so that PermissionMatrixService::save() can refuse them when someone else
// changed role_permissions in the meantime.
class PermissionChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(PermissionChangeSet)

public:
    PermissionChangeSet() = default;
    PermissionChangeSet(const QString& baseFingerprint, QList<PermissionChange> changes);

    // Every cell whose grant differs between the two matrices (roles, then catalog tables, then
    // actions, in order). The base is `original`'s fingerprint.
    static PermissionChangeSet diff(const PermissionMatrix& original, const PermissionMatrix& edited);
    // "Manager may now delete rows in Payment Records." / "... may no longer ...". Translated.
    static QString describe(const PermissionChange& change);

    const QList<PermissionChange>& changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype size() const { return m_changes.size(); }
    QStringList descriptions() const;
    QString baseFingerprint() const { return m_baseFingerprint; }

private:
    QString m_baseFingerprint;
    QList<PermissionChange> m_changes;
};
