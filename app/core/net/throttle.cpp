#include "throttle.h"

#include <limits>

namespace AssertDesk::Net {

Throttle::Throttle(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire early, and a server counts Retry-After to the millisecond.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Throttle::released);
}

void Throttle::holdFor(int seconds)
{
    Q_EMIT asked(seconds);
    if (seconds <= 0)
        return;
    const QDeadlineTimer until(qint64(seconds) * 1000, Qt::PreciseTimer);
    if (isHeld() && m_until.deadline() >= until.deadline())
        return;
    m_until = until;
    m_timer.start(int(qMin<qint64>(until.remainingTime(), std::numeric_limits<int>::max())));
    Q_EMIT held(seconds);
}

int Throttle::secondsLeft() const
{
    return isHeld() ? int((m_until.remainingTime() + 999) / 1000) : 0;
}

} // namespace AssertDesk::Net
