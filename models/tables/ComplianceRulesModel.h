#pragma once

#include "SqlTableModel.h"

// Model of the compliance_rules table. The rule packs' rules: type, JSON condition, action and priority.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class ComplianceRulesModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit ComplianceRulesModel(const Database& database, QObject* parent = nullptr);
};
