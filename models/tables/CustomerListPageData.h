#pragma once

#include "CustomerListRow.h"
#include "PageCursor.h"

#include <QMetaType>

// The answer to a CustomerListPageRequest, rows in list order. `head` continues towards the
// start of the list (read in the opposite order after it), `tail` towards the end.
struct CustomerListPageData
{
    quint64 generation = 0;
    int page = 0;
    QList<CustomerListRow> rows;
    PageCursor head;
    PageCursor tail;
    bool atEnd = false; // read forwards and nothing follows
    QString error;      // set when a query failed; rows are then empty
    bool walkCut = false; // CustomerListFetcher only: the read stopped at its walk budget
};

Q_DECLARE_METATYPE(CustomerListPageData)
