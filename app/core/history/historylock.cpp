#include "historylock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace AssertDesk::History {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLock)
};

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid)
    return false;
#endif
}

// The command-line tool's application name: its commands end by themselves, so they are waited for.
const QLatin1String kCommandApp("assertdesk-cli");

} // namespace

HistoryLock::HistoryLock(QString path)
    : m_path(std::move(path))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
}

HistoryLock::~HistoryLock() = default;

HistoryLock::Holder HistoryLock::currentHolder() const
{
    Holder h;
    QLockFile(m_path).getLockInfo(&h.pid, &h.host, &h.app);
    return h;
}

QString HistoryLock::describe(const Holder &holder)
{
    if (holder.pid <= 0)
        return Tr::tr("another Assert Desk");
    const QString who = holder.app == kCommandApp   ? Tr::tr("an assertdesk-cli command")
        : holder.app == QLatin1String("assertdesk") ? Tr::tr("the Assert Desk window")
        : holder.app.isEmpty()                      ? Tr::tr("another Assert Desk")
                                                    : holder.app;
    if (!holder.host.isEmpty() && holder.host != QSysInfo::machineHostName())
        return Tr::tr("%1 (process %2 on %3)").arg(who).arg(holder.pid).arg(holder.host);
    return Tr::tr("%1 (process %2)").arg(who).arg(holder.pid);
}

bool HistoryLock::acquire(const Patience &patience, const std::function<void(const QString &)> &waiting)
{
    const Holder first = currentHolder();
    m_leftByACrash = QFile::exists(m_path) && processIsGone(first.pid);
    const QDeadlineTimer overall(patience.total);
    QElapsedTimer waited;
    waited.start();
    QElapsedTimer sameHolder;
    sameHolder.start();
    Holder holder = first;
    bool said = false;
    for (;;) {
        if (m_lock->tryLock(0))
            return true;
        const Holder now = currentHolder();
        if (!(now == holder)) {
            holder = now; // the queue moved: this holder gets its own patience
            sameHolder.restart();
        }
        const auto patienceNow = holder.app == kCommandApp ? patience.forCommand : patience.forOther;
        if (overall.hasExpired() || sameHolder.elapsed() >= patienceNow.count()) {
            m_holder = describe(holder);
            return false;
        }
        if (!said && waited.elapsed() >= 1000 && waiting) {
            said = true;
            waiting(describe(holder));
        }
        QThread::msleep(20);
    }
}

} // namespace AssertDesk::History
