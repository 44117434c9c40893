#pragma once

#include "SqlTableModel.h"

// Model of the users table: staff accounts. Emails are stored lower-case (the Email column type
// does it); password hashes are Secret columns: never shown, only replaced (by the password service).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class UsersModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit UsersModel(const Database& database, QObject* parent = nullptr);
};
