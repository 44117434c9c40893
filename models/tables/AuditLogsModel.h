#pragma once

#include "SqlTableModel.h"

// Model of the audit_logs table: the append-only audit trail. Rows are added by
// log_audit_event (services, AuditTrail), never through a model: every edit, insert and delete
// is refused here with a message whatever the role (even admin's "*" grant), as the database's
// triggers refuse UPDATE and DELETE. Reading needs "read" on audit_logs (SqlTableModel::select).
class AuditLogsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit AuditLogsModel(const Database& database, QObject* parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    QString validateRow(int row) const override;

private:
    bool refuseChange(int row, int column);
};
