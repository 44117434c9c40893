#include "PermissionMatrixService.h"

#include "AuditTrail.h"
#include "db/Database.h"
#include "tables/TableCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

using Action = PermissionService::Action;

void appendUnique(QList<PermissionRow>& rows, const PermissionRow& row)
{
    if (!rows.contains(row))
        rows << row;
}

// Removes every grant of (role, resource, action) from `rows`: its explicit row, and each '*'
// row granting it, which is replaced by explicit rows for everything else it granted.
void revoke(QList<PermissionRow>& rows, const QString& role, const QString& resource, const QString& action)
{
    const QString any = PermissionRow::wildcard();
    rows.removeAll(PermissionRow{role, resource, action});
    for (;;) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(),
                                     [&](const PermissionRow& row) { return row.covers(role, resource, action); });
        if (it == rows.cend())
            return;
        const PermissionRow wildcard = *it;
        rows.removeAt(it - rows.cbegin());
        if (wildcard.action == any) { // (table or '*', '*'): every other action stays granted as it was
            for (const Action other : PermissionService::actions()) {
                const QString name = PermissionService::actionName(other);
                if (name != action)
                    appendUnique(rows, PermissionRow{role, wildcard.resource, name});
            }
        }
        if (wildcard.resource == any) { // ('*', action or '*'): every other table keeps this action
            for (const QString& table : PermissionMatrix::resources()) {
                if (table != resource)
                    appendUnique(rows, PermissionRow{role, table, action});
            }
        }
    }
}

QJsonArray keys(const QList<PermissionRow>& rows)
{
    QJsonArray array;
    for (const PermissionRow& row : rows)
        array.append(row.key());
    return array;
}

} // namespace

PermissionMatrixService::PermissionMatrixService(const Database& database, AccessContextPtr context)
    : m_database(database), m_context(context ? std::move(context) : AccessContext::nobody())
{
}

bool PermissionMatrixService::canRead() const
{
    return m_context->can(resource(), Action::Read);
}

bool PermissionMatrixService::canManage() const
{
    return m_context->can(resource(), Action::Manage);
}

std::optional<QList<PermissionRow>> PermissionMatrixService::readRows(QList<qint64>* ids, QString* error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, role, resource, action FROM role_permissions ORDER BY id"))) {
        if (error)
            *error = tr("Cannot read the permissions: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<PermissionRow> rows;
    while (query.next()) {
        if (ids)
            *ids << query.value(0).toLongLong();
        rows << PermissionRow{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    }
    return rows;
}

std::optional<PermissionMatrix> PermissionMatrixService::load(QString* error) const
{
    if (!canRead()) {
        if (error)
            *error = m_context->deniedMessage(resource(), Action::Read);
        return std::nullopt;
    }
    const auto rows = readRows(nullptr, error);
    if (!rows)
        return std::nullopt;
    return PermissionMatrix(*rows);
}

bool PermissionMatrixService::save(const PermissionChangeSet& changes, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!canManage())
        return fail(m_context->deniedMessage(resource(), Action::Manage));
    if (changes.isEmpty())
        return true;

    QSet<QString> cells;
    for (const PermissionChange& change : changes.changes()) {
        if (!PermissionService::roles().contains(change.role))
            return fail(tr("Nothing was saved: \u201c%1\u201d is not a role.").arg(change.role));
        if (!TableCatalog::find(change.resource))
            return fail(tr("Nothing was saved: \u201c%1\u201d is not a table.").arg(change.resource));
        const QString cell =
            PermissionRow{change.role, change.resource, PermissionService::actionName(change.action)}.key();
        if (cells.contains(cell))
            return fail(tr("Nothing was saved: the changes name %1 twice.").arg(cell));
        cells.insert(cell);
    }

    // Declared before the transaction so that, after a failed statement, the rollback comes
    // before the statement is freed (PostgreSQL refuses to free it inside the aborted transaction).
    QSqlQuery query(m_database.connection());
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot save the permissions: %1").arg(transaction.errorText()));
    if (m_database.dialect().isPostgres()) {
        // Serialises editors: a second save waits here and then sees the first one's rows (and
        // its changed fingerprint). Reads of the table are not blocked. On SQLite the write
        // lock of the transaction gives the same guarantee.
        if (!query.exec(QStringLiteral("LOCK TABLE role_permissions IN SHARE ROW EXCLUSIVE MODE")))
            return fail(tr("Cannot save the permissions: %1").arg(query.lastError().text()));
    }
    QList<qint64> ids;
    const auto stored = readRows(&ids, error);
    if (!stored)
        return false;
    const PermissionMatrix current(*stored);
    if (current.fingerprint() != changes.baseFingerprint()) {
        return fail(tr("Someone else changed the permissions after you opened them. Nothing was saved: reload to "
                       "see the current permissions, then make your changes again."));
    }

    // The rows after the change, and the matrix they must give.
    QList<PermissionRow> rows = *stored;
    PermissionMatrix expected = current;
    for (const PermissionChange& change : changes.changes()) {
        const QString action = PermissionService::actionName(change.action);
        if (current.isGranted(change.role, change.resource, change.action) == change.grant) {
            return fail(tr("Nothing was saved: the changes do not match the stored permissions. Reload and make "
                           "them again."));
        }
        expected.setGranted(change.role, change.resource, change.action, change.grant);
        if (change.grant)
            appendUnique(rows, PermissionRow{change.role, change.resource, action});
        else
            revoke(rows, change.role, change.resource, action);
    }
    const PermissionMatrix result(rows);
    if (!result.sameGrants(expected))
        return fail(tr("Nothing was saved: the new permission rules would not give the edited matrix."));

    // Someone must still be able to manage permissions in the application afterwards.
    QStringList managers;
    for (const QString& role : PermissionService::roles()) {
        if (result.isGranted(role, resource(), Action::Manage))
            managers << role;
    }
    const QString title = TableCatalog::find(resource())->translatedTitle();
    if (managers.isEmpty()) {
        return fail(tr("Nothing was saved: afterwards no role could manage %1, so nobody could change permissions "
                       "any more. Keep \u201cmanage\u201d on %1 for at least one role.")
                        .arg(title));
    }
    query.prepare(QStringLiteral("SELECT DISTINCT role FROM users WHERE is_active = ?"));
    query.addBindValue(m_database.dialect().boolToSql(true));
    if (!query.exec())
        return fail(tr("Cannot save the permissions: %1").arg(query.lastError().text()));
    QStringList activeRoles;
    while (query.next())
        activeRoles << query.value(0).toString();
    const bool heldByActiveUser = std::any_of(managers.cbegin(), managers.cend(),
                                              [&](const QString& role) { return activeRoles.contains(role); });
    if (!activeRoles.isEmpty() && !heldByActiveUser) {
        return fail(tr("Nothing was saved: afterwards only %1 could manage %2, and no active user has that role, "
                       "so nobody could change permissions any more.")
                        .arg(managers.join(QStringLiteral(", ")), title));
    }

    // Write the difference between the stored rows and the new ones.
    QList<PermissionRow> removed;
    QList<PermissionRow> added;
    query.prepare(QStringLiteral("DELETE FROM role_permissions WHERE id = ?"));
    for (qsizetype i = 0; i < stored->size(); ++i) {
        if (rows.contains(stored->at(i)))
            continue;
        query.addBindValue(ids.at(i));
        if (!query.exec())
            return fail(tr("Cannot save the permissions: %1").arg(query.lastError().text()));
        removed << stored->at(i);
    }
    query.prepare(QStringLiteral("INSERT INTO role_permissions (role, resource, action) VALUES (?, ?, ?)"));
    for (const PermissionRow& row : std::as_const(rows)) {
        if (stored->contains(row))
            continue;
        query.addBindValue(row.role);
        query.addBindValue(row.resource);
        query.addBindValue(row.action);
        if (!query.exec())
            return fail(tr("Cannot save the permissions: %1").arg(query.lastError().text()));
        added << row;
    }
    query.finish();

    QList<PermissionRow> revokedCells;
    QList<PermissionRow> grantedCells;
    for (const PermissionChange& change : changes.changes()) {
        const PermissionRow cell{change.role, change.resource, PermissionService::actionName(change.action)};
        (change.grant ? grantedCells : revokedCells) << cell;
    }
    const QJsonObject oldValues{{QStringLiteral("granted"), keys(revokedCells)},
                                {QStringLiteral("rows"), keys(removed)}};
    const QJsonObject newValues{{QStringLiteral("granted"), keys(grantedCells)}, {QStringLiteral("rows"), keys(added)}};
    QString auditError;
    if (!AuditTrail(m_database, *m_context)
             .recordEvent(QStringLiteral("permissions_change"), *TableCatalog::find(resource()), QVariant(), oldValues,
                          newValues, &auditError))
        return fail(auditError);

    QString commitError;
    if (!transaction.commit(&commitError))
        return fail(tr("Cannot save the permissions: %1").arg(commitError));
    if (PermissionService* permissions = m_context->permissions())
        permissions->invalidate();
    return true;
}
