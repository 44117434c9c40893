#pragma once

#include "SqlTableModel.h"

// Model of the tasks table: the agents' work queue. Row rule: priority 1 (highest) .. 5.
class TasksModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit TasksModel(const Database& database, QObject* parent = nullptr);

    QString validateRow(int row) const override;
};
