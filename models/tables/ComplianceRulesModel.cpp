#include "ComplianceRulesModel.h"

ComplianceRulesModel::ComplianceRulesModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("compliance_rules"), parent)
{
}
