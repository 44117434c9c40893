#include "SystemMetricsModel.h"

SystemMetricsModel::SystemMetricsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("system_metrics"), parent)
{
}
