#include "tst_assertsend.h"

#include "assertresponse.h"
#include "assertsend.h"
#include "hostileserver.h"
#include "sandboxserver.h"

#include <QFile>
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
    QCOMPARE(history.list({}, 10, 0).result().rows.size(), 2);
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

// A 2xx says nothing about the contact unless its body is the API's answer: each of these is
// "outcome unknown" in the result and in the history, with the body kept and the reason given.
void TestAssertSend::anAnswerThatIsNotTheApisIsUnknown_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QString>("reason");
    const auto answer = [](const QByteArray &status, const QByteArray &type, const QByteArray &body) -> QByteArray {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTest::newRow("200 HTML login page") << answer("200 OK", "text/html",
                                                   "<html><body>Sign in to the guest network</body></html>")
                                         << false << QStringLiteral("HTML page");
    QTest::newRow("201 broken JSON") << answer("201 Created", "application/json", R"({"data": {"id": )") << false
                                     << QStringLiteral("not valid JSON");
    QTest::newRow("204 no content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false
                                    << QStringLiteral("empty");
    QTest::newRow("200 JSON of another shape")
        << answer("200 OK", "application/json", R"({"status":"ok"})") << false << QStringLiteral("HTTP 200");
    QTest::newRow("201 body shorter than its Content-Length")
        << QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"data\":")
        << true << QStringLiteral("cut short");
}

void TestAssertSend::anAnswerThatIsNotTheApisIsUnknown()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, closeAfter);
    QFETCH(QString, reason);
    AssertDesk::Test::HostileServer server(AssertDesk::Test::HostileServer::Behaviour::Raw);
    server.setRawAnswer(raw, closeAfter);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    HistoryService history(m_dir.filePath(QStringLiteral("answers-") + QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k-123456789");
    const QByteArray body = R"({"match":{"primary_email":"odd@x.example"},"attributes":{"first_name":"Odd"}})";

    AssertSend send(&client, &history, QStringLiteral("Account"), options, body);
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::Unknown);
    QVERIFY2(r.summary.contains(reason), qPrintable(r.summary));
    QVERIFY2(r.summary.contains(QStringLiteral("may or may not")), qPrintable(r.summary));
    QCOMPARE(server.requestsReceived(), 1);
    const auto row = history.record(send.historyId()).result();
    QVERIFY(row);
    QCOMPARE(row->outcome, QStringLiteral("unknown"));
}

// Credentials in a base URL are refused before the intent row, so the password is nowhere.
void TestAssertSend::aUrlWithAPasswordNeverReachesTheHistory()
{
    HistoryService history(m_dir.filePath(QStringLiteral("credentials")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://user:hunter2secret@127.0.0.1:9/api/v2"));
    options.key = QStringLiteral("k-123456789");
    AssertSend send(&client, &history, QStringLiteral("Account"), options,
                    R"({"match":{"primary_email":"a@x.example"},"attributes":{"first_name":"A"}})");
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::NotSent);
    QVERIFY2(r.summary.contains(QStringLiteral("password")), qPrintable(r.summary));
    QVERIFY(!r.summary.contains(QStringLiteral("hunter2secret")));
    QCOMPARE(send.historyId(), -1);
    QCOMPARE(history.list({}, 10, 0).result().rows.size(), 0);
    QFile file(m_dir.filePath(QStringLiteral("credentials/history.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2secret"));
}

// Cancel pressed while the intent row is being written: the request never leaves (the server sees
// no connection), the result says plainly that nothing was sent, and the history row agrees,
// rather than "the contact may have been changed".
void TestAssertSend::cancelWhileTheHistoryRowIsWrittenSendsNothing()
{
    AssertDesk::Test::HostileServer server(AssertDesk::Test::HostileServer::Behaviour::Raw);
    server.setRawAnswer("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n", false);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    HistoryService history(m_dir.filePath(QStringLiteral("cancel-row")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k-123456789");
    AssertSend send(&client, &history, QStringLiteral("Account"), options,
                    R"({"match":{"primary_email":"c@x.example"},"attributes":{"first_name":"C"}})");
    QSignalSpy done(&send, &AssertSend::finished);
    send.start(); // the row is written on the history's thread: this returns before it is
    QVERIFY(!send.isFinished());
    send.cancel();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    const SendResult r = send.result();
    QCOMPARE(r.outcome, Outcome::Cancelled);
    QCOMPARE(r.summary, QStringLiteral("Cancelled before anything was sent."));
    QTest::qWait(200);
    QCOMPARE(server.connectionsAccepted(), 0);
    QCOMPARE(server.requestsReceived(), 0);
    QVERIFY(send.historyId() > 0);
    const auto row = history.record(send.historyId()).result();
    QVERIFY(row);
    QCOMPARE(row->outcome, QStringLiteral("cancelled"));
    send.cancel(); // after the end: nothing more happens
    QTest::qWait(50);
    QCOMPARE(done.count(), 1);
}

void TestAssertSend::cancelBeforeStartSendsNothingAndRecordsNothing()
{
    HistoryService history(m_dir.filePath(QStringLiteral("cancel-first")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2"));
    options.key = QStringLiteral("k-123456789");
    AssertSend send(&client, &history, QStringLiteral("Account"), options,
                    R"({"match":{"primary_email":"c@x.example"},"attributes":{"first_name":"C"}})");
    send.cancel();
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::Cancelled);
    QCOMPARE(r.summary, QStringLiteral("Cancelled before anything was sent."));
    QCOMPARE(send.historyId(), -1);
    QCOMPARE(history.list({}, 10, 0).result().rows.size(), 0);
}

// The disk fills while the request is out: the contact WAS created, and the send says so, says
// that the history could not record it and where the answer is kept; the window hears it too.
void TestAssertSend::anAnswerTheHistoryCannotRecordIsKeptAndSaidSo()
{
    SandboxOptions o;
    o.keys = {QStringLiteral("k")};
    SandboxServer server(o);
    QString error;
    QVERIFY(server.start(0, &error));
    const QString dir = m_dir.filePath(QStringLiteral("full"));
    qint64 id = 0;
    {
        HistoryService history(dir);
        QVERIFY(history.open().result().ok);
        history.setCompletionFault([] { return QStringLiteral("database or disk is full"); });
        QSignalSpy noticed(&history, &HistoryService::noticed);
        ApiClient client(&m_nam);
        ApiCall::Options options;
        options.baseUrl = server.baseUrl();
        options.key = QStringLiteral("k");
        AssertSend send(&client, &history, QStringLiteral("Sandbox"), options,
                        R"({"match":{"primary_email":"full@x.example"},"attributes":{"first_name":"Full"}})");
        const SendResult r = run(send);
        QCOMPARE(r.outcome, Outcome::Succeeded);
        QCOMPARE(server.contactCount(), 1);
        id = send.historyId();
        QVERIFY(id > 0);
        QVERIFY2(send.historyError().contains(QStringLiteral("database or disk is full")),
                 qPrintable(send.historyError()));
        QVERIFY2(send.historyError().contains(QStringLiteral("succeeded, HTTP 201, contact ")),
                 qPrintable(send.historyError()));
        QVERIFY(send.historyError().contains(QStringLiteral(" created")));
        QVERIFY(QFile::exists(send.historyKeptIn()));
        QVERIFY(noticed.count() >= 1 || noticed.wait(2000));
        QCOMPARE(noticed.first().first().toString(), send.historyError());
    }
    HistoryService reopened(dir);
    QVERIFY(reopened.open().result().ok);
    const auto row = reopened.record(id).result();
    QCOMPARE(row->outcome, QStringLiteral("succeeded"));
    QVERIFY(!row->contactId.isEmpty());
}

// The answer is read once, when the send checks it, and handed on with the result: what the
// window shows and what the history records are that one reading.
void TestAssertSend::theAnswerIsReadOnceAndHandedOn()
{
    SandboxOptions o;
    o.keys = {QStringLiteral("k")};
    SandboxServer server(o);
    QString error;
    QVERIFY(server.start(0, &error));
    HistoryService history(m_dir.filePath(QStringLiteral("once")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k");
    AssertSend send(&client, &history, QStringLiteral("Sandbox"), options,
                    R"({"match":{"primary_email":"once@x.example"},"attributes":{"first_name":"Once"}})");
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::Succeeded);
    QVERIFY(r.answer);
    QVERIFY(r.answer->isValid());
    QCOMPARE(r.answer->action(), AssertResponse::Action::Created);
    QCOMPARE(r.answer->raw(), r.body);
    QCOMPARE(history.record(send.historyId()).result()->contactId, r.answer->recordId());
}

// A batch starts its next row on answered(): it must come once for each send, as soon as the
// answer is in (before its row is complete), whether the answer is a success or not.
void TestAssertSend::answeredComesOnceBeforeTheRowIsWritten()
{
    SandboxOptions o;
    o.keys = {QStringLiteral("k")};
    o.faults = true;
    SandboxServer server(o);
    QString error;
    QVERIFY(server.start(0, &error));
    HistoryService history(m_dir.filePath(QStringLiteral("answered")));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k");
    for (const QByteArray &fault : {QByteArray(), QByteArray("502")}) {
        if (!fault.isEmpty())
            options.extraHeaders = {{"X-Sandbox-Fault", fault}};
        AssertSend send(&client, &history, QStringLiteral("Sandbox"), options,
                        R"({"match":{"primary_email":"answered@x.example"},"attributes":{"first_name":"A"}})");
        int answered = 0;
        bool finishedBefore = false;
        connect(&send, &AssertSend::answered, this, [&] {
            ++answered;
            finishedBefore = send.isFinished();
        });
        const SendResult r = run(send);
        QCOMPARE(r.outcome, fault.isEmpty() ? Outcome::Succeeded : Outcome::Unknown);
        QCOMPARE(answered, 1);
        QVERIFY(!finishedBefore);
        QCOMPARE(history.record(send.historyId()).result()->state, QStringLiteral("complete"));
    }
}

// What such an answer was is kept as it came: the whole body when it came whole, what came of one
// cut short, and the cut recorded only where there was one.
void TestAssertSend::anAnswerThatIsNotTheApisIsKeptAsItCame_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QByteArray>("kept");
    QTest::addColumn<bool>("truncated");
    const QByteArray page = "<html><body>Sign in to the guest network</body></html>";
    QTest::newRow("200 HTML login page") << "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + QByteArray::number(page.size()) + "\r\n\r\n"
            + page << false << page << false;
    QTest::newRow("201 body shorter than its Content-Length")
        << QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"data\":")
        << true << QByteArray("{\"data\":") << true;
}

void TestAssertSend::anAnswerThatIsNotTheApisIsKeptAsItCame()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, kept);
    QFETCH(bool, truncated);
    AssertDesk::Test::HostileServer server(AssertDesk::Test::HostileServer::Behaviour::Raw);
    server.setRawAnswer(raw, closeAfter);
    QString error;
    QVERIFY2(server.listen(false, &error), qPrintable(error));
    HistoryService history(m_dir.filePath(QStringLiteral("kept-") + QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(history.open().result().ok);
    ApiClient client(&m_nam);
    ApiCall::Options options;
    options.baseUrl = server.baseUrl();
    options.key = QStringLiteral("k-123456789");
    AssertSend send(&client, &history, QStringLiteral("Account"), options,
                    R"({"match":{"primary_email":"kept@x.example"},"attributes":{"first_name":"Kept"}})");
    const SendResult r = run(send);
    QCOMPARE(r.outcome, Outcome::Unknown);
    QVERIFY(!r.answer);
    const auto row = history.record(send.historyId()).result();
    QVERIFY(row);
    QCOMPARE(row->outcome, QStringLiteral("unknown"));
    QCOMPARE(row->responseBody, kept);
    QCOMPARE(row->responseTruncated, truncated);
}
