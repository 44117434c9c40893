#include "CustomerListDetails.h"

#include "CustomerListQuery.h"
#include "db/Database.h"
#include "db/SqlCall.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

// Forward only: each result is read once, front to back.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    query.setForwardOnly(true);
    return SqlCall::run(query, sql, values, error);
}

} // namespace

bool CustomerListDetails::add(const Database& database, QList<CustomerListRow>* rows, const QDate& today,
                              QString* error)
{
    for (qsizetype first = 0; first < rows->size(); first += MaxIdsPerQuery) {
        const qsizetype count = std::min<qsizetype>(MaxIdsPerQuery, rows->size() - first);
        if (!addChunk(database, rows, first, count, today, error))
            return false;
    }
    return true;
}

bool CustomerListDetails::addChunk(const Database& database, QList<CustomerListRow>* rows, qsizetype first,
                                   qsizetype count, const QDate& today, QString* error)
{
    QList<qint64> ids;
    QHash<qint64, qsizetype> position;
    for (qsizetype i = first; i < first + count; ++i) {
        ids << rows->at(i).id;
        position.insert(rows->at(i).id, i);
    }
    const Dialect& dialect = database.dialect();
    const CustomerListQuery::Condition profileRows = CustomerListQuery::profilesQuery(ids, dialect);
    QSqlQuery profiles(database.connection());
    if (!run(profiles, profileRows.sql, profileRows.values, error))
        return false;
    const QStringList holdKinds = CustomerListQuery::holdKinds();
    while (profiles.next()) {
        const auto found = position.constFind(profiles.value(0).toLongLong());
        if (found == position.constEnd())
            continue;
        CustomerListRow& row = (*rows)[*found];
        row.riskLevel = profiles.value(1).toString();
        row.doNotContact = profiles.value(2).toBool();
        for (int h = 0; h < holdKinds.size(); ++h) {
            if (profiles.value(3 + h).toInt() != 0)
                row.holds << holdKinds.at(h);
        }
    }
    if (profiles.lastError().isValid()) {
        *error = profiles.lastError().text();
        return false;
    }

    const CustomerListQuery::Condition balances = CustomerListQuery::balancesQuery(ids, dialect, today);
    QSqlQuery sums(database.connection());
    if (!run(sums, balances.sql, balances.values, error))
        return false;
    while (sums.next()) {
        const auto found = position.constFind(sums.value(0).toLongLong());
        if (found == position.constEnd())
            continue;
        CustomerListRow& row = (*rows)[*found];
        const QString currency = sums.value(1).toString();
        const Money outstanding = dialect.moneyFromSql(sums.value(2), currency);
        const Money overdue = dialect.moneyFromSql(sums.value(3), currency);
        if (outstanding.minorUnits() != 0)
            row.outstanding << outstanding;
        if (overdue.minorUnits() != 0)
            row.overdue << overdue;
    }
    if (sums.lastError().isValid()) {
        *error = sums.lastError().text();
        return false;
    }
    return true;
}
