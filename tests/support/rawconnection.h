#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace AssertDesk::Test {

// One connection that writes raw bytes and keeps everything that comes back, for tests of what a
// server does with what no well-behaved client sends. Its waits run the event loop, so a server
// in the same process goes on serving.
class RawConnection final
{
public:
    RawConnection() = default;
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool open(const QUrl &base, int timeoutMs = 5000);
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    // Waits until the server closed the connection; false if it had not within timeoutMs.
    bool waitForClose(int timeoutMs);
    // Waits until `count` whole answers arrived; false if they had not within timeoutMs.
    bool waitForAnswers(int count, int timeoutMs);
    // Runs the event loop until `done` holds (checked whenever bytes arrive or the connection
    // closes); false if it did not within timeoutMs.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    // Everything received so far.
    QByteArray received();
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    // The status of every whole answer in `wire`, in order, each framed by its Content-Length
    // (an interim 1xx answer counts as one, without a body).
    static QList<int> statuses(const QByteArray &wire);
    // "METHOD PATH HTTP/1.1", Host and the given header lines, and the body with its length.
    static QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &headers = {},
                              const QByteArray &body = {});

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace AssertDesk::Test
