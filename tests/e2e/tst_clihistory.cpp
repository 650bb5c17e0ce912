#include "tst_clihistory.h"

#include "historywatch.h"
#include "hostileserver.h"
#include "processrunner.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <vector>

using namespace AssertDesk::Test;

namespace {
const QString kKey = QStringLiteral("history-canary-key-31337");
}

// The history as reviewers use it from outside: after real sends, after a kill -9 mid-send.
QString TestCliHistory::dataDir() const
{
    return m_home.filePath(QStringLiteral("data/assertdesk"));
}

QProcessEnvironment TestCliHistory::env() const
{
    return homeEnvironment(m_home.path(), kKey);
}

ProcessResult TestCliHistory::cli(const QStringList &args, const QByteArray &input) const
{
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, env());
}

ProcessResult TestCliHistory::send(const QByteArray &body, const QStringList &extra) const
{
    return cli(
        QStringList {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")}
            + extra,
        body);
}

void TestCliHistory::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey, QStringLiteral("--faults")}));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"),
                  QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()})
                 .exitCode,
             0);
    QCOMPARE(
        send(
            R"({"match":{"primary_email":"maria@globex.example"},"attributes":{"first_name":"Maria","last_name":"Rossi"}})")
            .exitCode,
        0);
    QCOMPARE(send(R"({"match":{"primary_email":"MARIA@globex.example"},"attributes":{"title":"CFO"}})").exitCode, 0);
    QCOMPARE(send(R"({"match":{"primary_email":"ivan@globex.example"},"attributes":{"stage":"lost"}})").exitCode, 3);
}

void TestCliHistory::listSearchShowTimeline()
{
    const auto list = cli({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(1).contains(QStringLiteral("\trejected\t422\t")));
    QVERIFY(lines.at(2).contains(QStringLiteral("\tsucceeded\t200\tupdated\t")));
    QVERIFY(lines.at(3).contains(QStringLiteral("\tsucceeded\t201\tcreated\t")));

    const auto rejected = cli(
        {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--outcome"), QStringLiteral("rejected")});
    QCOMPARE(rejected.outText().trimmed().split(QLatin1Char('\n')).size(), 2);

    const auto search = cli({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("Rossi")});
    QCOMPARE(search.outText().trimmed().split(QLatin1Char('\n')).size(), 3); // both Maria rows carry the name
    const auto byCode
        = cli({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("field_value_invalid")});
    QCOMPARE(byCode.outText().trimmed().split(QLatin1Char('\n')).size(), 2);

    const auto timeline
        = cli({QStringLiteral("history"), QStringLiteral("timeline"), QStringLiteral("maria@globex.example")});
    const QStringList steps = timeline.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(steps.size(), 3);
    QVERIFY(steps.at(1).contains(QStringLiteral("created")));
    QVERIFY(steps.at(2).contains(QStringLiteral("updated")));

    const auto show = cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("2")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.outText().startsWith(QStringLiteral("Assert 2: succeeded (HTTP 200)")));
    QVERIFY(show.outText().contains(QStringLiteral("Updated: matched on contact_emails = maria@globex.example.")));
    QVERIFY(show.outText().contains(QStringLiteral("  title (string): CFO")));
    QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("99")}).exitCode, 2);
}

void TestCliHistory::exportJsonlAndCsv()
{
    const QString file = m_home.filePath(QStringLiteral("export.jsonl"));
    const auto r = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("jsonl"), QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    const auto csv
        = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.count("\r\n"), 4);
    QCOMPARE(
        cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        2);
}

void TestCliHistory::killedMidSendLeavesOneInterruptedRow()
{
    const QString dir = m_home.filePath(QStringLiteral("crash"));
    QProcess sender;
    sender.setProcessEnvironment(env());
    sender.start(QStringLiteral(ASSERTDESK_CLI_EXE),
                 {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--data-dir"), dir, QStringLiteral("--header"),
                  QStringLiteral("X-Sandbox-Fault: delay=30000")});
    QVERIFY(sender.waitForStarted());
    sender.write(R"({"match":{"primary_email":"killed@x.example"},"attributes":{"title":"K"}})");
    sender.closeWriteChannel();

    // Wait for the intent row: it is committed before the request leaves.
    QVERIFY2(waitForInFlightRow(dir + QStringLiteral("/history.sqlite")), "the intent row never appeared");
    ::kill(pid_t(sender.processId()), SIGKILL);
    QVERIFY(sender.waitForFinished(5000));
    QCOMPARE(sender.exitStatus(), QProcess::CrashExit);

    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.errText().contains(QStringLiteral("interrupted")));
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QStringLiteral("\tinterrupted\t")));
    QVERIFY(lines.at(1).contains(QStringLiteral("killed@x.example")));

    const auto check = runProcess(QStringLiteral("sqlite3"),
                                  {dir + QStringLiteral("/history.sqlite"), QStringLiteral("PRAGMA integrity_check;")});
    if (check.exitCode == 0)
        QCOMPARE(check.outText().trimmed(), QStringLiteral("ok"));
}

void TestCliHistory::theKeyIsInNoFileWritten()
{
    int files = 0;
    const QStringList leaks = filesContaining(m_home.path(), kKey.toUtf8(), &files);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    QVERIFY(files >= 3); // profiles, history, export
}

// Parallel sends on one history take turns: each waits for the history instead of being refused
// ("not sent", 49 runs in 50 before), and every one of them is recorded.
void TestCliHistory::twentyParallelSendsAreAllRecorded()
{
    const QString dir = m_home.filePath(QStringLiteral("parallel"));
    std::vector<std::unique_ptr<QProcess>> senders;
    for (int n = 1; n <= 20; ++n) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(ASSERTDESK_CLI_EXE),
                 {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--data-dir"), dir});
        QVERIFY(p->waitForStarted());
        p->write(QStringLiteral(R"({"match":{"primary_email":"par%1@x.example"},"attributes":{"title":"P"}})")
                     .arg(n)
                     .toUtf8());
        p->closeWriteChannel();
        senders.push_back(std::move(p));
    }
    QSet<int> entries;
    for (auto &p : senders) {
        QVERIFY(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() == 0, qPrintable(err));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Recorded as history entry (\\d+)\\.")).match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        entries.insert(m.captured(1).toInt());
    }
    QCOMPARE(entries.size(), 20);
    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.filter(QStringLiteral("\tsucceeded\t201\tcreated\t")).size(), 20);
}

// A holder that does not finish (a window keeps the history while it is open) is waited for a
// while, then named; nothing is sent or recorded.
void TestCliHistory::aSendWaitsItsTurnThenNamesWhoHoldsTheHistory()
{
    const QString dir = m_home.filePath(QStringLiteral("held"));
    QDir().mkpath(dir);
    QLockFile holder(dir + QStringLiteral("/history.lock"));
    QVERIFY(holder.tryLock(0));
    const QString body = QStringLiteral(R"({"match":{"primary_email":"held@x.example"},"attributes":{"title":"H"}})");
    QElapsedTimer waited;
    waited.start();
    const auto refused = send(body.toUtf8(), {QStringLiteral("--data-dir"), dir});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(waited.elapsed() >= 1000); // it waited its turn first
    const QString me = QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid());
    QVERIFY2(refused.errText().contains(me), qPrintable(refused.errText()));
    QVERIFY(refused.errText().contains(QStringLiteral("nothing was sent")));
    QVERIFY(!refused.errText().contains(QStringLiteral("window"))
            || refused.errText().contains(QStringLiteral("a window holds the history")));
    holder.unlock();
    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(list.outText().trimmed().split(QLatin1Char('\n')).size(), 1);          // nothing was recorded
    QCOMPARE(send(body.toUtf8(), {QStringLiteral("--data-dir"), dir}).exitCode, 0); // its turn now
}

// A server's contact id with a tab, an escape sequence and a bell: shown as text, in its column.
void TestCliHistory::listKeepsEachServerValueInItsColumn()
{
    QFile example(QStringLiteral(ASSERTDESK_TEST_DATA "/responses/vendor-example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray body = example.readAll();
    const QByteArray id = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    body.replace(body.indexOf(id), id.size(), "evil\\tid\\u001b]0;pwned\\u0007");
    HostileServer server(HostileServer::Behaviour::Raw);
    server.setRawAnswer("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                        true);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    const QString dir = m_home.filePath(QStringLiteral("hostile"));
    QProcess sender;
    sender.setProcessEnvironment(env());
    sender.start(QStringLiteral(ASSERTDESK_CLI_EXE),
                 {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--data-dir"), dir});
    QVERIFY(sender.waitForStarted());
    sender.write(R"({"match":{"primary_email":"evil@x.example"},"attributes":{"title":"E"}})");
    sender.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(sender.state() == QProcess::NotRunning, 30000); // the server answers meanwhile
    QCOMPARE(sender.exitCode(), 0);

    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 9);
    QCOMPARE(cells.at(7), QStringLiteral("evil\\tid\\u001b]0;pwned\\u0007"));
    QVERIFY(!list.out.contains('\x1b'));
    QVERIFY(!list.out.contains('\x07'));
}

void TestCliHistory::exportsAreForTheirOwnerOnly()
{
    const QString file = m_home.filePath(QStringLiteral("private-export.csv"));
    const auto r = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 0);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(file) & QFile::ReadOwner);
}

QTEST_GUILESS_MAIN(TestCliHistory)
