#include "apiclient.h"
#include "hostileserver.h"
#include "sandboxserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::Sandbox;

namespace {

const QString kKey = QStringLiteral("apicall-test-key-7a3f");
const QByteArray kBody = R"({"match":{"primary_email":"call@x.example"},"attributes":{"title":"T"}})";

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestApiCall final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;

    ApiCall::Options options(const QByteArray &fault = {}) const
    {
        ApiCall::Options o;
        o.baseUrl = m_server->baseUrl();
        o.key = kKey;
        o.timeoutSeconds = 5;
        if (!fault.isEmpty())
            o.extraHeaders.append({"X-Sandbox-Fault", fault});
        return o;
    }

    SendResult run(ApiCall *call)
    {
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        if (!call->isFinished())
            [&] { QVERIFY(done.wait(30000)); }();
        return call->result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_client = new ApiClient(&m_nam, this);
        g_previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("assertdesk.*=true"));
    }

    void init()
    {
        SandboxOptions o;
        o.keys = {kKey};
        o.faults = true;
        m_server = std::make_unique<SandboxServer>(o);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    // A warm-up opens the connection the next send goes over, for plain HTTP and for TLS (where
    // it must be opened as a request would open it, or the send opens another).
    void warmUpOpensTheConnectionTheSendUses_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void warmUpOpensTheConnectionTheSendUses()
    {
        QFETCH(bool, tls);
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&before] { QSslConfiguration::setDefaultConfiguration(before); });
        SandboxOptions o;
        o.keys = {kKey};
        SandboxServer server(o);
        QString error;
        if (tls) {
            QVERIFY2(server.setTls(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"),
                                   QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-key.pem"), &error),
                     qPrintable(error));
            QFile cert(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"));
            QVERIFY(cert.open(QIODevice::ReadOnly));
            QSslConfiguration trusting = before;
            trusting.addCaCertificate(QSslCertificate(cert.readAll()));
            QSslConfiguration::setDefaultConfiguration(trusting);
        }
        QVERIFY2(server.start(0, &error), qPrintable(error));
        QNetworkAccessManager nam; // its own: no connection left by another test
        ApiClient client(&nam);

        QVERIFY(client.warmUp(server.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionsAccepted(), 1, 10000);
        QVERIFY(!client.warmUp(server.baseUrl())); // again at once: nothing more
        QCOMPARE(server.contactCount(), 0);        // nothing was sent over it

        ApiCall::Options opts;
        opts.baseUrl = server.baseUrl();
        opts.key = kKey;
        opts.timeoutSeconds = 10;
        const SendResult r = run(client.assertContact(opts, kBody, this));
        QCOMPARE(r.outcome, Outcome::Succeeded);
        QCOMPARE(server.contactCount(), 1);
        QCOMPARE(server.connectionsAccepted(), 1);
    }

    void warmUpNeedsAnHttpHost()
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        QVERIFY(!client.warmUp(QUrl()));
        QVERIFY(!client.warmUp(QUrl(QStringLiteral("ftp://example.com/api/v2"))));
        QVERIFY(!client.warmUp(QUrl(QStringLiteral("/api/v2"))));
    }

    void succeeded()
    {
        const SendResult r = run(m_client->assertContact(options(), kBody, this));
        QCOMPARE(r.outcome, Outcome::Succeeded);
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.body.contains("\"action\":\"created\""));
        QVERIFY(r.sentAt.isValid() && r.answeredAt >= r.sentAt);
    }

    void rejected()
    {
        const QByteArray bad = R"({"match":{"primary_email":"call@x.example"},"attributes":{"nickname":"T"}})";
        const SendResult r = run(m_client->assertContact(options(), bad, this));
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 422);
        QCOMPARE(m_server->contactCount(), 0);
    }

    void wrongKeyIsRejectedAndTestKeyChangesNothing()
    {
        ApiCall::Options o = options();
        const SendResult good = run(m_client->testKey(o, this));
        QCOMPARE(good.outcome, Outcome::Succeeded);
        o.key = QStringLiteral("wrong");
        const SendResult bad = run(m_client->testKey(o, this));
        QCOMPARE(bad.outcome, Outcome::Rejected);
        QCOMPARE(bad.httpStatus, 401);
        QCOMPARE(m_server->contactCount(), 0);
    }

    void serverErrorsAreUnknownAndNeverRetried()
    {
        for (const QByteArray status : {"500", "502", "503"}) {
            const SendResult r = run(m_client->assertContact(options(status), kBody, this));
            QCOMPARE(r.outcome, Outcome::Unknown);
            QCOMPARE(r.httpStatus, status.toInt());
            QCOMPARE(r.attempts, 1);
        }
    }

    void droppedConnectionIsUnknown()
    {
        const SendResult r = run(m_client->assertContact(options("drop"), kBody, this));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(r.summary.contains(QStringLiteral("may or may not")));
        QVERIFY(m_server->contactCount() >= 1); // it did happen
    }

    void timeoutIsUnknownAndToldApartFromCancel()
    {
        ApiCall::Options o = options("delay=3000");
        o.timeoutSeconds = 1;
        const SendResult timedOut = run(m_client->assertContact(o, kBody, this));
        QCOMPARE(timedOut.outcome, Outcome::Unknown);
        QVERIFY(timedOut.summary.contains(QStringLiteral("No answer within 1 s")));

        ApiCall *call = m_client->assertContact(options("delay=3000"), kBody, this);
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        QTimer::singleShot(200, call, &ApiCall::cancel);
        QVERIFY(done.wait(10000));
        QCOMPARE(call->result().outcome, Outcome::Cancelled);
        QVERIFY(call->result().elapsedMs < 2500);
    }

    void redirectIsNotFollowedAndTheTargetGetsNothing()
    {
        QTcpServer target;
        QVERIFY(target.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&target, &QTcpServer::newConnection, this, [&] { ++connections; });
        const QByteArray location = "http://127.0.0.1:" + QByteArray::number(target.serverPort()) + "/steal";
        for (const QByteArray code : {"301", "302", "307"}) {
            const SendResult r
                = run(m_client->assertContact(options("redirect=" + code + ", location=" + location), kBody, this));
            QCOMPARE(r.outcome, Outcome::Rejected);
            QCOMPARE(r.httpStatus, code.toInt());
            QCOMPARE(r.redirectLocation, QString::fromLatin1(location));
            QVERIFY(r.summary.contains(QString::fromLatin1(location)));
        }
        QTest::qWait(200);
        QCOMPARE(connections, 0);
        QCOMPARE(m_server->contactCount(), 0);
    }

    void throttledRequestsWaitAndRetry()
    {
        // A server that allows one request a second: the second call is throttled, then goes through.
        SandboxOptions o;
        o.keys = {kKey};
        o.rateLimit = 1;
        SandboxServer limited(o);
        QString error;
        QVERIFY(limited.start(0, &error));
        ApiCall::Options opts;
        opts.baseUrl = limited.baseUrl();
        opts.key = kKey;
        QCOMPARE(run(m_client->assertContact(opts, kBody, this)).outcome, Outcome::Succeeded);
        ApiCall *call = m_client->assertContact(opts, kBody, this);
        QSignalSpy waiting(call, &ApiCall::waitingToRetry);
        const SendResult r = run(call);
        QCOMPARE(r.outcome, Outcome::Succeeded);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 2);
        QVERIFY(waiting.count() >= 1);
        QCOMPARE(waiting.first().at(1).toInt(), 2);
    }

    void throttlingGivesUpAfterBoundedRetries()
    {
        ApiCall::Options o = options("429, retry-after=1");
        o.max429Retries = 2;
        ApiCall *call = m_client->assertContact(o, kBody, this);
        QSignalSpy waiting(call, &ApiCall::waitingToRetry);
        const SendResult r = run(call);
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(waiting.count(), 2);
    }

    // A wait longer than the client waits on its own, unreadable or absent is never shortened
    // into an early retry: the attempt ends as throttled, with the server's time shown.
    void aWaitBeyondTheCapEndsAsThrottled_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("said");
        QTest::newRow("an hour") << QByteArray("429, retry-after=3600") << QStringLiteral("3600 s");
        QTest::newRow("too large to fit")
            << QByteArray("429, retry-after=99999999999999999999999") << QStringLiteral("longer than ten years");
        QTest::newRow("a date far ahead")
            << QByteArray("429, retry-after=01 Jan 2031 00:00:00 GMT") << QStringLiteral("until");
        QTest::newRow("garbage") << QByteArray("429, retry-after=soon") << QStringLiteral("could not be read");
    }

    void aWaitBeyondTheCapEndsAsThrottled()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, said);
        ApiCall::Options o = options(fault);
        o.maxRetryWaitSeconds = 5;
        ApiCall *call = m_client->assertContact(o, kBody, this);
        QSignalSpy waiting(call, &ApiCall::waitingToRetry);
        const SendResult r = run(call);
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(waiting.count(), 0);
        QVERIFY2(r.summary.startsWith(QStringLiteral("Throttled")), qPrintable(r.summary));
        QVERIFY2(r.summary.contains(said), qPrintable(r.summary));
    }

    void aRetryWaitIsCancellable()
    {
        ApiCall::Options o = options("429, retry-after=3");
        o.maxRetryWaitSeconds = 5;
        ApiCall *call = m_client->assertContact(o, kBody, this);
        QSignalSpy waiting(call, &ApiCall::waitingToRetry);
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        QVERIFY(waiting.wait(5000));
        QCOMPARE(waiting.first().at(0).toInt(), 3);
        call->cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(call->result().outcome, Outcome::Cancelled);
    }

    // Waits add up: once their total would pass the cap, the call stops waiting.
    void retryWaitsAreBoundedInTotal()
    {
        ApiCall::Options o = options("429, retry-after=2");
        o.maxRetryWaitSeconds = 3;
        o.max429Retries = 5;
        ApiCall *call = m_client->assertContact(o, kBody, this);
        QSignalSpy waiting(call, &ApiCall::waitingToRetry);
        const SendResult r = run(call);
        QCOMPARE(r.outcome, Outcome::Rejected);
        QCOMPARE(r.attempts, 2); // waited 2 s once; another 2 s would make 4 > 3
    }

    void cancelBeforeStartSaysNothingWasSent()
    {
        ApiCall *call = m_client->assertContact(options(), kBody, this);
        call->cancel();
        QVERIFY(call->isFinished());
        QCOMPARE(call->result().outcome, Outcome::Cancelled);
        QCOMPARE(call->result().summary, QStringLiteral("Cancelled before anything was sent."));
    }

    void responseSizeIsCapped()
    {
        ApiCall::Options o = options("oversize=4");
        o.maxResponseBytes = 1024 * 1024;
        const SendResult r = run(m_client->assertContact(o, kBody, this));
        QVERIFY(r.bodyTruncated);
        QVERIFY(r.summary.contains(QStringLiteral("larger than 1 MB")));
        QVERIFY(r.body.size() <= 1024 * 1024);
    }

    // An answer past the size cap is not read in full, whether its Content-Length says so or it
    // just goes on: its first part is kept (the history shows what it was), the cut is recorded,
    // and the summary says how much is kept. An answer of exactly the cap is read whole.
    void anAnswerPastTheCapKeepsItsFirstPart_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<qsizetype>("kept");
        constexpr qsizetype cap = 2 * 1024 * 1024;
        QTest::newRow("announced past the cap") << 3 * cap << true << qsizetype(1024 * 1024);
        QTest::newRow("unannounced, past the cap") << 3 * cap << false << qsizetype(1024 * 1024);
        QTest::newRow("exactly the cap") << cap << true << cap;
    }

    void anAnswerPastTheCapKeepsItsFirstPart()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, announced);
        QFETCH(qsizetype, kept);
        QByteArray body(size, 'x');
        for (qsizetype i = 0; i < size; i += 1000)
            body[i] = char('a' + (i / 1000) % 26); // so that a wrong part would not compare equal
        AssertDesk::Test::HostileServer server(AssertDesk::Test::HostileServer::Behaviour::Raw);
        server.setRawAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                + (announced ? "Content-Length: " + QByteArray::number(size) + "\r\n" : QByteArray())
                                + "\r\n" + body,
                            !announced);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        ApiCall::Options o;
        o.baseUrl = server.baseUrl();
        o.key = kKey;
        o.maxResponseBytes = 2 * 1024 * 1024;
        const SendResult r = run(m_client->assertContact(o, kBody, this));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body.size(), kept);
        QVERIFY(r.body == body.left(kept));
        QCOMPARE(r.bodyTruncated, kept < size);
        if (kept < size)
            QVERIFY2(r.summary.contains(QStringLiteral("larger than 2 MB and was not read in full; its first 1024 KB "
                                                       "are kept")),
                     qPrintable(r.summary));
        QCOMPARE(server.requestsReceived(), 1);
    }

    void refusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("plain http off this machine")
            << QUrl(QStringLiteral("http://api.example.com/api/v2")) << QStringLiteral("unencrypted");
        QTest::newRow("not a web url") << QUrl(QStringLiteral("ftp://127.0.0.1/api/v2"))
                                       << QStringLiteral("not a web URL");
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///api")) << QStringLiteral("not a complete URL");
    }

    void refusedBeforeAnythingIsSent()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, messagePart);
        ApiCall::Options o = options();
        o.baseUrl = base;
        const SendResult r = run(m_client->assertContact(o, kBody, this));
        QCOMPARE(r.outcome, Outcome::NotSent);
        QVERIFY2(r.summary.contains(messagePart), qPrintable(r.summary));
        QCOMPARE(r.attempts, 0);
    }

    void connectionRefusedIsNotSent()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiCall::Options o = options();
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(port));
        const SendResult r = run(m_client->assertContact(o, kBody, this));
        QCOMPARE(r.outcome, Outcome::NotSent);
        QVERIFY(r.summary.contains(QStringLiteral("refused")));
    }

    void selfSignedCertificateIsRefusedWithItsDetails()
    {
        SandboxOptions o;
        o.keys = {kKey};
        SandboxServer secure(o);
        QString error;
        QVERIFY(secure.setTls(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"),
                              QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-key.pem"), &error));
        QVERIFY(secure.start(0, &error));
        ApiCall::Options opts;
        opts.baseUrl = secure.baseUrl();
        opts.key = kKey;
        const SendResult r = run(m_client->assertContact(opts, kBody, this));
        QCOMPARE(r.outcome, Outcome::NotSent);
        QVERIFY2(r.detail.contains(QStringLiteral("SHA-256")), qPrintable(r.detail));
        QVERIFY(r.detail.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(secure.contactCount(), 0);
    }

    void noKeyMeansNotSent()
    {
        ApiCall::Options o = options();
        o.key.clear();
        const SendResult r = run(m_client->assertContact(o, kBody, this));
        QCOMPARE(r.outcome, Outcome::NotSent);
        QCOMPARE(m_server->contactCount(), 0);
    }

    void theKeyNeverReachesTheLog()
    {
        QVERIFY(!g_log.isEmpty()); // the calls above did log
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kKey) && !line.contains(QStringLiteral("Bearer apicall")), qPrintable(line));
        QVERIFY(std::any_of(g_log.cbegin(), g_log.cend(),
                            [](const QString &l) { return l.contains(QStringLiteral("****7a3f")); }));
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
