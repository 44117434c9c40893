#include "EmailLinksModel.h"

EmailLinksModel::EmailLinksModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("email_links"), parent)
{
}
