#include "EmailDeliveriesModel.h"

EmailDeliveriesModel::EmailDeliveriesModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("email_deliveries"), parent)
{
}
