#pragma once

#include "SqlTableModel.h"

// Model of the opt_outs table. Channel opt-outs of a customer; active while not revoked.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class OptOutsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit OptOutsModel(const Database& database, QObject* parent = nullptr);
};
