#include "LlmUsageLogsModel.h"

LlmUsageLogsModel::LlmUsageLogsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("llm_usage_logs"), parent)
{
}
