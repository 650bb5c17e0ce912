#include "tst_sandboxlimits.h"
#include "tst_sandboxhelpers.h"

#include "httpclient.h"
#include "rawconnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QTest>

#include <memory>
#include <vector>

using namespace AssertDesk::Sandbox;
using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::RawConnection;

namespace {

const QByteArray kAuth = "Authorization: Bearer " + kKey + "\r\n";
const QByteArray kJson = "Content-Type: application/json\r\n";

ServerLimits smallLimits()
{
    ServerLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    limits.maxHeaderBytes = 4096;
    limits.maxHeaderLines = 20;
    limits.idleTimeoutMs = 5000;
    return limits;
}

QByteArray assertRequest(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return RawConnection::request("POST", "/api/v2/contact/_assert", kAuth + kJson + extraHeaders, body);
}

} // namespace

bool TestSandboxLimits::start(const ServerLimits &limits, bool tls)
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    options.limits = limits;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    const bool ok = (!tls
                     || m_server->setTls(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"),
                                         QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-key.pem"), &error))
        && m_server->start(0, &error);
    if (!ok)
        qWarning("the sandbox did not start: %s", qPrintable(error));
    return ok;
}

void TestSandboxLimits::cleanup()
{
    m_server.reset();
}

// A client announcing a 100 MB body gets 413 once the head is read, long before it could have
// sent the body, and nothing is written.
void TestSandboxLimits::anOversizedBodyIsRefusedBeforeItIsRead()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    RawConnection client;
    QVERIFY(client.open(server.baseUrl()));
    const qint64 announced = 100 * 1024 * 1024;
    client.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth + kJson
                 + "Content-Length: " + QByteArray::number(announced)
                 + "\r\n\r\n{\"match\":{\"primary_email\":" + "\"big@x.example\"},\"attributes\":{\"first_name\":\"");
    const QByteArray piece(256 * 1024, 'a');
    qint64 sent = 0;
    while (sent < announced && client.isOpen() && RawConnection::statuses(client.received()).isEmpty()) {
        if (client.socket().bytesToWrite() < qint64(piece.size())) {
            client.write(piece);
            sent += piece.size();
        }
        QTest::qWait(1);
    }
    QVERIFY(client.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(client.received()), QList<int> {413});
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QStringLiteral("%1 bytes sent before the answer").arg(sent)));
    QVERIFY(client.received().contains("payload_too_large"));
    QVERIFY(client.received().contains("Connection: close"));
    QVERIFY2(client.waitForClose(10000), "the connection stayed open after the 413");
    QCOMPARE(server.contactCount(), 0);
}

// With "Expect: 100-continue" the client waits for leave to send the body: a body past the
// limit gets 413 instead, and never the 100; one within it gets the 100, then its answer.
void TestSandboxLimits::aLargeExpectContinueBodyIsRefusedUnsent()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    RawConnection big;
    QVERIFY(big.open(server.baseUrl()));
    big.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth + kJson
              + "Expect: 100-continue\r\nContent-Length: 5000000\r\n\r\n");
    QVERIFY(big.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(big.received()), QList<int> {413});

    const QByteArray body
        = assertBody(QStringLiteral("expect@x.example"), {{QStringLiteral("title"), QStringLiteral("e")}});
    RawConnection small;
    QVERIFY(small.open(server.baseUrl()));
    small.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth + kJson
                + "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(small.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(small.received()), QList<int> {100});
    small.write(body);
    QVERIFY(small.waitForAnswers(2, 5000));
    QCOMPARE(RawConnection::statuses(small.received()), (QList<int> {100, 201}));
}

void TestSandboxLimits::chunkedBodiesAreReadAndLimited()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    const QByteArray body
        = assertBody(QStringLiteral("chunks@x.example"), {{QStringLiteral("title"), QStringLiteral("c")}});
    QByteArray chunked;
    for (qsizetype i = 0; i < body.size(); i += 10)
        chunked
            += QByteArray::number(qMin<qsizetype>(10, body.size() - i), 16) + ";ext=1\r\n" + body.mid(i, 10) + "\r\n";
    chunked += "0\r\nX-Trailer: t\r\n\r\n";
    RawConnection client;
    QVERIFY(client.open(server.baseUrl()));
    client.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth + kJson
                 + "Transfer-Encoding: chunked\r\n\r\n" + chunked);
    QVERIFY(client.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(client.received()), QList<int> {201});
    QCOMPARE(server.contactCount(), 1);

    // Chunks past the limit: refused as soon as the sizes pass it.
    RawConnection flood;
    QVERIFY(flood.open(server.baseUrl()));
    flood.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth + kJson
                + "Transfer-Encoding: chunked\r\n\r\n8000\r\n" + QByteArray(0x8000, 'a') + "\r\n8000\r\n"
                + QByteArray(0x8000, 'a') + "\r\n1\r\n");
    QVERIFY(flood.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(flood.received()), QList<int> {413});
    QVERIFY(flood.waitForClose(10000));
    QCOMPARE(server.contactCount(), 1);
}

void TestSandboxLimits::oversizedHeadsAreRefusedWith431()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    QByteArray lines;
    for (int i = 0; i < 19; ++i)
        lines += "X-Line-" + QByteArray::number(i) + ": v\r\n";
    RawConnection within; // 19 lines and Host: the limit of 20
    QVERIFY(within.open(server.baseUrl()));
    within.write(RawConnection::request("GET", "/api/v2/health", lines));
    QVERIFY(within.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(within.received()), QList<int> {200});

    RawConnection tooMany;
    QVERIFY(tooMany.open(server.baseUrl()));
    tooMany.write(RawConnection::request("GET", "/api/v2/health", lines + "X-One-More: v\r\n"));
    QVERIFY(tooMany.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(tooMany.received()), QList<int> {431});
    QVERIFY(tooMany.waitForClose(10000));

    // A header that never ends: refused once it passes the limit, without waiting for its end.
    RawConnection endless;
    QVERIFY(endless.open(server.baseUrl()));
    endless.write("GET /api/v2/health HTTP/1.1\r\nHost: x\r\nX-Endless: " + QByteArray(64 * 1024, 'e'));
    QVERIFY(endless.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(endless.received()), QList<int> {431});
    QVERIFY(endless.received().contains("headers_too_large"));
    QVERIFY(endless.waitForClose(10000));
}

void TestSandboxLimits::framingInDoubtIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("length and chunked") << QByteArray(
        "POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n"
        "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                        << 400;
    QTest::newRow("two lengths") << QByteArray("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
                                 << 400;
    QTest::newRow("gzip coding") << QByteArray("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
    QTest::newRow("folded header") << QByteArray("GET /api/v2/health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n")
                                   << 400;
    QTest::newRow("HTTP/2.0 line") << QByteArray("GET /api/v2/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x01\x05hello\r\n\r\n") << 400;
}

void TestSandboxLimits::framingInDoubtIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    RawConnection client;
    QVERIFY(client.open(server.baseUrl()));
    client.write(request);
    QVERIFY(client.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(client.received()), QList<int> {status});
    QVERIFY2(client.waitForClose(10000), "the connection stayed open: where the next request starts is in doubt");
    QCOMPARE(server.contactCount(), 0);
}

// A client that connects and says nothing, or goes quiet between requests, is closed after the
// idle timeout (not before), and the server goes on answering others.
void TestSandboxLimits::idleConnectionsAreClosed()
{
    ServerLimits limits = smallLimits();
    limits.idleTimeoutMs = 400;
    QVERIFY(start(limits));
    SandboxServer &server = *m_server;
    RawConnection silent;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.open(server.baseUrl()));
    QVERIFY2(silent.waitForClose(5000), "a silent connection was kept");
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QStringLiteral("closed after %1 ms").arg(timer.elapsed())));
    QVERIFY(silent.received().isEmpty()); // nothing was asked, nothing is answered

    RawConnection keptAlive;
    QVERIFY(keptAlive.open(server.baseUrl()));
    keptAlive.write(RawConnection::request("GET", "/api/v2/health"));
    QVERIFY(keptAlive.waitForAnswers(1, 5000));
    QTest::qWait(150);
    QVERIFY(keptAlive.isOpen()); // kept for the next request...
    QVERIFY2(keptAlive.waitForClose(5000), "an idle keep-alive connection was kept");

    HttpClient client(server.baseUrl(), kKey);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
}

void TestSandboxLimits::aHalfSentRequestTimesOutWith408()
{
    ServerLimits limits = smallLimits();
    limits.idleTimeoutMs = 300;
    QVERIFY(start(limits));
    SandboxServer &server = *m_server;
    RawConnection stalled;
    QVERIFY(stalled.open(server.baseUrl()));
    const QByteArray body
        = assertBody(QStringLiteral("stall@x.example"), {{QStringLiteral("title"), QStringLiteral("s")}});
    stalled.write(assertRequest(body).chopped(5)); // the last bytes of the body never come
    QVERIFY(stalled.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(stalled.received()), QList<int> {408});
    QVERIFY(stalled.waitForClose(5000));
    QCOMPARE(server.contactCount(), 0);
}

// Forty clients that open a TLS handshake and stall in it (a record header, then nothing) do
// not keep the next client out, and each is dropped at the idle timeout.
void TestSandboxLimits::stalledTlsHandshakesDoNotStopTheServer()
{
    ServerLimits limits = smallLimits();
    limits.idleTimeoutMs = 1500;
    QVERIFY(start(limits, true));
    SandboxServer &server = *m_server;
    std::vector<std::unique_ptr<RawConnection>> stalled;
    for (int i = 0; i < 40; ++i) {
        stalled.push_back(std::make_unique<RawConnection>());
        QVERIFY(stalled.back()->open(server.baseUrl()));
        stalled.back()->write(QByteArray("\x16\x03\x01\x02\x01", 5)); // a ClientHello of 513 bytes, begun
    }
    QTest::qWait(100);
    QFile cert(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    const QSslCertificate ca(cert.readAll());
    HttpClient client(server.baseUrl(), kKey);
    client.setCaCertificate(ca);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    QVERIFY2(timer.elapsed() < 1500, "the request waited for the stalled handshakes");
    int stillOpen = 0;
    for (const auto &c : stalled)
        stillOpen += c->isOpen() ? 1 : 0;
    QCOMPARE(stillOpen, 40); // served while all forty were stalled
    for (const auto &c : stalled)
        QVERIFY2(c->waitForClose(8000), "a stalled handshake outlived the idle timeout");
    HttpClient later(server.baseUrl(), kKey);
    later.setCaCertificate(ca);
    QCOMPARE(later.get(QStringLiteral("/health")).status, 200);
}

// At the limit, one more connection is answered 503 with Retry-After and closed; once a
// connection closes, new ones are served again.
void TestSandboxLimits::theConnectionLimitRefusesThenRecovers()
{
    ServerLimits limits = smallLimits();
    limits.maxConnections = 3;
    QVERIFY(start(limits));
    SandboxServer &server = *m_server;
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<RawConnection>());
        QVERIFY(held.back()->open(server.baseUrl()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionsAccepted(), 3, 5000);
    RawConnection refused;
    QVERIFY(refused.open(server.baseUrl()));
    refused.write(RawConnection::request("GET", "/api/v2/health"));
    QVERIFY(refused.waitForAnswers(1, 5000));
    QCOMPARE(RawConnection::statuses(refused.received()), QList<int> {503});
    QVERIFY(refused.received().contains("\r\nRetry-After: 1\r\n"));
    QVERIFY(refused.received().contains("too_many_connections"));
    QVERIFY(refused.waitForClose(5000));
    for (const auto &h : held)
        QVERIFY(h->isOpen()); // the three served ones are untouched

    held.front()->socket().abort();
    QList<int> statuses;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     RawConnection next;
                     if (!next.open(server.baseUrl()))
                         return false;
                     next.write(RawConnection::request("GET", "/api/v2/health", "Connection: close\r\n"));
                     next.waitForAnswers(1, 2000);
                     statuses = RawConnection::statuses(next.received());
                     return statuses == QList<int> {200};
                 },
                 5000),
             "no connection was served after one closed");
    QCOMPARE(server.connectionsAccepted(), 4);
}

// Qt HttpServer 6.4 answered a WebSocket upgrade twice (its handler's answer, then a 404 from
// its fallback, as no WebSocket was taken). The sandbox does not switch protocols: the request
// is answered once, as any other, and the connection serves the next one.
void TestSandboxLimits::anUpgradeRequestGetsOneAnswer()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    RawConnection client;
    QVERIFY(client.open(server.baseUrl()));
    client.write(RawConnection::request("GET", "/api/v2/health",
                                        "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    QVERIFY(client.waitForAnswers(1, 5000));
    QTest::qWait(500); // a second answer would have come by now
    QCOMPARE(RawConnection::statuses(client.received()), QList<int> {200});
    QVERIFY(!client.received().contains("101"));
    QVERIFY(client.isOpen());
    client.write(RawConnection::request("GET", "/api/v2/health", "Upgrade: h2c\r\nConnection: Upgrade, close\r\n"));
    QVERIFY(client.waitForClose(5000));
    QCOMPARE(RawConnection::statuses(client.received()), (QList<int> {200, 200}));
}

// Requests written back to back on one connection are each answered, in order.
void TestSandboxLimits::pipelinedRequestsAreAnsweredInOrder()
{
    QVERIFY(start(smallLimits()));
    SandboxServer &server = *m_server;
    RawConnection client;
    QVERIFY(client.open(server.baseUrl()));
    client.write(
        assertRequest(assertBody(QStringLiteral("pipe@x.example"), {{QStringLiteral("title"), QStringLiteral("1")}}))
        + RawConnection::request("GET", "/api/v2/nowhere", kAuth)
        + assertRequest(assertBody(QStringLiteral("pipe@x.example"), {{QStringLiteral("title"), QStringLiteral("2")}}),
                        "Connection: close\r\n"));
    QVERIFY(client.waitForClose(5000));
    QCOMPARE(RawConnection::statuses(client.received()), (QList<int> {201, 404, 200}));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
