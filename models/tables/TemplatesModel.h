#pragma once

#include "SqlTableModel.h"

// Model of the templates table. Message templates per type, channel and language, with their variable names.
// Its rules are the column types' (see SqlTableModel); it adds no row rules of its own.
class TemplatesModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit TemplatesModel(const Database& database, QObject* parent = nullptr);
};
