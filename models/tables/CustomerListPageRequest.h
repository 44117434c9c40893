#pragma once

#include "PageRequest.h"
#include "services/CustomerListFilter.h"

#include <QDate>
#include <QMetaType>

// One page of the customer list to read on the worker thread: page number `page` of the
// current order (rows page * size ...), read as `request` describes (its filter SQL is left to
// the fetcher, which writes `filter` as CustomerListQuery plans it). `reversed`: `request` runs
// in the opposite order (from the end, or backwards from the next page's first row) and the
// rows are turned round before they are returned. A plain value, copied between threads.
struct CustomerListPageRequest
{
    PageRequest request; // request.generation: the model's generation
    CustomerListFilter filter;
    int page = 0;
    bool reversed = false;
    QDate today; // what is overdue
};

Q_DECLARE_METATYPE(CustomerListPageRequest)
