#include "rawconnection.h"

#include <QEventLoop>
#include <QTimer>

namespace AssertDesk::Test {

bool RawConnection::open(const QUrl &base, int timeoutMs)
{
    m_socket.connectToHost(base.host(), quint16(base.port()));
    return m_socket.waitForConnected(timeoutMs);
}

QByteArray RawConnection::received()
{
    m_received += m_socket.readAll();
    return m_received;
}

bool RawConnection::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // An event loop woken by the socket, not a polling wait: a test that sends a thousand
    // requests would spend most of its time asleep between polls.
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&m_socket, &QIODevice::readyRead, &loop, check);
    QObject::connect(&m_socket, &QAbstractSocket::disconnected, &loop, check);
    QObject::connect(&m_socket, &QAbstractSocket::errorOccurred, &loop, check);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

bool RawConnection::waitForClose(int timeoutMs)
{
    return waitUntil(
        [this] {
            received();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

bool RawConnection::waitForAnswers(int count, int timeoutMs)
{
    return waitUntil([this, count] { return statuses(received()).size() >= count; }, timeoutMs);
}

QList<int> RawConnection::statuses(const QByteArray &wire)
{
    QList<int> out;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        const qsizetype headEnd = wire.indexOf("\r\n\r\n", pos);
        if (headEnd < 0 || !wire.mid(pos, 5).startsWith("HTTP/"))
            break;
        const QByteArray head = wire.mid(pos, headEnd - pos);
        const int status = head.mid(head.indexOf(' ') + 1, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (status >= 200 && headEnd + 4 + length > wire.size())
            break; // the body is not all here yet
        out << status;
        pos = headEnd + 4 + (status >= 200 ? length : 0);
    }
    return out;
}

QByteArray RawConnection::request(const QByteArray &method, const QByteArray &path, const QByteArray &headers,
                                  const QByteArray &body)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

} // namespace AssertDesk::Test
