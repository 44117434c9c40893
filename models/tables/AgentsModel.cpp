#include "AgentsModel.h"

AgentsModel::AgentsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("agents"), parent)
{
}
