#pragma once

#include "SqlTableModel.h"

// Model of the email_bounces table. Bounce and complaint notifications (a log).
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class EmailBouncesModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit EmailBouncesModel(const Database& database, QObject* parent = nullptr);
};
