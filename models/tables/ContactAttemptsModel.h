#pragma once

#include "SqlTableModel.h"

// Model of the contact_attempts table. Every contact made or received with a customer (a log: rows are
// added, rarely changed).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class ContactAttemptsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit ContactAttemptsModel(const Database& database, QObject* parent = nullptr);
};
