#include "TasksModel.h"

TasksModel::TasksModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("tasks"), parent)
{
}

QString TasksModel::validateRow(int row) const
{
    const QVariant priority = storedValue(row, QStringLiteral("priority"));
    if (!priority.isNull() && (priority.toLongLong() < 1 || priority.toLongLong() > 5))
        return tr("%1 must be between 1 (highest) and 5.").arg(columnTitle(QStringLiteral("priority")));
    return QString();
}
