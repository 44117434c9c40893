#pragma once

#include "SqlTableModel.h"

// Model of the role_permissions table. Role-based grants (role, resource, action); "*" is a wildcard
// for resource or action.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class RolePermissionsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit RolePermissionsModel(const Database& database, QObject* parent = nullptr);
};
