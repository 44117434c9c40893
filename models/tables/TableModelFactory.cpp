#include "TableModelFactory.h"

#include "TableCatalog.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlTableModel>

// Temporary: a plain QSqlTableModel until the per-table model classes land.
QAbstractItemModel* TableModelFactory::createBrowseModel(const Database& database, const QString& table,
                                                         QObject* parent, QString* error)
{
    if (!TableCatalog::find(table)) {
        if (error)
            *error = QCoreApplication::translate("TableModelFactory", "Unknown table %1.").arg(table);
        return nullptr;
    }
    auto* model = new QSqlTableModel(parent, database.connection());
    model->setTable(table);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    if (!model->select()) {
        if (error)
            *error = model->lastError().text();
        delete model;
        return nullptr;
    }
    return model;
}
