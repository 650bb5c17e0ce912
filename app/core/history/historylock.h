#pragma once

#include <QLockFile>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace AssertDesk::History {

// The history's one-writer lock, waited for rather than tried once. A command-line send holds it
// for the second or two its send takes, so parallel sends queue behind one another; the window
// holds it for as long as it runs, so a second window gives up soon and opens the history
// read-only. Whoever gives up is told who holds it.
class HistoryLock final
{
public:
    struct Patience
    {
        // How long to wait for one holder that is a command (assertdesk-cli): it is done soon.
        std::chrono::milliseconds forCommand {10000};
        // How long to wait for any other holder (a window): it may be closing, else it stays.
        std::chrono::milliseconds forOther {1500};
        // However often the holder changes, never longer than this in all.
        std::chrono::milliseconds total {60000};
    };

    explicit HistoryLock(QString path);
    ~HistoryLock();
    HistoryLock(const HistoryLock &) = delete;
    HistoryLock &operator=(const HistoryLock &) = delete;

    // True once this process holds the lock. `waiting` is called once, when the wait has lasted a
    // second, with the holder as describeHolder() says it.
    bool acquire(const Patience &patience, const std::function<void(const QString &holder)> &waiting = {});
    // The lock found on the way in belonged to a process that is gone (a crash or a kill).
    bool leftByACrash() const { return m_leftByACrash; }
    // Who held the lock when acquire() gave up, as a person reads it.
    QString holder() const { return m_holder; }

private:
    struct Holder
    {
        qint64 pid = 0;
        QString app;
        QString host;
        bool operator==(const Holder &) const = default;
    };
    Holder currentHolder() const;
    static QString describe(const Holder &holder);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_leftByACrash = false;
    QString m_holder;
};

} // namespace AssertDesk::History
