#include "RolePermissionsModel.h"

RolePermissionsModel::RolePermissionsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("role_permissions"), parent)
{
}
