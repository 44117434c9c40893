#include "UserSessionsModel.h"

UserSessionsModel::UserSessionsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("user_sessions"), parent)
{
}
