#include "CustomersModel.h"

CustomersModel::CustomersModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("customers"), parent)
{
}
