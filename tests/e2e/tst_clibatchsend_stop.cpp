#include "tst_clibatchsend.h"

#include "hostileserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTest>

#include <algorithm>
#include <csignal>

// How a batch stops before its end, as a person meets it: Ctrl-C or a SIGTERM cancels it (a
// second one ends it at once), an early stop still writes the results, and status tells a batch
// really sending from one whose process is gone while something else holds the history.
using namespace AssertDesk::Test;

namespace {

// The summary's "name\tcount" lines as printed on standard output.
QHash<QString, int> textCounts(const QString &out)
{
    QHash<QString, int> counts;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        bool ok = false;
        const int n = cells.value(1).toInt(&ok);
        if (cells.size() == 2 && ok)
            counts.insert(cells.first(), n);
    }
    return counts;
}

} // namespace

QProcess *TestCliBatchSend::startBatch(const QStringList &args)
{
    auto *batch = new QProcess(this);
    batch->setProcessEnvironment(env());
    batch->start(QStringLiteral(ASSERTDESK_CLI_EXE),
                 QStringList {QStringLiteral("batch")} + args
                     + QStringList {QStringLiteral("--profile"), QStringLiteral("Local")});
    return batch;
}

QString TestCliBatchSend::batchIdOf(QProcess &batch)
{
    if (!batch.waitForStarted())
        return {};
    QElapsedTimer t;
    t.start();
    while (!batch.canReadLine() && t.elapsed() < 20000)
        QTest::qWait(20);
    return QString::fromUtf8(batch.readLine()).trimmed().mid(6);
}

void TestCliBatchSend::aSignalCancelsTheBatchAndEveryRowIsAccountedFor_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("Ctrl-C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestCliBatchSend::aSignalCancelsTheBatchAndEveryRowIsAccountedFor()
{
    QFETCH(int, signal);
    // Five requests a second: 30 rows take several seconds, and the signal lands in the middle.
    auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("5")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString results = m_home.filePath(QStringLiteral("cancelled-%1.csv").arg(signal));
    QProcess *batch
        = startBatch({data("send-mixed.csv"), QStringLiteral("--skip-invalid"), QStringLiteral("--results"), results});
    const QString id = batchIdOf(*batch);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(assertsServed(*sandbox) >= 6, 20000);
    QVERIFY(::kill(pid_t(batch->processId()), signal) == 0);
    QVERIFY(batch->waitForFinished(30000));
    const QString out = QString::fromUtf8(batch->readAllStandardOutput());
    const QString err = QString::fromUtf8(batch->readAllStandardError());
    QCOMPARE(batch->exitStatus(), QProcess::NormalExit); // a cancel, not a crash
    QVERIFY2(batch->exitCode() == 5, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("batch: cancelling: no new row starts")), qPrintable(err));
    // The summary counts every row once; some were never sent, none were left in flight.
    const QHash<QString, int> counts = textCounts(out);
    QCOMPARE(counts.value(QStringLiteral("rows")), 34);
    QVERIFY2(counts.value(QStringLiteral("not sent")) > 0, qPrintable(out));
    QCOMPARE(counts.value(QStringLiteral("interrupted")), 0);
    const int served = assertsServed(*sandbox);
    QVERIFY(served < 30);
    QCOMPARE(counts.value(QStringLiteral("succeeded")), served); // each row that reached it, told
    QTest::qWait(1500);
    QCOMPARE(assertsServed(*sandbox), served); // nothing went after the end

    // The results: every input row, the rows never sent saying why and how to go on.
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 35);
    int notSent = 0;
    for (const QStringList &line : lines.mid(1)) {
        const qsizetype n = line.size();
        QVERIFY(line.at(n - 7) != QLatin1String("interrupted"));
        if (line.at(n - 7) != QLatin1String("not sent"))
            continue;
        ++notSent;
        QVERIFY2(!line.at(n - 2).isEmpty(), qPrintable(line.join(QLatin1Char('|'))));
    }
    QCOMPARE(notSent, counts.value(QStringLiteral("not sent")));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&id](const QStringList &line) {
        return line.contains(QStringLiteral("not sent: the batch was cancelled first; --resume %1 sends it").arg(id));
    }));

    const auto status = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                   {QStringLiteral("batch"), QStringLiteral("status"), id}, {}, env());
    QVERIFY2(status.outText().contains(QStringLiteral("state\tcancelled\n")), status.out.constData());
    // The resume sends the rest, each row once.
    const auto resumed = cli({QStringLiteral("--resume"), id});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(assertsServed(*sandbox), 30);
}

// A server that never answers: the rows on the wire hold the cancel until their deadline, and a
// second Ctrl-C does not wait for it.
void TestCliBatchSend::aSecondSignalEndsAtOnceAndTheBatchReadsInterrupted()
{
    HostileServer server(HostileServer::Behaviour::Silent);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    addProfile(server.baseUrl().toString());
    QProcess *batch = startBatch({data("quoted.csv")});
    const QString id = batchIdOf(*batch);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsReceived(), 3, 20000);
    QVERIFY(::kill(pid_t(batch->processId()), SIGINT) == 0);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += batch->readAllStandardError()).contains("waiting for 3 row(s) under way")
                                 || batch->state() != QProcess::Running,
                             5000);
    QVERIFY2(err.contains("waiting for 3 row(s) under way"), err.constData());
    QCOMPARE(batch->state(), QProcess::Running); // it waits for the rows on the wire
    QElapsedTimer t;
    t.start();
    QVERIFY(::kill(pid_t(batch->processId()), SIGINT) == 0);
    QVERIFY(batch->waitForFinished(5000));
    QVERIFY(t.elapsed() < 3000);                        // well before the rows' ten-second deadline
    QCOMPARE(batch->exitStatus(), QProcess::CrashExit); // ended by the signal, as a crash
    const auto status = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                   {QStringLiteral("batch"), QStringLiteral("status"), id}, {}, env());
    QVERIFY2(
        status.outText().contains(QStringLiteral("state\tinterrupted (no process is sending it; --resume to go on)\n")),
        status.out.constData());
    QCOMPARE(textCounts(status.outText()).value(QStringLiteral("interrupted")), 3);
}

// One Ctrl-C with a row on the wire: no new row starts, the row becomes unknown at its deadline.
void TestCliBatchSend::aCancelWaitsForTheRowOnTheWireUntilItsDeadline()
{
    HostileServer server(HostileServer::Behaviour::Silent);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    addProfile(server.baseUrl().toString());
    const QString results = m_home.filePath(QStringLiteral("deadline.csv"));
    QProcess *batch = startBatch({data("quoted.csv"), QStringLiteral("--concurrency"), QStringLiteral("1"),
                                  QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--results"),
                                  results, QStringLiteral("--json")});
    const QString id = batchIdOf(*batch);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsReceived(), 1, 20000);
    QVERIFY(::kill(pid_t(batch->processId()), SIGINT) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(batch->state() == QProcess::NotRunning, 10000);
    QCOMPARE(batch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(batch->exitCode(), 5);
    QCOMPARE(server.requestsReceived(), 1);
    const QByteArray out = batch->readAllStandardOutput();
    const QJsonObject summary = QJsonDocument::fromJson(out).object(); // after the id, read above
    QVERIFY2(summary.value(QStringLiteral("state")).toString() == QLatin1String("cancelled"), out.constData());
    const QJsonObject counts = summary.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("unknown")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("not_sent")).toInt(), 2);
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).at(lines.at(1).size() - 7), QStringLiteral("unknown"));
}

// No key, invalid rows, a held history: nothing is sent, and the results still say so per row.
void TestCliBatchSend::earlyStopsStillWriteTheResults()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString results = m_home.filePath(QStringLiteral("early.csv"));
    const auto noKey = cli({data("quoted.csv"), QStringLiteral("--results"), results}, false);
    QCOMPARE(noKey.exitCode, 6);
    QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    for (const QStringList &line : lines.mid(1)) {
        QCOMPARE(line.at(line.size() - 7), QStringLiteral("not sent"));
        QCOMPARE(line.at(line.size() - 2), QStringLiteral("not sent: no usable key for the profile"));
    }

    const auto invalid = cli({data("send-mixed.csv"), QStringLiteral("--results"), results});
    QCOMPARE(invalid.exitCode, 1);
    lines = readCsv(results);
    QCOMPARE(lines.size(), 35);
    QHash<QString, int> outcomes;
    for (const QStringList &line : lines.mid(1))
        ++outcomes[line.at(line.size() - 7)];
    QCOMPARE(outcomes.value(QStringLiteral("invalid")), 2);
    QCOMPARE(outcomes.value(QStringLiteral("repeated")), 2);
    QCOMPARE(outcomes.value(QStringLiteral("not sent")), 30);

    const QString dir = m_home.filePath(QStringLiteral("early-held"));
    QDir().mkpath(dir);
    QLockFile holder(dir + QStringLiteral("/history.lock"));
    QVERIFY(holder.tryLock(0));
    const auto held
        = cli({data("quoted.csv"), QStringLiteral("--data-dir"), dir, QStringLiteral("--results"), results});
    QCOMPARE(held.exitCode, 7);
    lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(3).at(lines.at(3).size() - 2), QStringLiteral("not sent: the history could not be opened"));
    QCOMPARE(assertsServed(*sandbox), 0);
}

// Status says "sending" while the batch's own process sends it, and "interrupted" once that
// process is killed, even with the history held by another (a window left open on it).
void TestCliBatchSend::statusTellsASendingBatchFromAKilledOne()
{
    auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("1")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString dir = m_home.filePath(QStringLiteral("status-held"));
    QProcess *batch
        = startBatch({data("send-mixed.csv"), QStringLiteral("--skip-invalid"), QStringLiteral("--data-dir"), dir});
    const QString id = batchIdOf(*batch);
    QVERIFY(!id.isEmpty());
    const auto status = [&] {
        return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                          {QStringLiteral("batch"), QStringLiteral("status"), id, QStringLiteral("--data-dir"), dir},
                          {}, env());
    };
    // The batch holds the history itself: status waits its turn, then reads it as it is.
    const auto sending = status();
    QCOMPARE(batch->state(), QProcess::Running);
    QVERIFY2(sending.outText().contains(QStringLiteral("state\tsending\n")), sending.out.constData());
    batch->kill(); // kill -9
    QVERIFY(batch->waitForFinished(5000));
    QLockFile window(dir + QStringLiteral("/history.lock"));
    QVERIFY(window.tryLock(5000));
    const auto killed = status();
    QCOMPARE(killed.exitCode, 0);
    QVERIFY2(
        killed.outText().contains(QStringLiteral("state\tinterrupted (no process is sending it; --resume to go on)\n")),
        killed.out.constData());
}
