#include "LlmCacheModel.h"

LlmCacheModel::LlmCacheModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("llm_cache"), parent)
{
}
