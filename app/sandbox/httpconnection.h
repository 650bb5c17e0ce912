#pragma once

#include "httpreply.h"
#include "httprequest.h"
#include "replywriter.h"
#include "requestparser.h"
#include "serverlimits.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;

namespace AssertDesk::Sandbox {

// One client connection: reads its requests one at a time through RequestParser, hands each to
// whoever listens to requestReady, writes the answer given to respond(), and keeps the
// connection for the next request (HTTP/1.1 keep-alive) or closes it.
//
// What it refuses to let a client cost: a connection (or a TLS handshake) silent for the idle
// timeout is closed (408 if a request was begun); a request past a limit is answered 413 or
// 431 before the excess is read, then the connection is closed. After such an answer the
// client's further bytes are read and dropped until it has been quiet for a quarter of a second
// (at most two seconds) before the close, so the answer is not lost to a reset while the client
// is still sending.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes the socket (a QSslSocket already told to start its server handshake, for TLS).
    HttpConnection(QTcpSocket *socket, const ServerLimits &limits, bool tls, QObject *parent);

    // Answers the request given by requestReady; the connection then reads the next one.
    void respond(HttpReply reply, const Delivery &delivery = {});
    // Answers at once (503 when too busy) and closes without reading a request.
    void refuse(HttpReply reply);

    QTcpSocket *socket() const { return m_socket; }

Q_SIGNALS:
    void requestReady(const AssertDesk::Sandbox::HttpRequest &request);
    void closed();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class State { Handshake, Reading, Answering, Closing };

    void readMore();
    void processBuffer();
    void answerWritten(bool close);
    void answerFinished();
    void fail(int status, const QString &code, const QString &message);
    void closeAfterFlush();
    void restartIdleTimer();

    QTcpSocket *m_socket = nullptr;
    ServerLimits m_limits;
    RequestParser m_parser;
    QByteArray m_buffer;
    State m_state = State::Reading;
    QBasicTimer m_timer;       // idle timeout, or the quiet moment that lets a closing connection go
    QElapsedTimer m_lingering; // since the last answer of a closing connection was written
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_processing = false;
};

} // namespace AssertDesk::Sandbox
