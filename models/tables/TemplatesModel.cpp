#include "TemplatesModel.h"

TemplatesModel::TemplatesModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("templates"), parent)
{
}
