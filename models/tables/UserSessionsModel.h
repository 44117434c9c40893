#pragma once

#include "SqlTableModel.h"

// Model of the user_sessions table. Sign-in sessions. The token column holds a hash and is shown masked.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class UserSessionsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit UserSessionsModel(const Database& database, QObject* parent = nullptr);
};
