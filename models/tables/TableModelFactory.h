#pragma once

#include <QString>

class Database;
class QAbstractItemModel;
class QObject;

// Creates the model class that belongs to a table, for browsing in generic views: the paged
// model for large tables, the table's QSqlTableModel-based class otherwise. Returns nullptr
// and sets *error when the table is unknown or cannot be read.
class TableModelFactory
{
public:
    static QAbstractItemModel* createBrowseModel(const Database& database, const QString& table, QObject* parent,
                                                 QString* error = nullptr);
};
