#include "PermissionChangeSet.h"

#include "PermissionMatrix.h"
#include "tables/TableCatalog.h"

PermissionChangeSet::PermissionChangeSet(const QString& baseFingerprint, QList<PermissionChange> changes)
    : m_baseFingerprint(baseFingerprint), m_changes(std::move(changes))
{
    for (PermissionChange& change : m_changes) {
        if (change.description.isEmpty())
            change.description = describe(change);
    }
}

PermissionChangeSet PermissionChangeSet::diff(const PermissionMatrix& original, const PermissionMatrix& edited)
{
    QList<PermissionChange> changes;
    const QStringList resources = PermissionMatrix::resources();
    for (const QString& role : PermissionService::roles()) {
        for (const QString& resource : resources) {
            for (const PermissionService::Action action : PermissionService::actions()) {
                const bool before = original.isGranted(role, resource, action);
                const bool after = edited.isGranted(role, resource, action);
                if (before == after)
                    continue;
                PermissionChange change;
                change.role = role;
                change.resource = resource;
                change.action = action;
                change.grant = after;
                change.expandsWildcard = !after && original.isWildcardGrant(role, resource, action);
                change.description = describe(change);
                changes << change;
            }
        }
    }
    return PermissionChangeSet(original.fingerprint(), changes);
}

QString PermissionChangeSet::describe(const PermissionChange& change)
{
    using Action = PermissionService::Action;
    const TableSpec* table = TableCatalog::find(change.resource);
    const QString title = table ? table->translatedTitle() : change.resource;
    QString text;
    if (change.grant) {
        switch (change.action) {
        case Action::Read:
            text = tr("%1 may now read %2.");
            break;
        case Action::Create:
            text = tr("%1 may now add rows to %2.");
            break;
        case Action::Update:
            text = tr("%1 may now change rows in %2.");
            break;
        case Action::Delete:
            text = tr("%1 may now delete rows in %2.");
            break;
        case Action::Export:
            text = tr("%1 may now export %2.");
            break;
        case Action::Manage:
            text = tr("%1 may now manage %2.");
            break;
        }
    } else {
        switch (change.action) {
        case Action::Read:
            text = tr("%1 may no longer read %2.");
            break;
        case Action::Create:
            text = tr("%1 may no longer add rows to %2.");
            break;
        case Action::Update:
            text = tr("%1 may no longer change rows in %2.");
            break;
        case Action::Delete:
            text = tr("%1 may no longer delete rows in %2.");
            break;
        case Action::Export:
            text = tr("%1 may no longer export %2.");
            break;
        case Action::Manage:
            text = tr("%1 may no longer manage %2.");
            break;
        }
    }
    text = text.arg(PermissionService::roleTitle(change.role), title);
    if (change.expandsWildcard)
        text += QLatin1Char(' ') + tr("(Granted today by a wildcard rule, which is replaced by explicit rules for "
                                      "everything else it granted.)");
    return text;
}

QStringList PermissionChangeSet::descriptions() const
{
    QStringList list;
    for (const PermissionChange& change : m_changes)
        list << change.description;
    return list;
}
