#pragma once

#include "quitonsignal.h"

#include <QPointer>

namespace AssertDesk::Session {
class BatchRun;
}

namespace AssertDesk::Cli {

// Ctrl-C (SIGINT), SIGTERM or SIGHUP while a batch sends: the first cancels it (no new row
// starts, rows under way finish or end unknown, and the batch ends "cancelled" with its results
// and summary); the second ends the process at once, as a crash would, and the batch reads
// interrupted. Lives from the batch's record to its report, so a signal at any point in between
// is a cancel rather than a crash.
class BatchStop final
{
public:
    BatchStop();
    BatchStop(const BatchStop &) = delete;
    BatchStop &operator=(const BatchStop &) = delete;

    // The run a first signal cancels (null once it ended); cancelled at once when a stop was
    // asked before it started.
    void watch(Session::BatchRun *run);
    bool asked() const { return m_signals > 0; }

private:
    void onSignal();

    Session::QuitOnSignal m_quit;
    QPointer<Session::BatchRun> m_run;
    int m_signals = 0;
};

} // namespace AssertDesk::Cli
