#include "PasswordResetTokensModel.h"

PasswordResetTokensModel::PasswordResetTokensModel(const Database& database, QObject* parent)
    : SqlTableModel(database, catalogSpec("password_reset_tokens"), parent)
{
}
