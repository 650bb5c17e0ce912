#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace AssertDesk::Sandbox {

// --rate-limit N: each key may make N requests in any second; the one after is refused with
// the seconds until its oldest request in the window leaves it. Keys do not share a budget;
// requests with no key, or one the sandbox does not know, share one budget among themselves
// (so made-up keys cannot grow the table).
class KeyRateLimiter final
{
public:
    explicit KeyRateLimiter(int perSecond);

    // Empty when the request may go ahead (and is counted); otherwise Retry-After in seconds.
    std::optional<int> admit(const QString &bucket);
    int perSecond() const { return m_perSecond; }

private:
    int m_perSecond = 0;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_recent; // per bucket, request times within the last second
};

} // namespace AssertDesk::Sandbox
