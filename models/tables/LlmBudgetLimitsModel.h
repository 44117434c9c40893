#pragma once

#include "SqlTableModel.h"

// Model of the llm_budget_limits table: LLM spending caps per scope and period. Row rules:
// alert_threshold_pct within 1..100; scope_ref (an id or provider name) set exactly when the
// scope is not 'global' (the schema's CHECK, reported before the database refuses it).
class LlmBudgetLimitsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit LlmBudgetLimitsModel(const Database& database, QObject* parent = nullptr);

    QString validateRow(int row) const override;
};
