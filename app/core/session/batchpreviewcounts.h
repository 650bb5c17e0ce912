#pragma once

#include "rowprediction.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace AssertDesk::Session {

// What a batch preview found, counted: every row it was given is exactly one of the five.
struct BatchPreviewCounts
{
    qint64 rows = 0;
    qint64 create = 0;
    qint64 update = 0;
    qint64 unchanged = 0;
    qint64 ambiguous = 0;
    qint64 unavailable = 0;
    int queries = 0;   // POST /contact/_query requests made: pages and retries after a 429 included
    int throttled = 0; // of those, the ones the server answered with 429
    qint64 msecs = 0;  // from start to the last row
    bool cancelled = false;

    void add(RowPrediction::Kind kind);
    // "Will create 120, update 100, ambiguous 2, unchanged 25, unavailable 3."
    QString sentence() const;
    // {"rows", "create", "update", "unchanged", "ambiguous", "unavailable", "queries", "throttled", "seconds",
    // "cancelled"}
    QJsonObject toJson() const;
    friend bool operator==(const BatchPreviewCounts &, const BatchPreviewCounts &) = default;
};

} // namespace AssertDesk::Session

Q_DECLARE_METATYPE(AssertDesk::Session::BatchPreviewCounts)
