#pragma once

#include "SqlTableModel.h"

// Model of the email_deliveries table. One row per email sent, with its delivery and engagement timeline and retries.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class EmailDeliveriesModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit EmailDeliveriesModel(const Database& database, QObject* parent = nullptr);
};
