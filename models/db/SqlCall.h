#pragma once

#include <QString>
#include <QVariantList>

class QSqlQuery;

// The two lines every service writes around a statement: prepare, bind in order, execute and
// report the driver's error; and "set the error text and answer false".
class SqlCall
{
public:
    // Prepares `sql` on `query`, binds `params` in order (? placeholders) and executes it.
    // On failure returns false and, when `error` is given, the driver's message.
    static bool run(QSqlQuery& query, const QString& sql, const QVariantList& params, QString* error);

    // Sets *error (when given) to `message` and returns false, for `return SqlCall::fail(...)`.
    static bool fail(QString* error, const QString& message);
};
