#pragma once

#include <QVariant>

// Where the next page of a keyset-paged query starts: just after the row (key, id) inside one
// segment of the sort order. Rows with a NULL sort key form a segment of their own (see
// PageFetcher), so a cursor also says which segment it is in. A plain value: it travels
// between the model and the fetcher (and later between threads) by copy.
struct PageCursor
{
    enum class Segment
    {
        All,    // sorting by id: a single segment
        Values, // rows whose sort key is set, ordered by (key, id)
        Nulls,  // rows whose sort key is NULL, ordered by id
        End     // nothing more
    };

    Segment segment = Segment::All;
    bool hasKey = false; // false: from the start of the segment
    QVariant key;        // the last row's sort key, exactly as the database compares it
    qint64 id = 0;       // the last row's id: the tie-breaker that makes the order total
};
