#include "UsersModel.h"

UsersModel::UsersModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("users"), parent)
{
}
