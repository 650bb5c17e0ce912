#include "ratepacer.h"

#include <algorithm>

namespace AssertDesk::Session {

void RatePacer::forget(qint64 nowMs)
{
    while (!m_answers.empty() && m_answers.front() <= nowMs - 1000)
        m_answers.pop_front();
}

void RatePacer::answered(qint64 nowMs)
{
    m_answers.push_back(nowMs);
    forget(nowMs);
}

void RatePacer::throttled(qint64 nowMs)
{
    forget(nowMs);
    m_next = double(nowMs);
    // A server at its limit refuses every request until its second has passed: the workers' 429s
    // come together. One alone is a busy moment or a fault: its Retry-After is waited out (the
    // Throttle), and the pace is left as it is, or 429s now and then would wear it down.
    while (!m_refusals.empty() && m_refusals.front() <= nowMs - kTogetherMs)
        m_refusals.pop_front();
    m_refusals.push_back(nowMs);
    const qint64 previous = m_lastRefusal;
    m_lastRefusal = nowMs;
    if (m_refusals.size() < 2) {
        // Alone, it may still be the limit met by a probe: the pace goes back to where it was set.
        // And one after a whole second of rows (none in the batch's first, none waiting out an
        // earlier Retry-After) is enough to learn a first pace from.
        if (m_pace > m_settled) {
            m_pace = m_settled;
            m_lastThrottle = nowMs;
        } else if (m_pace > 0 && nowMs - m_lastLowered >= kSettleMs && nowMs - m_lastLoneStep >= kSettleMs) {
            // A little lower, once a moment, for rows bunched at the limit (a busy machine lets
            // them leave late and together), but never below nine tenths of what the server
            // was seen to allow: 429s thrown in now and then must not wear the pace down.
            m_pace = std::max(m_pace * kMargin, m_floor);
            m_settled = m_pace;
            m_lastLoneStep = nowMs;
        }
        const bool wholeSecond
            = m_sendingFrom >= 0 && nowMs - m_sendingFrom >= 1000 && (previous < 0 || nowMs - previous >= kSettleMs);
        if (m_pace > 0 || !wholeSecond)
            return;
    }
    m_lastThrottle = nowMs;
    // Those of one moment are one answer: the pace just set has not been tried yet. (Two seconds
    // also put the wait for the last Retry-After out of the second counted here.)
    if (m_pace > 0 && nowMs - m_lastLowered < kSettleMs)
        return;
    m_lastLowered = nowMs;
    // At least one a second: a server that answered none still answers the row it throttled.
    const double allowed = std::max<double>(1.0, double(m_answers.size()) * kMargin);
    m_pace = m_pace > 0 ? std::min(m_pace * kMargin, allowed) : allowed;
    m_settled = m_pace;
    m_floor = m_pace * kLoneFloor;
}

void RatePacer::started(qint64 nowMs)
{
    if (m_sendingFrom < 0)
        m_sendingFrom = nowMs;
    if (m_pace <= 0)
        return;
    // A row that left a little late (timers tick in whole ms) does not push the next ones later:
    // the cadence holds. After a pause (a Retry-After, the workers busy) the cadence starts
    // again from now, with no burst to make up for it.
    const double gap = 1000.0 / m_pace;
    m_next = (double(nowMs) >= m_next + gap ? double(nowMs) : m_next) + gap;
}

qint64 RatePacer::waitMs(qint64 nowMs)
{
    if (m_pace <= 0)
        return 0;
    // Probing: the limit may have been a passing one.
    if (nowMs - m_lastThrottle >= kProbeEveryMs) {
        m_pace *= 1.01;
        m_lastThrottle = nowMs;
    }
    const double wait = m_next - double(nowMs);
    return wait <= 0 ? 0 : qint64(wait + 0.999);
}

} // namespace AssertDesk::Session
