#pragma once

#include "processrunner.h"

#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// Declared apart from its definitions, as the other CLI tests are: moc only ever sees this header.
class TestCliBatchSend final : public QObject
{
    Q_OBJECT

private:
    // The sandbox executable, its log of every request it answered kept in a file (the count of
    // what reached it), with its own options for each test.
    struct Sandbox
    {
        QProcess process;
        QString log;
        QString base;
        ~Sandbox();
    };
    std::unique_ptr<Sandbox> startSandbox(const QStringList &options, bool readOnlyKey = false);
    // Asserts the sandbox answered, other than 429s.
    static int assertsServed(const Sandbox &sandbox);
    QProcessEnvironment env(bool withKey = true) const;
    AssertDesk::Test::ProcessResult cli(QStringList args, bool withKey = true) const;
    void addProfile(const QString &base);
    static QList<QStringList> readCsv(const QString &path);
    static QString data(const char *name); // a file of tests/data/batch
    // The contacts the sandbox holds for an address, read with the test's own key.
    static QJsonArray contactsWith(const QString &base, const QString &address);
    // `batch ARGS --profile Local` started, owned by the test; its first line the batch id.
    QProcess *startBatch(const QStringList &args);
    static QString batchIdOf(QProcess &batch);

    QTemporaryDir m_home;
    int m_sandboxes = 0;

private Q_SLOTS:
    void aMessyFileMeetsThrottlesAndFaultsAndEveryRowIsAccountedFor();
    void killedMidwayAndResumedNothingIsSentTwice();
    void invalidRowsStopTheBatchAndAKeyIsNeeded();
    void everyRowSucceededExitsZeroAndRetryWritesTheFailedRows();
    void rejectedRowsExitThreeAndAreWrittenForARetry();
    void landedRowsCarryTheContactTheReadBackFound();
    void rowsThatNeverLandedAreToldNoContactHasTheAddress();
    void anUnwritableResultsPathStopsTheBatchBeforeSending();
    void formulaCellsAndInvalidRowsReadSafelyInTheResults();
    void aHeldHistoryExitsSevenAndAFileWithoutRowsSendsNothing();
    void aKilledBatchReadsInterruptedNotSending();
    void theHistoryNamesEachRowsBatchRowAndLine();
    void resultsThatCannotBeWrittenAtTheEndExitSeven();
    // tst_clibatchsend_stop.cpp
    void aSignalCancelsTheBatchAndEveryRowIsAccountedFor_data();
    void aSignalCancelsTheBatchAndEveryRowIsAccountedFor();
    void aSecondSignalEndsAtOnceAndTheBatchReadsInterrupted();
    void aCancelWaitsForTheRowOnTheWireUntilItsDeadline();
    void earlyStopsStillWriteTheResults();
    void statusTellsASendingBatchFromAKilledOne();
};
