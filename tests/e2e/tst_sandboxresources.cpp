#include "tst_sandboxresources.h"
#include "tst_sandboxhelpers.h"

#include "httpclient.h"
#include "rawconnection.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace SandboxTest;
using AssertDesk::Test::HttpClient;
using AssertDesk::Test::RawConnection;
using AssertDesk::Test::SandboxProcess;

namespace {

const QByteArray kAuth = "Authorization: Bearer " + kKey + "\r\n";

// The process's peak resident memory so far, in KiB.
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// CPU time the process has used, in clock ticks (user and system).
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

std::unique_ptr<SandboxProcess> startSandbox(QStringList args, int openFileLimit = 0)
{
    auto sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    sandbox->setOpenFileLimit(openFileLimit);
    args << QStringLiteral("--key") << QString::fromLatin1(kKey);
    if (!sandbox->start(args))
        return nullptr;
    // Warm up the paths a request takes, so what is measured after is what the test adds.
    HttpClient client(sandbox->baseUrl(), kKey);
    client.post(QStringLiteral("/contact/_assert"),
                assertBody(QStringLiteral("warm@x.example"), {{QStringLiteral("title"), QStringLiteral("w")}}));
    return sandbox;
}

} // namespace

void TestSandboxResources::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/proc/self/status")))
        QSKIP("reads the sandbox's memory and CPU time from /proc");
}

// A 100 MB first_name is refused with 413 once the head is read; the sandbox's peak memory does
// not move by the body's size, and no contact is made.
void TestSandboxResources::anOversizedBodyDoesNotGrowTheSandbox()
{
    const auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    const qint64 before = peakKiB(sandbox->processId());
    RawConnection client;
    QVERIFY(client.open(sandbox->baseUrl()));
    const qint64 announced = 100 * 1024 * 1024;
    const QByteArray head = R"({"match":{"primary_email":"big@x.example"},"attributes":{"first_name":")";
    client.write("POST /api/v2/contact/_assert HTTP/1.1\r\nHost: x\r\n" + kAuth
                 + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(announced) + "\r\n\r\n"
                 + head);
    const QByteArray piece(1024 * 1024, 'a');
    qint64 sent = head.size();
    while (sent < announced && client.isOpen() && RawConnection::statuses(client.received()).isEmpty()) {
        if (client.socket().bytesToWrite() < piece.size()) {
            client.write(piece);
            sent += piece.size();
        }
        client.socket().waitForBytesWritten(5);
    }
    QVERIFY(client.waitForAnswers(1, 10000));
    QCOMPARE(RawConnection::statuses(client.received()), QList<int> {413});
    const qint64 after = peakKiB(sandbox->processId());
    qInfo("100 MB body: 413 after %lld bytes sent; sandbox peak memory %lld KiB before, %lld KiB after", sent, before,
          after);
    QVERIFY2(after - before < 8 * 1024, "the sandbox's peak memory grew with the body it refused");

    HttpClient reader(sandbox->baseUrl(), kKey);
    const auto found
        = reader.post(QStringLiteral("/contact/_query"),
                      R"({"filters":[{"field":"contact_emails","operator":"eq","value":"big@x.example"}]})");
    QCOMPARE(found.status, 200);
    QVERIFY(found.json().value(QStringLiteral("data")).toArray().isEmpty());
}

// The oversize fault's 256 MB answer arrives whole (its Content-Length and valid JSON ends), made
// as it is sent: the sandbox's peak memory moves by a few MB, not by the answer's size.
void TestSandboxResources::theOversizeFaultIsStreamed()
{
    const auto sandbox = startSandbox({QStringLiteral("--faults")});
    QVERIFY(sandbox);
    const qint64 before = peakKiB(sandbox->processId());
    QTcpSocket socket;
    socket.connectToHost(sandbox->baseUrl().host(), quint16(sandbox->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(RawConnection::request(
        "POST", "/api/v2/contact/_assert",
        kAuth + "Content-Type: application/json\r\nX-Sandbox-Fault: oversize=256\r\n",
        assertBody(QStringLiteral("o@x.example"), {{QStringLiteral("title"), QStringLiteral("o")}})));
    QByteArray head;
    while (!head.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        head += socket.readAll();
    const qsizetype headEnd = head.indexOf("\r\n\r\n") + 4;
    QVERIFY2(head.startsWith("HTTP/1.1 201"), head.left(100).constData());
    qint64 length = 0;
    for (const QByteArray &line : head.left(headEnd).split('\n'))
        if (line.startsWith("Content-Length:"))
            length = line.mid(15).trimmed().toLongLong();
    qint64 received = head.size() - headEnd;
    QByteArray tail = head.mid(headEnd).right(64);
    while (received < length && socket.waitForReadyRead(10000)) {
        const QByteArray piece = socket.readAll();
        received += piece.size();
        tail = QByteArray(tail + piece).right(64);
    }
    const qint64 after = peakKiB(sandbox->processId());
    qInfo("oversize=256: %lld bytes received; sandbox peak memory %lld KiB before, %lld KiB after", received, before,
          after);
    QVERIFY(length >= 256 * 1024 * 1024);
    QCOMPARE(received, length);
    QVERIFY(tail.endsWith(R"("meta":{"action":"updated","matched_on":{}}})"));
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
    // ASan keeps freed memory in quarantine (256 MB by default), so every streamed piece stays
    // resident: the figure says nothing here. The ci build checks it.
    QSKIP("peak memory is not measurable under AddressSanitizer's quarantine");
#endif
#endif
    QVERIFY2(after - before < 16 * 1024, "the sandbox built the oversize answer in memory");
}

// Run with 64 descriptors and a connection limit above that, the sandbox meets EMFILE. It pauses
// accepting instead of spinning (Qt 6.4 retries accept() at once, one core busy while it lasts),
// and serves again once the connections close.
void TestSandboxResources::runningOutOfDescriptorsDoesNotSpin()
{
    const auto sandbox = startSandbox({QStringLiteral("--max-connections"), QStringLiteral("1000")}, 64);
    QVERIFY(sandbox);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 100; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(sandbox->baseUrl().host(), quint16(sandbox->baseUrl().port()));
        held.back()->waitForConnected(100);
    }
    QTest::qWait(500);
    const qint64 start = cpuTicks(sandbox->processId());
    QTest::qWait(2000);
    const qint64 used = cpuTicks(sandbox->processId()) - start;
    qInfo("100 connections against 64 descriptors: %lld CPU ticks in 2 s", used);
    QVERIFY2(used < 20, qPrintable(QStringLiteral("the sandbox used %1 ticks of CPU in 2 s, idle").arg(used)));
    held.clear();

    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     HttpClient client(sandbox->baseUrl(), kKey);
                     return client.get(QStringLiteral("/health")).status == 200;
                 },
                 10000),
             "the sandbox did not serve again once the connections closed");
}

QTEST_GUILESS_MAIN(TestSandboxResources)
