#pragma once

#include "PageCursor.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// One page to read from a table: which columns, in which order, after which row. Everything
// PageFetcher needs and nothing of the model, so a request can be handed to a worker thread.
struct PageRequest
{
    QString table;
    QStringList columns; // selected, in this order
    QString sortColumn;  // "id" or a column leading an index
    Qt::SortOrder order = Qt::AscendingOrder;
    bool sortColumnNullable = true; // false skips the NULL segment
    QString filter;                 // an SQL condition with ? placeholders, or empty
    QVariantList filterValues;      // bound to the filter's placeholders, in order
    PageCursor after;               // where the page starts; a default cursor: the first page
    int limit = 256;
    // Rows to skip first (after `after`, or from the start): a page in the middle of the order
    // when no neighbouring page's cursor is known. Costs a walk over the skipped index entries.
    qint64 offset = 0;
    quint64 generation = 0; // echoed in the Page: results of an older generation are stale
    // Also note the cursor after the first markAfter rows (Page::mark; 0: none): a page read
    // whole can then be handed over in two parts, the second continuing after the mark.
    int markAfter = 0;
};
