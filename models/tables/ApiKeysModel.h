#pragma once

#include "SqlTableModel.h"

// Model of the api_keys table. API keys for the agents' backend: name, shown prefix, scopes and rate
// limit; the key hash is masked.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class ApiKeysModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit ApiKeysModel(const Database& database, QObject* parent = nullptr);
};
