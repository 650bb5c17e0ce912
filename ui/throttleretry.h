#pragma once

#include <QDateTime>
#include <QPushButton>
#include <QTimer>

namespace AssertDesk::Ui {

// In the outcome banner of a throttled send (HTTP 429, given up on): the way to send the request
// again. Off, counting down, until the time the server gave, then on; it never sends by itself,
// only when pressed. When the server gave no usable time, it is on at once and says so. The
// window withdraws it once the request, the profile or the answer on screen changes.
class ThrottleRetry final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThrottleRetry)

public:
    explicit ThrottleRetry(QWidget *parent = nullptr);

    // The server allows a new try from `retryAt`; invalid: it gave no time that can be used.
    void offer(const QDateTime &retryAt);
    void withdraw();
    bool isOffered() const { return m_offered; }

Q_SIGNALS:
    // Pressed while on: send the request again (it is withdrawn first; one press, one send).
    void retryRequested();

private:
    void refresh();

    QTimer m_tick;
    QDateTime m_retryAt;
    bool m_offered = false;
};

} // namespace AssertDesk::Ui
