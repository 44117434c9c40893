#pragma once

#include "SqlTableModel.h"

// Model of the llm_usage_logs table. One row per LLM call: tokens, cost in micro money, latency, cache hits (a log).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class LlmUsageLogsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit LlmUsageLogsModel(const Database& database, QObject* parent = nullptr);
};
