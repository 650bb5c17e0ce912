#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace AssertDesk::Session {

// Turns SIGTERM, SIGINT and SIGHUP into a call on the event loop, where anything may be done:
// the window closes as if the user closed it (its state saved, the history closed and its lock
// released, the sandbox child stopped); a command-line batch cancels (no new row starts) and, on
// a second signal, ends at once. A signal handler may do almost nothing, so it only writes a byte
// to a socket that the event loop watches (the self-pipe pattern). One at a time per process.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(std::function<void(int signal)> quit, QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // From now on a second signal ends the process at once, in the handler itself, so that an
    // event loop that is busy or waiting cannot hold it back: `note` goes to standard error, then
    // the signal's default action (the process ends as killed by it).
    void setSecondSignalEndsAtOnce(const QByteArray &note);

private:
    std::function<void(int)> m_quit;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace AssertDesk::Session
