#include "EmailSuppressionsModel.h"

EmailSuppressionsModel::EmailSuppressionsModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("email_suppressions"), parent)
{
}
