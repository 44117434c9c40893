#pragma once

#include "AccessContext.h"
#include "PermissionChangeSet.h"
#include "PermissionMatrix.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class Database;

// Reads and changes the role/permission matrix (role_permissions) for the permission editor.
//
// load() needs `read` on role_permissions and returns the effective matrix ('*' rows resolved).
// save() needs `manage` on role_permissions - changing who may do what is administration, the
// same right that guards users and API keys (only admin has it in the seeded matrix), not an
// ordinary row update. In one transaction it:
//   - refuses when the stored rows differ from those the change set was made against (someone
//     else saved in the meantime: reload);
//   - grants a cell with an explicit row; revokes a cell by deleting its explicit row and
//     expanding every '*' row that grants it into explicit rows for everything else that row
//     granted (a ('*', '*') row becomes ('*', other actions) plus (other tables, that action);
//     a ('*', action) row becomes (every other catalog table, action); a (table, '*') row
//     becomes (table, every other action)). A '*' resource also covers names outside the
//     catalog; the expansion keeps that only for the actions not revoked;
//   - refuses when afterwards no role could manage role_permissions, or, while the database has
//     active users, when no role held by an active user could (nobody could undo it in the app);
//   - writes one audit_logs row: action "permissions_change", entity role_permissions, old and
//     new values listing the changed cells ("granted") and the rows removed and added ("rows").
// After the commit it invalidates the context's PermissionService so new answers apply at once
// (other sessions' services keep their cache until they invalidate or restart).
// A refused or failed save writes nothing and says why in *error.
class PermissionMatrixService
{
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrixService)

public:
    // `database` must outlive the service.
    PermissionMatrixService(const Database& database, AccessContextPtr context);

    static QString resource() { return QStringLiteral("role_permissions"); }

    bool canRead() const;
    bool canManage() const;

    std::optional<PermissionMatrix> load(QString* error) const;
    static PermissionChangeSet diff(const PermissionMatrix& original, const PermissionMatrix& edited)
    {
        return PermissionChangeSet::diff(original, edited);
    }
    // True when saved (an empty change set saves nothing and succeeds).
    bool save(const PermissionChangeSet& changes, QString* error);

private:
    std::optional<QList<PermissionRow>> readRows(QList<qint64>* ids, QString* error) const;

    const Database& m_database;
    AccessContextPtr m_context;
};
