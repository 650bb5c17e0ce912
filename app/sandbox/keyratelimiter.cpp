#include "keyratelimiter.h"

namespace AssertDesk::Sandbox {

KeyRateLimiter::KeyRateLimiter(int perSecond)
    : m_perSecond(perSecond)
{
    m_clock.start();
}

std::optional<int> KeyRateLimiter::admit(const QString &bucket)
{
    if (m_perSecond <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    QList<qint64> &recent = m_recent[bucket];
    while (!recent.isEmpty() && recent.first() <= now - 1000)
        recent.removeFirst();
    if (recent.size() >= m_perSecond) {
        const qint64 waitMs = recent.first() + 1000 - now;
        return int(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    recent.append(now);
    return std::nullopt;
}

} // namespace AssertDesk::Sandbox
