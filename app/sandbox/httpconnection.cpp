#include "httpconnection.h"

#include "sandboxlog.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>

namespace AssertDesk::Sandbox {

namespace {

// Qt reads no further ahead of the parser than this, so a client sending faster than the
// sandbox takes is held back by TCP instead of filling the sandbox's memory.
constexpr qint64 kReadAhead = 64 * 1024;
// How long a closing connection's last answer is given to reach a client still sending, and how
// long the client must have been quiet for the close to come sooner.
constexpr int kLingerMs = 2000;
constexpr int kQuietMs = 250;

QString codeFor(int status)
{
    switch (status) {
    case 408: return QStringLiteral("request_timeout");
    case 413: return QStringLiteral("payload_too_large");
    case 431: return QStringLiteral("headers_too_large");
    case 501: return QStringLiteral("not_implemented");
    case 505: return QStringLiteral("http_version_not_supported");
    default: return QStringLiteral("bad_request");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ServerLimits &limits, bool tls, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_parser(limits, tls)
    , m_state(tls ? State::Handshake : State::Reading)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadAhead);
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::readMore);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        m_timer.stop();
        m_state = State::Closing;
        Q_EMIT closed();
        deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_state = State::Reading;
            restartIdleTimer();
            readMore();
        });
        // A handshake that fails has nothing to be answered in plain text.
        connect(ssl, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_state == State::Handshake)
                m_socket->abort();
        });
    }
    // The idle timer runs from the start: a client that connects and says nothing, or stalls in
    // the middle of its TLS handshake, is closed when it runs out.
    restartIdleTimer();
}

void HttpConnection::restartIdleTimer()
{
    m_timer.start(m_limits.idleTimeoutMs, this);
}

void HttpConnection::readMore()
{
    if (m_state == State::Closing) {
        (void)m_socket->readAll(); // dropped: the connection is being closed
        if (m_lingering.isValid() && m_lingering.elapsed() >= qMin(kLingerMs, m_limits.idleTimeoutMs))
            m_socket->abort();
        else if (m_lingering.isValid())
            m_timer.start(qMin(kQuietMs, m_limits.idleTimeoutMs), this);
        return;
    }
    // While an answer is being written, what comes next waits in the socket (at most its read
    // buffer; TCP holds back the rest).
    if (m_state != State::Reading || m_socket->bytesAvailable() <= 0)
        return;
    restartIdleTimer();
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_state == State::Reading) {
        const RequestParser::Status status = m_parser.parse(m_buffer);
        if (m_parser.takeContinue() && status == RequestParser::Status::NeedMore)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (status == RequestParser::Status::NeedMore)
            break;
        if (status == RequestParser::Status::Failed) {
            fail(m_parser.failureStatus(), codeFor(m_parser.failureStatus()), m_parser.failureMessage());
            break;
        }
        const HttpRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive();
        m_headOnly = request.method == "HEAD";
        m_state = State::Answering;
        m_timer.stop(); // the sandbox's own slowness (a delay fault) is not the client's
        Q_EMIT requestReady(request);
        // A pipelined request may have waited in the socket while this one was answered.
        if (m_state == State::Reading && m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->readAll();
    }
    m_processing = false;
}

void HttpConnection::respond(HttpReply reply, const Delivery &delivery)
{
    if (m_state != State::Answering)
        return;
    const bool close = !m_keepAlive;
    if (close)
        reply.setHeader("Connection", "close");
    Delivery how = delivery;
    how.headOnly = m_headOnly;
    if (ReplyWriter::writeAtOnce(m_socket, reply, how)) {
        answerWritten(close);
        return;
    }
    auto *writer = new ReplyWriter(m_socket, std::move(reply), how, this);
    connect(writer, &ReplyWriter::finished, this, [this, writer, close] {
        writer->deleteLater();
        answerWritten(close);
    });
    writer->start();
}

void HttpConnection::answerWritten(bool close)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (close) {
        // HTTP/1.1: the client asked for it; the socket closes once the answer is sent.
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    answerFinished();
}

void HttpConnection::answerFinished()
{
    m_state = State::Reading;
    restartIdleTimer();
    if (m_processing)
        return; // processBuffer's loop goes on with the next request
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Reading)
                return;
            if (m_socket->bytesAvailable() > 0)
                m_buffer += m_socket->readAll();
            processBuffer();
        },
        Qt::QueuedConnection);
}

void HttpConnection::refuse(HttpReply reply)
{
    m_state = State::Answering;
    m_keepAlive = false;
    m_timer.stop();
    reply.setHeader("Connection", "close");
    auto *writer = new ReplyWriter(m_socket, std::move(reply), {}, this);
    connect(writer, &ReplyWriter::finished, this, &HttpConnection::closeAfterFlush);
    writer->start();
}

void HttpConnection::fail(int status, const QString &code, const QString &message)
{
    qCDebug(lcSandbox) << "refused a request:" << status << message;
    refuse(HttpReply::error(status, code, message));
}

void HttpConnection::closeAfterFlush()
{
    // Closing while the client still sends would reset the connection, and a reset can destroy
    // the answer before the client reads it: what arrives is dropped for a moment first.
    m_state = State::Closing;
    m_buffer.clear();
    (void)m_socket->readAll();
    m_lingering.start();
    m_timer.start(qMin(kQuietMs, m_limits.idleTimeoutMs), this);
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    switch (m_state) {
    case State::Handshake: m_socket->abort(); break;
    case State::Closing:
        // The client has been quiet: a close now resets nothing it sent. One that keeps sending,
        // or does not read the answer, is cut off at the end of the linger.
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        else if (m_lingering.elapsed() >= qMin(kLingerMs, m_limits.idleTimeoutMs))
            m_socket->abort();
        else
            m_timer.start(qMin(kQuietMs, m_limits.idleTimeoutMs), this);
        break;
    case State::Answering: break;
    case State::Reading:
        if (m_parser.isMidRequest() || !m_buffer.isEmpty())
            fail(408, codeFor(408),
                 QStringLiteral("The request did not arrive in full within %1 ms.").arg(m_limits.idleTimeoutMs));
        else if (m_socket->bytesToWrite() > 0)
            m_socket->abort(); // a client that neither reads nor writes is gone
        else
            m_socket->disconnectFromHost();
        break;
    }
}

} // namespace AssertDesk::Sandbox
