// A send is a write into a live CRM: whatever the server does after reading it (closing, a
// reset, a status line that is not HTTP, noise, an answer that never ends), the assert reaches
// it at most once, over plain HTTP and over TLS, and the outcome is "unknown", never a silent
// second write. Each case counts what a misbehaving server on loopback read in full.
#include "apiclient.h"
#include "hostileserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using AssertDesk::Test::HostileServer;
using Behaviour = HostileServer::Behaviour;

Q_DECLARE_METATYPE(HostileServer::Behaviour)

namespace {

const QByteArray kBody = R"({"match":{"primary_email":"once@acme.example"},"attributes":{"first_name":"Once"}})";
const QByteArray kCreated
    = R"({"data":{"id":"c1","object_type":"contact","attributes":{}},"meta":{"action":"created","matched_on":{}}})";

QByteArray answer201()
{
    return "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(kCreated.size()) + "\r\n\r\n" + kCreated;
}

} // namespace

class TestAtMostOnce final : public QObject
{
    Q_OBJECT

    QSslConfiguration m_before;

    SendResult send(ApiClient &client, const QUrl &baseUrl, int timeoutSeconds = 10)
    {
        ApiCall::Options options;
        options.baseUrl = baseUrl;
        options.key = QStringLiteral("test-key-123456");
        options.timeoutSeconds = timeoutSeconds;
        ApiCall *call = client.assertContact(options, kBody, this);
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        if (!call->isFinished())
            [&] { QVERIFY(done.wait(60000)); }();
        const SendResult r = call->result();
        call->deleteLater();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Trust the test certificate, as a user's system would trust the API's.
        m_before = QSslConfiguration::defaultConfiguration();
        QFile cert(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QSslConfiguration trusting = m_before;
        trusting.addCaCertificate(QSslCertificate(cert.readAll()));
        QSslConfiguration::setDefaultConfiguration(trusting);
    }

    void cleanupTestCase() { QSslConfiguration::setDefaultConfiguration(m_before); }

    void aLostAnswerIsUnknownAndNeverResent_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<bool>("tls");
        for (const bool tls : {false, true}) {
            const char *scheme = tls ? "https" : "http";
            QTest::addRow("close, %s", scheme) << Behaviour::Close << tls;
            QTest::addRow("reset, %s", scheme) << Behaviour::Reset << tls;
            QTest::addRow("malformed status line, %s", scheme) << Behaviour::MalformedStatus << tls;
            QTest::addRow("garbage, %s", scheme) << Behaviour::Garbage << tls;
        }
    }

    void aLostAnswerIsUnknownAndNeverResent()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(bool, tls);
        HostileServer server(behaviour);
        QString error;
        QVERIFY2(server.listen(tls, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);

        const SendResult r = send(client, server.baseUrl());
        QCOMPARE(r.outcome, Outcome::Unknown);
        QVERIFY2(r.summary.contains(QStringLiteral("may or may not")), qPrintable(r.summary));
        // Qt would have sent it again; give a resend time to arrive before counting.
        QTest::qWait(300);
        QCOMPARE(server.requestsReceived(), 1);
        QCOMPARE(r.attempts, 1);
    }

    // A connection kept alive from an earlier send, which the server has since closed: the
    // second send reaches the server at most once more.
    void aKeptAliveConnectionTheServerDroppedIsNotAResend_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void aKeptAliveConnectionTheServerDroppedIsNotAResend()
    {
        QFETCH(bool, tls);
        HostileServer server(Behaviour::Raw);
        server.setRawAnswer(answer201(), true); // answers, then closes without saying so
        QString error;
        QVERIFY2(server.listen(tls, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);

        QCOMPARE(send(client, server.baseUrl()).outcome, Outcome::Succeeded);
        QTRY_COMPARE(server.requestsReceived(), 1);
        const SendResult second = send(client, server.baseUrl());
        QTest::qWait(300);
        QVERIFY2(server.requestsReceived() <= 2, qPrintable(QString::number(server.requestsReceived())));
        // Either the stack saw the close before writing (a new connection, one write) or it
        // wrote into the closed one and must not try again: one answer or "unknown".
        QVERIFY2(second.outcome == Outcome::Succeeded || second.outcome == Outcome::Unknown
                     || second.outcome == Outcome::NotSent,
                 qPrintable(second.summary));
        if (second.outcome == Outcome::Succeeded)
            QCOMPARE(server.requestsReceived(), 2);
    }

    void aTrickledAnswerEndsAtTheDeadline()
    {
        HostileServer server(Behaviour::Trickle);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);

        QElapsedTimer clock;
        clock.start();
        const SendResult r = send(client, server.baseUrl(), 2);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.bodyTruncated);
        QVERIFY2(r.summary.contains(QStringLiteral("within 2 s")), qPrintable(r.summary));
        // Bytes kept arriving every 200 ms; Qt's idle timeout alone would never have fired.
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QCOMPARE(server.requestsReceived(), 1);
    }

    // A key or header that would add headers of its own is refused before anything is sent.
    void aKeyOrHeaderWithALineBreakSendsNothing()
    {
        HostileServer server(Behaviour::Raw);
        server.setRawAnswer(answer201(), false);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        ApiCall::Options options;
        options.baseUrl = server.baseUrl();
        options.key = QStringLiteral("test-key-123456\r\nX-Injected: 1");
        ApiCall *call = client.assertContact(options, kBody, this);
        call->start();
        QTRY_VERIFY(call->isFinished());
        QCOMPARE(call->result().outcome, Outcome::NotSent);

        options.key = QStringLiteral("test-key-123456");
        options.extraHeaders = {{"X-Trace", "1\r\nAuthorization: Bearer someone-else"}};
        call = client.assertContact(options, kBody, this);
        call->start();
        QTRY_VERIFY(call->isFinished());
        QCOMPARE(call->result().outcome, Outcome::NotSent);
        QTest::qWait(200);
        QCOMPARE(server.connectionsAccepted(), 0);
    }

    // A cookie set by one answer is never sent back with the next request.
    void noCookieIsKept()
    {
        HostileServer server(Behaviour::Raw);
        server.setRawAnswer("HTTP/1.1 201 Created\r\nSet-Cookie: session=tracked; Path=/\r\nContent-Type: "
                            "application/json\r\nContent-Length: "
                                + QByteArray::number(kCreated.size()) + "\r\n\r\n" + kCreated,
                            false);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        QCOMPARE(send(client, server.baseUrl()).outcome, Outcome::Succeeded);
        QCOMPARE(send(client, server.baseUrl()).outcome, Outcome::Succeeded);
        QCOMPARE(server.heads().size(), 2);
        QVERIFY2(!server.heads().at(1).toLower().contains("cookie:"), server.heads().at(1).constData());
    }

    void aNormalAnswerStillSucceedsOnce()
    {
        HostileServer server(Behaviour::Raw);
        server.setRawAnswer(answer201(), false);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        for (int i = 1; i <= 3; ++i) {
            const SendResult r = send(client, server.baseUrl());
            QCOMPARE(r.outcome, Outcome::Succeeded);
            QCOMPARE(r.httpStatus, 201);
            QCOMPARE(server.requestsReceived(), i);
        }
        QCOMPARE(server.connectionsAccepted(), 1); // kept alive between sends
    }
};

QTEST_GUILESS_MAIN(TestAtMostOnce)
#include "tst_atmostonce.moc"
