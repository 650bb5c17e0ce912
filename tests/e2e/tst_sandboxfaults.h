#pragma once

#include "sandboxserver.h"

#include <QList>
#include <QObject>
#include <QString>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals, so moc only
// ever sees this header.
//
// A batch meets faults without asking for them (--fault-rate, seeded by --fault-seed) and a
// rate limit per key (--rate-limit). The fault counts over 1,000 asserts stay within reason of
// the rates, the same seed gives the same faults in the same places, "drop" writes nothing and
// "drop-after" writes and loses the answer, and two keys each get their own budget.
class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private:
    // Sends `count` asserts, each for a new address, one after another on a kept connection
    // (opened again after a drop); one outcome each: the status, or 0 for closed unanswered.
    static QList<int> run(AssertDesk::Sandbox::SandboxServer &server, int count, const QString &tag,
                          QStringList *dropped = nullptr);

private Q_SLOTS:
    void faultCountsFollowTheRates();
    void theSameSeedGivesTheSameFaults();
    void eachKeyHasItsOwnBudget();
};
