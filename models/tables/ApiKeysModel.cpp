#include "ApiKeysModel.h"

ApiKeysModel::ApiKeysModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("api_keys"), parent)
{
}
