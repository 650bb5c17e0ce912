#include "historyreport.h"

#include "commands.h"
#include "output.h"

namespace AssertDesk::Cli {

HistoryReport::HistoryReport(History::HistoryStore &store)
    : m_store(store)
{
}

void HistoryReport::printNew()
{
    const QStringList notices = m_store.notices();
    for (qsizetype i = m_shown; i < notices.size(); ++i)
        printErr(notices.at(i) + QLatin1Char('\n'));
    m_shown = notices.size();
}

int HistoryReport::finish(const QString &command, const History::Unreadable &missed)
{
    if (missed.any()) {
        printErr(QStringLiteral("history %1: %2\n").arg(command, missed.reason));
        printErr(missed.rows < 0 ? QStringLiteral("history %1: some entries could not be read, and how many cannot be "
                                                  "told; they are not in what was shown.\n")
                                       .arg(command)
                                 : QStringLiteral("history %1: %2 entries could not be read and are not in what was "
                                                  "shown.\n")
                                       .arg(command)
                                       .arg(missed.rows));
    }
    QString error;
    if (!m_store.setAsideIfDamaged(&error))
        printErr(QStringLiteral("history: %1\n").arg(error));
    printNew();
    return missed.any() || m_store.openedWithTrouble() ? ExitHistory : ExitOk;
}

} // namespace AssertDesk::Cli
