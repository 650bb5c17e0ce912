#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace AssertDesk::Net {

// One wait shared by many calls: a batch's workers all send to one server, and a 429's
// Retry-After is that server's pace, not one request's. While it holds, no call that shares it
// starts a try; when it lets go, they all go on. A longer hold already in place is kept.
class Throttle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Throttle)

public:
    explicit Throttle(QObject *parent = nullptr);

    void holdFor(int seconds);
    bool isHeld() const { return m_timer.isActive(); }
    int secondsLeft() const;

Q_SIGNALS:
    // Every holdFor(): each 429, also those that come while a hold is in place.
    void asked(int seconds);
    // A hold began or grew longer.
    void held(int seconds);
    void released();

private:
    QTimer m_timer;
    QDeadlineTimer m_until;
};

} // namespace AssertDesk::Net
