#pragma once

#include "PageCursor.h"

#include <QList>
#include <QString>
#include <QVariantList>

// The answer to a PageRequest: up to `limit` rows (the stored values of the requested columns)
// and the cursor for the page after them.
struct Page
{
    quint64 generation = 0;
    QList<QVariantList> rows;
    PageCursor next;
    // The position of the first row read (hasKey false without rows). Read in the opposite order
    // after this cursor, the rows before this page come back: how a page read from the end of the
    // order is continued towards its start.
    PageCursor first;
    // After the first PageRequest::markAfter rows, if that many were read: reading on from it
    // gives the rows after them (hasKey false otherwise).
    PageCursor mark;
    bool atEnd = false; // no rows after these
    // The read stopped at PageFetcher's walk budget with fewer rows than asked for: `rows` are
    // the first ones and `next` follows them, but rows after the budget were not looked at.
    bool walkCut = false;
    QString error; // set when the query failed; rows are then empty
};
