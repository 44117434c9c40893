#pragma once

#include "SqlTableModel.h"

// Model of the password_reset_tokens table. Password reset tokens (hashed, shown masked) and when they were used.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class PasswordResetTokensModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit PasswordResetTokensModel(const Database& database, QObject* parent = nullptr);
};
