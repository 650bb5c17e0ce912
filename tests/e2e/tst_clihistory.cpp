#include "tst_clihistory.h"

#include "processrunner.h"
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

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
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("ASSERTDESK_API_KEY"), kKey);
    return e;
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
    bool inFlight = false;
    QDeadlineTimer deadline(20000);
    while (!inFlight && !deadline.hasExpired()) {
        QTest::qWait(50);
        if (!QFile::exists(dir + QStringLiteral("/history.sqlite")))
            continue;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(dir + QStringLiteral("/history.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            inFlight = q.exec(QStringLiteral("SELECT count(*) FROM asserts WHERE state = 'in_flight'")) && q.next()
                && q.value(0).toInt() == 1;
            q.finish();
            db.close();
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    }
    QVERIFY2(inFlight, "the intent row never appeared");
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

QTEST_GUILESS_MAIN(TestCliHistory)
