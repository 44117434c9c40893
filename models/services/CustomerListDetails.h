#pragma once

#include "tables/CustomerListRow.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// Reads the customer list's computed columns for one page of customers: the profile's risk
// level, do-not-contact flag and active holds, and the unpaid balances per currency
// (CustomerListQuery::profilesQuery and balancesQuery: two grouped queries per MaxIdsPerQuery
// customers, whatever the table's size). Shared by the list (CustomerListFetcher) and its CSV
// export (CustomerListExport), so both show the same figures. Checks no permission (its callers
// do) and runs on the thread that owns the database.
class CustomerListDetails
{
public:
    // Ids bound per query (an export's page holds thousands of customers).
    static constexpr int MaxIdsPerQuery = 1000;

    // Fills riskLevel, doNotContact, holds (CustomerListQuery::holdKinds order), outstanding and
    // overdue (one Money per currency whose amount is not zero, in currency order; overdue: due
    // before `today`) of each row, found by its id. A customer without a profile keeps an empty
    // risk level, no do-not-contact and no holds. False with *error when a query failed.
    static bool add(const Database& database, QList<CustomerListRow>* rows, const QDate& today, QString* error);

private:
    static bool addChunk(const Database& database, QList<CustomerListRow>* rows, qsizetype first, qsizetype count,
                         const QDate& today, QString* error);
};
