#include "ContactAttemptsModel.h"

ContactAttemptsModel::ContactAttemptsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("contact_attempts"), parent)
{
}
