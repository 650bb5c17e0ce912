#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QSslServer;
class QTcpSocket;

namespace AssertDesk::Test {

// A server on loopback that misbehaves on purpose, and counts every request it read in full
// (head and Content-Length body), so a test can tell how many times a send reached it.
class HostileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)

public:
    enum class Behaviour {
        Close,           // reads the request, closes without a word
        Reset,           // reads the request, resets the connection
        MalformedStatus, // "HTTP/1.1 2OO OK"
        Garbage,         // binary noise instead of an answer
        Trickle,         // a 200 head, then the body a byte every 200 ms
        Raw,             // writes rawAnswer() and keeps the connection (or closes, if it says so)
        Silent,          // reads the request and never answers, as a server that hangs
    };

    explicit HostileServer(Behaviour behaviour, QObject *parent = nullptr);
    ~HostileServer() override;

    // Plain HTTP unless TLS is asked for (the test data's self-signed certificate).
    bool listen(bool tls, QString *error);
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/api/v2
    int requestsReceived() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }
    // The head (request line and headers) of every request read in full, in order.
    const QList<QByteArray> &heads() const { return m_heads; }
    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setRawAnswer(QByteArray raw, bool closeAfter)
    {
        m_raw = std::move(raw);
        m_closeAfterRaw = closeAfter;
    }

private:
    void accept(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    Behaviour m_behaviour;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QByteArray m_raw;
    bool m_closeAfterRaw = false;
    QList<QByteArray> m_heads;
    int m_requests = 0;
    int m_connections = 0;
};

} // namespace AssertDesk::Test
