#pragma once

#include <QtGlobal>

#include <deque>

namespace AssertDesk::Session {

// What a server's 429 teaches about its pace. Until the first one there is none: requests go as
// fast as the workers send them. At a 429, the rows the server answered in the second before it
// said stop are what it allows a second; from then on requests leave evenly spaced at a little
// under that, so a batch settles just under the server's limit instead of running into it and
// waiting out a whole Retry-After (every worker idle) each time. Another 429 lowers the pace,
// once for all that come together; a while without one raises it a little, in case the limit was
// a passing one. Only 429s that come together (a server at its limit refuses every request
// until its second has passed) lower it freely: one alone is a busy moment or a fault, and undoes
// what probing added or takes a little off, never below nine tenths of what the last 429s that
// came together set (or, after the batch's first second, sets a first pace). Times are ms on
// one clock; no timers here (BatchRun waits).
class RatePacer final
{
public:
    static constexpr double kMargin = 0.97;        // of what the server allowed
    static constexpr qint64 kProbeEveryMs = 10000; // without a 429, the pace grows by 1 % this often
    static constexpr qint64 kSettleMs = 2000;      // 429s within this of a lowering are the same one
    static constexpr qint64 kTogetherMs = 250;     // two 429s this close: the server is at its limit
    static constexpr double kLoneFloor = 0.9;      // of the pace they set: the least lone 429s lower it to

    void answered(qint64 nowMs);  // a row's answer came (not a 429)
    void throttled(qint64 nowMs); // the server answered 429
    void started(qint64 nowMs);   // a row left
    // 0 when the next row may leave now; else how long it waits.
    qint64 waitMs(qint64 nowMs);
    // Rows a second; 0 while no 429 has been seen.
    double pace() const { return m_pace; }

private:
    void forget(qint64 nowMs);

    std::deque<qint64> m_answers; // of the last second
    double m_pace = 0;
    double m_next = 0; // when the next row may leave
    qint64 m_lastThrottle = 0;
    qint64 m_lastLowered = 0;
    std::deque<qint64> m_refusals; // the 429s of the last kTogetherMs
    double m_settled = 0;          // the pace as the last 429s set it, before any probing
    double m_floor = 0;            // the least lone 429s take it to
    qint64 m_lastLoneStep = 0;     // when a lone 429 last took a little off
    qint64 m_sendingFrom = -1;     // the batch's first row
    qint64 m_lastRefusal = -1;     // the last 429, together or alone
};

} // namespace AssertDesk::Session
