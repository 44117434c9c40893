#pragma once

#include "SqlTableModel.h"

// Model of the system_metrics table. Time series of numeric measurements with JSON dimensions (a log).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class SystemMetricsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit SystemMetricsModel(const Database& database, QObject* parent = nullptr);
};
