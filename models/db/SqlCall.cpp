#include "SqlCall.h"

#include <QSqlError>
#include <QSqlQuery>

bool SqlCall::run(QSqlQuery& query, const QString& sql, const QVariantList& params, QString* error)
{
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& param : params)
            query.addBindValue(param);
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

bool SqlCall::fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
