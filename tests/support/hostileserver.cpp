#include "hostileserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace AssertDesk::Test {

HostileServer::HostileServer(Behaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen(bool tls, QString *error)
{
    m_tls = tls;
    if (tls) {
        auto *server = new QSslServer(this);
        QFile cert(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-cert.pem"));
        QFile key(QStringLiteral(ASSERTDESK_TEST_DATA "/tls/sandbox-key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the test certificate cannot be read");
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(cert.readAll()));
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        server->setSslConfiguration(config);
        // Encrypted sockets are counted once their handshake is done.
        connect(server, &QSslServer::pendingConnectionAvailable, this, [this, server] {
            while (server->hasPendingConnections())
                accept(server->nextPendingConnection());
        });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (m_server->hasPendingConnections())
                accept(m_server->nextPendingConnection());
        });
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/api/v2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0));
}

void HostileServer::accept(QTcpSocket *socket)
{
    ++m_connections;
    m_pending.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_pending.remove(socket);
        socket->deleteLater();
    });
    read(socket);
}

void HostileServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        m_heads << buffer.left(headEnd);
        buffer.remove(0, headEnd + 4 + length);
        ++m_requests;
        answer(socket);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void HostileServer::answer(QTcpSocket *socket)
{
    switch (m_behaviour) {
    case Behaviour::Close: socket->disconnectFromHost(); return;
    case Behaviour::Reset: socket->abort(); return;
    case Behaviour::MalformedStatus:
        socket->write("HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}");
        socket->disconnectFromHost();
        return;
    case Behaviour::Garbage:
        socket->write(QByteArray("\x00\xff\x13\x37garbage\x01\x02\r\n\r\n", 17));
        socket->disconnectFromHost();
        return;
    case Behaviour::Trickle: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                guard->write(" ");
        });
        timer->start(200);
        return;
    }
    case Behaviour::Silent: return;
    case Behaviour::Raw:
        socket->write(m_raw);
        if (m_closeAfterRaw)
            socket->disconnectFromHost();
        return;
    }
}

} // namespace AssertDesk::Test
