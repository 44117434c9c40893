#pragma once

#include "SqlTableModel.h"

// Model of the email_suppressions table. Addresses never to email; stored lower-case (the Email column type does it).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class EmailSuppressionsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit EmailSuppressionsModel(const Database& database, QObject* parent = nullptr);
};
