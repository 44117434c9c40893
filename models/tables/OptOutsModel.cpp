#include "OptOutsModel.h"

OptOutsModel::OptOutsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("opt_outs"), parent)
{
}
