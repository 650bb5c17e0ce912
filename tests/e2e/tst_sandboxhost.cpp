#include "sandboxhost.h"

#include <QTcpSocket>
#include <QTest>

using namespace AssertDesk::Sandbox;

// The in-app sandbox: it must answer while the UI thread is busy, and go away cleanly.
class TestSandboxHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesFromItsOwnThread()
    {
        SandboxHost host;
        SandboxOptions options;
        options.seed = 5;
        QString error;
        QVERIFY2(host.start(options, &error), qPrintable(error));
        QCOMPARE(host.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(host.key().startsWith(QStringLiteral("sbx_")));

        // This thread never returns to its event loop below: only another thread can answer.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(host.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v2/contact/_query HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                     + host.key().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray answer;
        while (!answer.contains("\"next_cursor\"") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QCOMPARE(answer.count("\"record_type\":\"contact\""), 5);
    }

    void aSecondHostGetsAnotherPortAndKey()
    {
        SandboxHost a;
        SandboxHost b;
        QString error;
        QVERIFY(a.start({}, &error));
        QVERIFY(b.start({}, &error));
        QVERIFY(a.baseUrl().port() != b.baseUrl().port());
        QVERIFY(a.key() != b.key());
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
