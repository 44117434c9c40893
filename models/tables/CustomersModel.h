#pragma once

#include "SqlTableModel.h"

// Model of the customers table. Debtors: contact details (email, E.164 phone), time zones and rule pack.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class CustomersModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit CustomersModel(const Database& database, QObject* parent = nullptr);
};
