#include "tst_sandboxprocess.h"

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using AssertDesk::Test::HttpClient;

namespace {

// The sandbox executable under test, started as a user would.
struct RunningSandbox
{
    AssertDesk::Test::SandboxProcess process {QStringLiteral(ASSERTDESK_SANDBOX_EXE)};
    QString firstLine;
    QString secondLine;

    bool start(const QStringList &args)
    {
        const bool ok = process.start(args);
        firstLine = process.firstLine();
        secondLine = process.secondLine();
        return ok;
    }
    QUrl base() const { return process.baseUrl(); }
};

} // namespace

void TestSandboxProcess::firstLineNamesTheAddress()
{
    RunningSandbox sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"), QStringLiteral("k1")}));
    static const QRegularExpression line(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto m = line.match(sandbox.firstLine);
    QVERIFY2(m.hasMatch(), qPrintable(sandbox.firstLine));
    QVERIFY(m.captured(1).toInt() > 0);
    QVERIFY(sandbox.secondLine.isEmpty()); // a key was given, so none is made up
    HttpClient client(sandbox.base(), "k1");
    QCOMPARE(client.get(QStringLiteral("/_schema/contact")).status, 200);
}

void TestSandboxProcess::madeUpKeyIsPrintedAndWorks()
{
    RunningSandbox sandbox;
    QVERIFY(sandbox.start({}));
    QVERIFY2(sandbox.secondLine.startsWith(QStringLiteral("key: sbx_")), qPrintable(sandbox.secondLine));
    HttpClient client(sandbox.base(), sandbox.secondLine.mid(5).toUtf8());
    QCOMPARE(client.get(QStringLiteral("/_schema/contact")).status, 200);
    HttpClient other(sandbox.base(), "guess");
    QCOMPARE(other.get(QStringLiteral("/_schema/contact")).status, 401);
}

void TestSandboxProcess::dataSurvivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sandbox.sqlite"));
    const QStringList args {QStringLiteral("--key"),  QStringLiteral("k"), QStringLiteral("--data"), file,
                            QStringLiteral("--seed"), QStringLiteral("4")};
    QString id;
    {
        RunningSandbox first;
        QVERIFY(first.start(args));
        HttpClient client(first.base(), "k");
        const auto created
            = client.post(QStringLiteral("/contact/_assert"),
                          R"({"match":{"primary_email":"kept@x.example"},"attributes":{"title":"Kept"}})");
        QCOMPARE(created.status, 201);
        id = created.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    }
    RunningSandbox second;
    QVERIFY(second.start(args));
    HttpClient client(second.base(), "k");
    const auto read = client.get(QStringLiteral("/contact/") + id);
    QCOMPARE(read.status, 200);
    const auto all = client.post(QStringLiteral("/contact/_query"), "{}");
    QCOMPARE(all.json().value(QStringLiteral("data")).toArray().size(), 5); // 4 seeded once, not again, + 1
    const auto again = client.post(QStringLiteral("/contact/_assert"),
                                   R"({"match":{"primary_email":"KEPT@x.example"},"attributes":{"title":"Still"}})");
    QCOMPARE(again.status, 200);
}

void TestSandboxProcess::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("99999")}
                          << QStringLiteral("--port");
    QTest::newRow("seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("many")} << QStringLiteral("--seed");
    QTest::newRow("tls one file") << QStringList {QStringLiteral("--tls"), QStringLiteral("x.pem")}
                                  << QStringLiteral("--tls");
    QTest::newRow("tls unreadable") << QStringList {QStringLiteral("--tls"), QStringLiteral("/no/cert.pem"),
                                                    QStringLiteral("--tls"), QStringLiteral("/no/key.pem")}
                                    << QStringLiteral("cannot read");
    QTest::newRow("max-body") << QStringList {QStringLiteral("--max-body"), QStringLiteral("lots")}
                              << QStringLiteral("--max-body must be a size in bytes");
    QTest::newRow("max-body unit") << QStringList {QStringLiteral("--max-body"), QStringLiteral("2G")}
                                   << QStringLiteral("(got \"2G\")");
    QTest::newRow("max-header-bytes") << QStringList {QStringLiteral("--max-header-bytes"), QStringLiteral("10")}
                                      << QStringLiteral("--max-header-bytes must be a size in bytes from 256");
    QTest::newRow("max-header-lines") << QStringList {QStringLiteral("--max-header-lines"), QStringLiteral("0")}
                                      << QStringLiteral("--max-header-lines must be a number from 1");
    QTest::newRow("idle-timeout") << QStringList {QStringLiteral("--idle-timeout"), QStringLiteral("never")}
                                  << QStringLiteral("--idle-timeout must be a number of seconds");
    QTest::newRow("max-connections") << QStringList {QStringLiteral("--max-connections"), QStringLiteral("-1")}
                                     << QStringLiteral("--max-connections must be a number from 1");
    QTest::newRow("fault-rate number") << QStringList {QStringLiteral("--fault-rate"),
                                                       QStringLiteral("500=0.01,drop=abc")}
                                       << QStringLiteral("--fault-rate: \"drop=abc\": the rate must be a number");
    QTest::newRow("fault-rate kind") << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("504=0.1")}
                                     << QStringLiteral("unknown fault \"504\"");
    QTest::newRow("fault-rate sum") << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("500=0.6,503=0.6")}
                                    << QStringLiteral("add up to 1.2, more than 1");
    QTest::newRow("fault-rate twice") << QStringList {QStringLiteral("--fault-rate"),
                                                      QStringLiteral("drop=0.1,DROP=0.2")}
                                      << QStringLiteral("\"drop\" is given twice");
    QTest::newRow("fault-rate bare") << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("429")}
                                     << QStringLiteral("\"429\" needs a rate");
    QTest::newRow("fault-seed") << QStringList {QStringLiteral("--fault-seed"), QStringLiteral("-3")}
                                << QStringLiteral("--fault-seed must be a number");
}

// --fault-rate and --fault-seed reach the server: two runs with one seed answer the same
// statuses in the same order.
void TestSandboxProcess::faultRatesComeFromTheCommandLine()
{
    QList<int> runs[2];
    for (QList<int> &statuses : runs) {
        RunningSandbox sandbox;
        QVERIFY(
            sandbox.start({QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--fault-rate"),
                           QStringLiteral("500=0.3,503=0.2"), QStringLiteral("--fault-seed"), QStringLiteral("9")}));
        HttpClient client(sandbox.base(), "k");
        for (int i = 0; i < 30; ++i)
            statuses << client
                            .post(QStringLiteral("/contact/_assert"),
                                  QStringLiteral(
                                      R"({"match":{"primary_email":"f%1@x.example"},"attributes":{"title":"F"}})")
                                      .arg(i)
                                      .toUtf8())
                            .status;
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].count(500) > 0 && runs[0].count(503) > 0 && runs[0].count(201) > 0);
}

void TestSandboxProcess::badArgumentsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, messagePart);
    QProcess p;
    p.start(QStringLiteral(ASSERTDESK_SANDBOX_EXE), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(messagePart), qPrintable(messagePart));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
