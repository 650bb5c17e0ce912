#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <utility>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Where start-up time goes, phase by phase, for anyone timing the app from outside.
//
// Off by default; QT_LOGGING_RULES="assertdesk.startup.info=true" prints one line on stderr
// when main() ends, in milliseconds from the start of main() to each mark, e.g.
//   assertdesk.startup: phases ms: application 1.40 services 1.92 window 13.10 shown 14.50
//   first-paint 23.90 event-loop 24.10 teardown 26.80
// What happens before main() (loading and linking the libraries) and after it (unmapping them)
// is the wall time measured from outside less the last figure; tests/bench/run.sh prints both.
class StartupPhases final
{
public:
    StartupPhases();
    ~StartupPhases(); // marks "teardown" and prints the line
    StartupPhases(const StartupPhases &) = delete;
    StartupPhases &operator=(const StartupPhases &) = delete;

    // Records the time since construction under this name (the first mark of a name counts).
    void mark(const char *phase);

private:
    QElapsedTimer m_clock;
    std::vector<std::pair<const char *, qint64>> m_marks; // nanoseconds
};
