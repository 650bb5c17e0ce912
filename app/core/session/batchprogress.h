#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace AssertDesk::Session {

// How far a batch has come: rows done of the rows it sends, by outcome, and its pace over the
// last few seconds (so a throttle shows at once, and the time left follows the server's pace).
struct BatchProgress
{
    qint64 total = 0; // rows this run sends
    qint64 done = 0;
    qint64 succeeded = 0;
    qint64 rejected = 0;
    qint64 unknown = 0;
    qint64 notSent = 0; // refused before leaving, or cancelled before they left
    double rowsPerSecond = 0;
    qint64 secondsLeft = -1;  // -1 until a pace is known
    int throttledSeconds = 0; // > 0 while every worker waits for a 429's Retry-After
    double pacedAt = 0;       // rows a second kept to since a 429 (RatePacer); 0 when none
};

} // namespace AssertDesk::Session

Q_DECLARE_METATYPE(AssertDesk::Session::BatchProgress)
