#include "PermissionMatrix.h"

#include "tables/TableCatalog.h"

#include <QCryptographicHash>
#include <algorithm>

bool PermissionRow::covers(const QString& otherRole, const QString& otherResource, const QString& otherAction) const
{
    return role == otherRole && (resource == wildcard() || resource == otherResource) &&
           (action == wildcard() || action == otherAction);
}

QString PermissionRow::key() const
{
    return role + QLatin1Char('/') + resource + QLatin1Char('/') + action;
}

PermissionMatrix::PermissionMatrix(QList<PermissionRow> storedRows) : m_rows(std::move(storedRows))
{
    std::sort(m_rows.begin(), m_rows.end(), [](const PermissionRow& a, const PermissionRow& b) {
        if (a.role != b.role)
            return a.role < b.role;
        if (a.resource != b.resource)
            return a.resource < b.resource;
        return a.action < b.action;
    });
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const PermissionRow& row : std::as_const(m_rows)) {
        digest.addData(row.key().toUtf8());
        digest.addData(QByteArrayView("\n"));
    }
    m_fingerprint = QString::fromLatin1(digest.result().toHex());

    const QStringList tables = resources();
    for (const QString& role : PermissionService::roles()) {
        for (const QString& resource : tables) {
            for (const Action action : PermissionService::actions()) {
                const QString name = PermissionService::actionName(action);
                bool granted = false;
                bool wildcard = false;
                for (const PermissionRow& row : std::as_const(m_rows)) {
                    if (row.covers(role, resource, name)) {
                        granted = true;
                        wildcard = wildcard || row.isWildcard();
                    }
                }
                if (granted)
                    m_granted.insert(cellKey(role, resource, action));
                if (wildcard)
                    m_wildcard.insert(cellKey(role, resource, action));
            }
        }
    }
}

QStringList PermissionMatrix::resources()
{
    QStringList names;
    for (const TableSpec& table : TableCatalog::tables())
        names << table.name;
    return names;
}

bool PermissionMatrix::covers(const QList<PermissionRow>& rows, const QString& role, const QString& resource,
                              const QString& action)
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [&](const PermissionRow& row) { return row.covers(role, resource, action); });
}

QString PermissionMatrix::cellKey(const QString& role, const QString& resource, Action action)
{
    // Roles, resources and actions are identifiers: a control character cannot occur in them.
    return role + QChar(0x1f) + resource + QChar(0x1f) + PermissionService::actionName(action);
}

bool PermissionMatrix::isGranted(const QString& role, const QString& resource, Action action) const
{
    return m_granted.contains(cellKey(role, resource, action));
}

bool PermissionMatrix::isWildcardGrant(const QString& role, const QString& resource, Action action) const
{
    const QString key = cellKey(role, resource, action);
    return m_granted.contains(key) && m_wildcard.contains(key);
}

bool PermissionMatrix::hasWildcardRows(const QString& role) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&role](const PermissionRow& row) { return row.role == role && row.isWildcard(); });
}

void PermissionMatrix::setGranted(const QString& role, const QString& resource, Action action, bool granted)
{
    const QString key = cellKey(role, resource, action);
    if (granted)
        m_granted.insert(key);
    else
        m_granted.remove(key);
}
