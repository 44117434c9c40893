#include "AuditLogsModel.h"

AuditLogsModel::AuditLogsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("audit_logs"), parent)
{
}

bool AuditLogsModel::refuseChange(int row, int column)
{
    return refuse(row, column, tr("The audit log is append-only: its entries cannot be changed or deleted."));
}

Qt::ItemFlags AuditLogsModel::flags(const QModelIndex& index) const
{
    return SqlTableModel::flags(index) & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
}

bool AuditLogsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Q_UNUSED(value);
    Q_UNUSED(role);
    return refuseChange(index.row(), index.column());
}

bool AuditLogsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    Q_UNUSED(count);
    Q_UNUSED(parent);
    return refuseChange(row, -1);
}

bool AuditLogsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    Q_UNUSED(count);
    Q_UNUSED(parent);
    return refuseChange(row, -1);
}

QString AuditLogsModel::validateRow(int row) const
{
    Q_UNUSED(row);
    return tr("The audit log is append-only: its entries cannot be changed or deleted.");
}
