#pragma once

#include "SqlTableModel.h"

// Model of the llm_cache table. Cached LLM responses by key, with hit counts and expiry.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class LlmCacheModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit LlmCacheModel(const Database& database, QObject* parent = nullptr);
};
