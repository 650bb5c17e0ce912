// The sandbox as a server: faults on request, connections, rate limits, seed data and TLS.
#include "tst_sandbox.h"
#include "tst_sandboxhelpers.h"

#include "httpclient.h"

#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace AssertDesk::Sandbox;
using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::HttpResult;

void TestSandbox::faultsAnswerAsAsked()
{
    const QByteArray body
        = assertBody(QStringLiteral("fault@x.example"), {{QStringLiteral("title"), QStringLiteral("f")}});
    const HttpResult throttled = assertContact(body, {{"X-Sandbox-Fault", "429, retry-after=7"}});
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
    for (int status : {500, 502, 503}) {
        const HttpResult r = assertContact(body, {{"X-Sandbox-Fault", QByteArray::number(status)}});
        QCOMPARE(r.status, status);
    }
    QCOMPARE(m_server->contactCount(), 0); // none of those wrote anything

    for (int status : {301, 302, 307}) {
        const HttpResult r = assertContact(body, {{"X-Sandbox-Fault", "redirect=" + QByteArray::number(status)}});
        QCOMPARE(r.status, status);
        const QUrl location(QString::fromLatin1(r.header("Location")));
        QCOMPARE(location.host(), QStringLiteral("localhost")); // another origin
        QCOMPARE(location.path(), QStringLiteral("/api/v2/contact/_assert"));
    }

    QElapsedTimer timer;
    timer.start();
    const HttpResult slow = assertContact(body, {{"X-Sandbox-Fault", "delay=400"}});
    QCOMPARE(slow.status, 201);
    QVERIFY(timer.elapsed() >= 390);

    const HttpResult trickled = assertContact(body, {{"X-Sandbox-Fault", "trickle, trickle-ms=2"}});
    QCOMPARE(trickled.status, 200);
    QCOMPARE(trickled.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("updated"));

    const HttpResult big = assertContact(body, {{"X-Sandbox-Fault", "oversize=12"}});
    QCOMPARE(big.status, 200);
    QVERIFY(big.body.size() >= 12 * 1024 * 1024);
    QVERIFY(!QJsonDocument::fromJson(big.body).isNull());

    const HttpResult unknown = assertContact(body, {{"X-Sandbox-Fault", "explode"}});
    QCOMPARE(unknown.status, 400);
}

void TestSandbox::droppedConnectionStillWrites()
{
    const HttpResult dropped
        = assertContact(assertBody(QStringLiteral("drop@x.example"), {{QStringLiteral("title"), QStringLiteral("d")}}),
                        {{"X-Sandbox-Fault", "drop"}});
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    // The outcome was unknown to the client, but the contact exists.
    QCOMPARE(m_server->contactCount(), 1);
}

// HTTP/1.1 says a server closes the connection after answering a request that asks for it;
// a client reusing it would otherwise wait on a half-open socket. Without the option the
// connection stays open for the next request.
void TestSandbox::connectionCloseIsHonoured()
{
    const QUrl base = m_server->baseUrl();
    const QByteArray body
        = assertBody(QStringLiteral("close@x.example"), {{QStringLiteral("title"), QStringLiteral("c")}});
    for (const bool close : {true, false}) {
        QTcpSocket socket;
        socket.connectToHost(base.host(), quint16(base.port()));
        QVERIFY(socket.waitForConnected(10000));
        QByteArray request = "POST " + base.path().toUtf8()
            + "/contact/_assert HTTP/1.1\r\nHost: " + base.host().toUtf8() + "\r\nAuthorization: Bearer " + kKey
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (close)
            request += "Connection: close\r\n";
        socket.write(request + "\r\n" + body);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 20"), answer.constData());
        QCOMPARE(answer.contains("\r\nConnection: close\r\n"), close);
        if (close)
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        else
            QVERIFY2(!socket.waitForDisconnected(300), "the server closed a connection the client kept");
    }
}

// A client that gives up on a trickled answer (as Assert Desk does at its deadline) leaves; the
// sandbox stops the trickle the moment the connection goes, instead of writing pieces into a
// closed socket until the socket object is deleted, and it answers the next client as usual.
void TestSandbox::aClientLeavingMidTrickleStopsTheTrickle()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("not open")));
    const QUrl base = m_server->baseUrl();
    QJsonObject attributes {{QStringLiteral("title"), QString(2000, QLatin1Char('t'))}};
    const QByteArray body = assertBody(QStringLiteral("trickle-gone@x.example"), attributes);
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write("POST " + base.path().toUtf8() + "/contact/_assert HTTP/1.1\r\nHost: " + base.host().toUtf8()
                 + "\r\nAuthorization: Bearer " + kKey
                 + "\r\nX-Sandbox-Fault: trickle, trickle-ms=5\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.constData());

    // The sandbox's end of the connection, and the timer trickling the body into it.
    const QList<QTcpSocket *> served = m_server->findChildren<QTcpSocket *>();
    const QList<QTimer *> trickles = m_server->findChildren<QTimer *>();
    QCOMPARE(served.size(), 1);
    QCOMPARE(trickles.size(), 1);
    QPointer<QTimer> trickle = trickles.first();
    QVERIFY(trickle->isActive());
    bool tricklingAfterDisconnect = false;
    bool disconnected = false;
    connect(served.first(), &QAbstractSocket::disconnected, this, [&] {
        disconnected = true;
        tricklingAfterDisconnect = trickle && trickle->isActive();
    });
    socket.abort(); // gone, long before the last of about 40 pieces
    QTRY_VERIFY_WITH_TIMEOUT(disconnected, 10000);
    QVERIFY2(!tricklingAfterDisconnect, "the trickle went on after the client left");
    QTRY_VERIFY(!trickle);
    QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
}

void TestSandbox::faultHeaderIgnoredWithoutFaultsOption()
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    SandboxServer plain(options);
    QString error;
    QVERIFY(plain.start(0, &error));
    HttpClient client(plain.baseUrl(), kKey);
    const HttpResult r
        = client.post(QStringLiteral("/contact/_assert"),
                      assertBody(QStringLiteral("p@x.example"), {{QStringLiteral("title"), QStringLiteral("p")}}),
                      {{"X-Sandbox-Fault", "503"}});
    QCOMPARE(r.status, 201);
}

void TestSandbox::rateLimitAnswers429WithRetryAfter()
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    options.rateLimit = 3;
    SandboxServer limited(options);
    QString error;
    QVERIFY(limited.start(0, &error));
    HttpClient client(limited.baseUrl(), kKey);
    // Enough requests that even a slow (sanitizer) build sends more than three within a second.
    QList<int> statuses;
    QByteArray retryAfter;
    for (int i = 0; i < 30; ++i) {
        const HttpResult r = client.get(QStringLiteral("/health"));
        statuses << r.status;
        if (r.status == 429 && retryAfter.isEmpty())
            retryAfter = r.header("Retry-After");
    }
    QVERIFY2(statuses.count(429) >= 1, "no request was throttled");
    QVERIFY(statuses.count(200) >= 3);
    QCOMPARE(statuses.count(200) + statuses.count(429), 30);
    QVERIFY(retryAfter.toInt() >= 1);
}

void TestSandbox::seedMakesRealisticContacts()
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    options.seed = 30;
    SandboxServer seeded(options);
    QString error;
    QVERIFY(seeded.start(0, &error));
    QCOMPARE(seeded.contactCount(), 30);
    HttpClient client(seeded.baseUrl(), kKey);
    const HttpResult r = client.post(QStringLiteral("/contact/_query"), R"({"limit":30})");
    const QJsonArray contacts = r.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(contacts.size(), 30);
    QSet<QString> stages;
    for (const QJsonValue &c : contacts) {
        const QJsonObject a = c.toObject().value(QStringLiteral("attributes")).toObject();
        QVERIFY(a.value(QStringLiteral("contact_emails")).toArray().size() >= 2);
        QVERIFY(a.value(QStringLiteral("contact_phone_numbers")).toArray().size() >= 1);
        QVERIFY(!a.value(QStringLiteral("owner_user_id")).toObject().value(QStringLiteral("value")).isNull());
        stages.insert(a.value(QStringLiteral("stage"))
                          .toObject()
                          .value(QStringLiteral("value"))
                          .toObject()
                          .value(QStringLiteral("api_name"))
                          .toString());
    }
    QVERIFY(stages.size() >= 3);
    // A seeded contact is found through its secondary address.
    const QJsonObject first = contacts.first().toObject().value(QStringLiteral("attributes")).toObject();
    const QString secondary = first.value(QStringLiteral("contact_emails"))
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(QStringLiteral("value"))
                                  .toObject()
                                  .value(QStringLiteral("email"))
                                  .toString();
    const HttpResult updated
        = client.post(QStringLiteral("/contact/_assert"),
                      assertBody(secondary, {{QStringLiteral("title"), QStringLiteral("Seeded")}}));
    QCOMPARE(updated.status, 200);
    QCOMPARE(seeded.contactCount(), 30);
}

void TestSandbox::servesHttpsWithTls()
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(kKey)};
    SandboxServer secure(options);
    QString error;
    QVERIFY2(secure.setTls(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"),
                           QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-key.pem"), &error),
             qPrintable(error));
    QVERIFY(secure.start(0, &error));
    QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
    HttpClient untrusting(secure.baseUrl(), kKey);
    const HttpResult refused = untrusting.get(QStringLiteral("/health"));
    QVERIFY(refused.error != QNetworkReply::NoError); // self-signed: not trusted by default
    HttpClient trusting(secure.baseUrl(), kKey);
    QFile cert(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    trusting.setCaCertificate(QSslCertificate(cert.readAll()));
    QCOMPARE(trusting.get(QStringLiteral("/health")).status, 200);
}

QByteArray TestSandbox::exchange(const QByteArray &head, const QByteArray &body)
{
    const QUrl base = m_server->baseUrl();
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("POST " + base.path().toUtf8() + "/contact/_assert HTTP/1.1\r\nHost: " + base.host().toUtf8()
                 + "\r\nContent-Type: application/json\r\nConnection: close\r\n" + head + "\r\n\r\n" + body);
    QByteArray answer;
    (void)QTest::qWaitFor( // a server that keeps the connection open answers within this too
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return answer + socket.readAll();
}

// "bearer", "BEARER" and "Bearer" are one scheme (RFC 9110), as real servers take them.
void TestSandbox::theAuthSchemeIsCaseInsensitive()
{
    const QByteArray body
        = assertBody(QStringLiteral("case@x.example"), {{QStringLiteral("title"), QStringLiteral("c")}});
    for (const QByteArray scheme : {"bearer", "BEARER", "Bearer"}) {
        const QByteArray answer = exchange(
            "Authorization: " + scheme + " " + kKey + "\r\nContent-Length: " + QByteArray::number(body.size()), body);
        QVERIFY2(answer.startsWith("HTTP/1.1 20"), answer.left(200).constData());
    }
    const QByteArray wrong
        = exchange("Authorization: Basic " + kKey + "\r\nContent-Length: " + QByteArray::number(body.size()), body);
    QVERIFY2(wrong.startsWith("HTTP/1.1 401"), wrong.left(200).constData());
}

// Two Authorization headers: whichever one a server picks, a client meant the other; refused.
void TestSandbox::twoAuthorizationHeadersAreRefused()
{
    const QByteArray body
        = assertBody(QStringLiteral("two@x.example"), {{QStringLiteral("title"), QStringLiteral("t")}});
    const QByteArray answer = exchange("Authorization: Bearer " + kKey + "\r\nAuthorization: Bearer other-key"
                                           + "\r\nContent-Length: " + QByteArray::number(body.size()),
                                       body);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
    QVERIFY(answer.contains("Authorization"));
    QCOMPARE(m_server->contactCount(), 0); // nothing was written
}

// Two lengths leave the end of the body in doubt: refused, nothing written, connection closed.
void TestSandbox::conflictingContentLengthsAreRefused()
{
    const QByteArray body
        = assertBody(QStringLiteral("len@x.example"), {{QStringLiteral("title"), QStringLiteral("l")}});
    const QByteArray answer = exchange("Authorization: Bearer " + kKey + "\r\nContent-Length: "
                                           + QByteArray::number(body.size()) + "\r\nContent-Length: 5",
                                       body);
    QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
    QCOMPARE(m_server->contactCount(), 0);
}
