#pragma once

#include "services/AccessContext.h"

#include <QString>

class Database;
class QAbstractItemModel;
class QObject;
class SqlTableModel;

// Creates the model class that belongs to a table. Browsing in generic views: the paged
// model for large tables, the table's own SqlTableModel class otherwise. Editing: always the
// table's own class. Every model acts for the given AccessContext (permission checks, audit).
class TableModelFactory
{
public:
    // Selected and ready to show. Returns nullptr and sets *error when the table is unknown or
    // cannot be read (including: the context's role may not read it; *error then says so).
    static QAbstractItemModel* createBrowseModel(const Database& database, const AccessContextPtr& access,
                                                 const QString& table, QObject* parent, QString* error = nullptr);
    // The table's own model class (UsersModel for "users", ...), acting for `access`, not selected
    // yet (set a filter first for large tables). nullptr for an unknown table.
    static SqlTableModel* createTableModel(const Database& database, const AccessContextPtr& access,
                                           const QString& table, QObject* parent);
};
