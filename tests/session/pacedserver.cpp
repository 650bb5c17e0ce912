#include "pacedserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace AssertDesk::Test {

namespace {

// An assert answer the client reads as the API's: a created contact.
QByteArray createdBody(int n)
{
    return QStringLiteral(R"({"data":{"id":"c-%1","attributes":{"first_name":{"value":"R","value_type":"string"}}},)"
                          R"("meta":{"action":"created"}})")
        .arg(n)
        .toUtf8();
}

QByteArray errorBody(int status)
{
    return QStringLiteral(R"({"error":{"code":"%1","message":"scripted %2"}})")
        .arg(status == 429 ? QStringLiteral("rate_limited") : QStringLiteral("server_error"))
        .arg(status)
        .toUtf8();
}

} // namespace

PacedServer::PacedServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (m_server.hasPendingConnections()) {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool PacedServer::listen(QString *error)
{
    m_clock.start();
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

QUrl PacedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(m_server.serverPort()));
}

int PacedServer::requestsContaining(const QByteArray &text) const
{
    int n = 0;
    for (const Arrival &a : m_arrivals)
        n += a.body.contains(text) ? 1 : 0;
    return n;
}

void PacedServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        Arrival arrival;
        arrival.atMs = m_clock.elapsed();
        arrival.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        const int index = int(m_arrivals.size());
        m_arrivals.append(arrival);
        m_maxConcurrent = qMax(m_maxConcurrent, ++m_concurrent);
        const Answer answer = m_script(index, m_arrivals.at(index).body);
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(answer.delayMs, this, [this, alive, index, answer] {
            --m_concurrent;
            if (alive)
                respond(alive, index, answer);
        });
    }
}

void PacedServer::respond(QTcpSocket *socket, int index, const Answer &answer)
{
    const QByteArray body = answer.status < 300 ? createdBody(index) : errorBody(answer.status);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!answer.retryAfter.isEmpty())
        head += "Retry-After: " + answer.retryAfter + "\r\n";
    socket->write(head + "\r\n" + body);
    m_arrivals[index].answeredAtMs = m_clock.elapsed();
    m_arrivals[index].status = answer.status;
}

} // namespace AssertDesk::Test
