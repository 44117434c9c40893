#pragma once

#include <QString>
#include <Qt>

// The order of the customer list, and so of its CSV export (CustomerListExport): a customers
// column the list can sort by (one leading an index: company_name, email; see
// CustomerListExport::sortableColumns) or the id, ties broken by the id; customers without a
// value (NULL) come last ascending and first descending, as PageFetcher reads them. A plain value.
struct CustomerListSort
{
    QString column; // empty or "id": id order
    Qt::SortOrder order = Qt::AscendingOrder;

    bool isIdOrder() const { return column.isEmpty() || column == QLatin1String("id"); }
    bool operator==(const CustomerListSort& other) const = default;
};
