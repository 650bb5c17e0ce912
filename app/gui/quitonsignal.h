#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace AssertDesk {

// Turns SIGTERM, SIGINT and SIGHUP into an orderly quit on the event loop: the window closes as
// if the user closed it (its state is saved), the history is closed and its lock released, the
// sandbox child is stopped. A signal handler may do almost nothing, so it only writes a byte to a
// socket that the event loop watches (the self-pipe pattern).
class QuitOnSignal final : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(std::function<void(int signal)> quit, QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    std::function<void(int)> m_quit;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace AssertDesk
