#include "replywriter.h"

#include "oversizebody.h"

#include <QTcpSocket>
#include <QTimer>

namespace AssertDesk::Sandbox {

namespace {

// The socket's write buffer is topped up from below the low mark to the high one.
constexpr qint64 kLowWater = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;
constexpr qint64 kPiece = 64 * 1024;
constexpr qint64 kTricklePiece = 64;

} // namespace

ReplyWriter::ReplyWriter(QTcpSocket *socket, HttpReply reply, Delivery delivery, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_reply(std::move(reply))
    , m_delivery(delivery)
{
    // The client may leave mid-answer: the trickle stops with its connection, rather than
    // writing to a closed socket until the socket object itself is deleted.
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_trickle)
            m_trickle->stop();
    });
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (!m_trickle)
            pump();
    });
}

bool ReplyWriter::writeAtOnce(QTcpSocket *socket, const HttpReply &reply, const Delivery &delivery)
{
    if (delivery.delayMs > 0 || delivery.trickleMs > 0 || delivery.drop || reply.stream || reply.body.size() > kPiece
        || socket->bytesToWrite() >= kLowWater)
        return false;
    socket->write(delivery.headOnly ? reply.head() : reply.head() + reply.body);
    return true;
}

bool ReplyWriter::connected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ReplyWriter::bodyDone() const
{
    if (m_delivery.headOnly)
        return true;
    return m_reply.stream ? m_reply.stream->atEnd() : m_offset >= m_reply.body.size();
}

QByteArray ReplyWriter::nextPiece(qint64 maxBytes)
{
    if (m_reply.stream)
        return m_reply.stream->read(maxBytes);
    const QByteArray piece = m_reply.body.mid(m_offset, maxBytes);
    m_offset += piece.size();
    return piece;
}

void ReplyWriter::start()
{
    if (m_delivery.delayMs > 0)
        QTimer::singleShot(m_delivery.delayMs, this, &ReplyWriter::writeNow);
    else
        writeNow();
}

void ReplyWriter::writeNow()
{
    // The client may have gone while we waited.
    if (!connected())
        return;
    if (m_delivery.drop) {
        m_done = true;
        m_socket->abort();
        Q_EMIT finished();
        return;
    }
    if (m_delivery.trickleMs > 0) {
        m_socket->write(m_reply.head());
        m_headWritten = true;
        m_trickle = new QTimer(this);
        connect(m_trickle, &QTimer::timeout, this, &ReplyWriter::trickle);
        m_trickle->start(m_delivery.trickleMs);
        return;
    }
    // A small answer goes out in one write, head and body together.
    const bool small = !m_reply.stream && m_reply.body.size() <= kPiece;
    m_socket->write(small && !m_delivery.headOnly ? m_reply.head() + m_reply.body : m_reply.head());
    if (small)
        m_offset = m_reply.body.size();
    m_headWritten = true;
    pump();
}

void ReplyWriter::pump()
{
    if (m_done || !m_headWritten || !connected())
        return;
    while (!bodyDone() && m_socket->bytesToWrite() < kHighWater)
        m_socket->write(nextPiece(kPiece));
    if (bodyDone() && m_socket->bytesToWrite() < kLowWater) {
        m_done = true;
        Q_EMIT finished();
    }
}

void ReplyWriter::trickle()
{
    if (!connected()) {
        m_trickle->stop();
        return;
    }
    m_socket->write(nextPiece(kTricklePiece));
    if (bodyDone()) {
        m_trickle->stop();
        m_done = true;
        Q_EMIT finished();
    }
}

} // namespace AssertDesk::Sandbox
