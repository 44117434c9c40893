#pragma once

#include "SqlTableModel.h"

// Model of the agents table. The AI agents and their orchestrator: type, status, capabilities (text
// array) and JSON config.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class AgentsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit AgentsModel(const Database& database, QObject* parent = nullptr);
};
