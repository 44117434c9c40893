#include "EmailBouncesModel.h"

EmailBouncesModel::EmailBouncesModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("email_bounces"), parent)
{
}
