#include "tst_assertsend.h"

#include "assertsend.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;
using namespace AssertDesk::Sandbox;

// A send and its history row, together: recorded before it leaves, or not sent at all.
SendResult TestAssertSend::run(AssertSend &send)
{
    QSignalSpy done(&send, &AssertSend::finished);
    send.start();
    if (!send.isFinished())
        [&] { QVERIFY(done.wait(30000)); }();
    return send.result();
}

void TestAssertSend::recordsEveryAttempt()
{
    SandboxOptions o;
    o.keys = {QStringLiteral("k")};
    o.faults = true;
    SandboxServer server(o);
    QString error;
    QVERIFY(server.start(0, &error));
    HistoryService history(m_dir.filePath(QStringLiteral("a")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k");
    const QByteArray body = R"({"match":{"primary_email":"rec@x.example"},"attributes":{"first_name":"Rec"}})";

    AssertSend first(&client, &history, QStringLiteral("Sandbox"), options, body);
    QCOMPARE(run(first).outcome, Outcome::Succeeded);
    const auto row = history.record(first.historyId()).result();
    QVERIFY(row);
    QCOMPARE(row->outcome, QStringLiteral("succeeded"));
    QCOMPARE(row->action, QStringLiteral("created"));
    QCOMPARE(row->requestBody, body);
    QVERIFY(!row->contactId.isEmpty());

    options.extraHeaders = {{"X-Sandbox-Fault", "502"}};
    AssertSend failing(&client, &history, QStringLiteral("Sandbox"), options, body);
    QCOMPARE(run(failing).outcome, Outcome::Unknown);
    QCOMPARE(history.record(failing.historyId()).result()->outcome, QStringLiteral("unknown"));
    QCOMPARE(history.record(failing.historyId()).result()->httpStatus, 502);
    QCOMPARE(history.list({}, 10, 0).result().size(), 2);
}

void TestAssertSend::historyThatCannotBeWrittenMeansNothingIsSent()
{
    SandboxOptions o;
    o.keys = {QStringLiteral("k")};
    SandboxServer server(o);
    QString error;
    QVERIFY(server.start(0, &error));
    HistoryService history(m_dir.filePath(QStringLiteral("b")));
    QVERIFY(history.open().result().ok);

    // Another connection holds the write lock, as a stuck backup tool or a full disk would stop writes.
    QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
    blocker.setDatabaseName(m_dir.filePath(QStringLiteral("b/history.sqlite")));
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k");
    AssertSend send(&client, &history, QStringLiteral("Sandbox"), options,
                    R"({"match":{"primary_email":"never@x.example"},"attributes":{"title":"T"}})");
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::NotSent);
    QVERIFY(r.summary.contains(QStringLiteral("history could not record")));
    QCOMPARE(send.historyId(), -1);
    QCOMPARE(server.contactCount(), 0); // the server received nothing

    QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK")));
    blocker.close();
    blocker = {};
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
}

void TestAssertSend::readOnlyHistoryRefusesToSend()
{
    HistoryService writer(m_dir.filePath(QStringLiteral("c")));
    QVERIFY(writer.open().result().ok);
    HistoryService reader(m_dir.filePath(QStringLiteral("c")));
    QCOMPARE(reader.open().result().mode, HistoryStore::Mode::ReadOnly);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2"));
    options.key = QStringLiteral("k");
    AssertSend send(&client, &reader, QStringLiteral("Sandbox"), options, "{}");
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::NotSent);
    QVERIFY(r.summary.contains(QStringLiteral("read-only")));
}

QTEST_GUILESS_MAIN(TestAssertSend)
