#pragma once

#include "SqlTableModel.h"

// Model of the email_links table. Tracked links inside delivered emails and their click counts.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class EmailLinksModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit EmailLinksModel(const Database& database, QObject* parent = nullptr);
};
