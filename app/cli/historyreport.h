#pragma once

#include "historystore.h"

#include <QString>

namespace AssertDesk::Cli {

// What the history said goes to standard error as it says it; damage, an emptied or vanished
// history and entries that could not be read make a history command end with ExitHistory.
class HistoryReport final
{
public:
    explicit HistoryReport(History::HistoryStore &store);

    // Prints the store's notices not printed yet.
    void printNew();
    // After a read: says what it left out, moves a damaged file aside when this process may, and
    // gives the exit code.
    int finish(const QString &command, const History::Unreadable &missed);

private:
    History::HistoryStore &m_store;
    qsizetype m_shown = 0;
};

} // namespace AssertDesk::Cli
