#pragma once

#include "httpreply.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace AssertDesk::Sandbox {

// How one answer goes out: at once, after a delay, a piece at a time, or not at all.
struct Delivery
{
    int delayMs = 0;
    int trickleMs = 0;     // the body in 64-byte pieces this far apart
    bool drop = false;     // close the connection unanswered instead
    bool headOnly = false; // an answer to HEAD: the head alone
};

// Writes one answer to a connection's socket and says when all of it is in the socket's hands.
// A large body (the oversize fault) is made and written as the client reads it, never more than
// about a megabyte ahead, and so is any answer to a client that stops reading: the next request
// on the connection waits until the socket has drained below that mark.
class ReplyWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyWriter)

public:
    ReplyWriter(QTcpSocket *socket, HttpReply reply, Delivery delivery, QObject *parent);

    // Writes a small answer that asks for nothing special straight to a socket that is keeping
    // up, and says so; false leaves it to a writer. (Most answers: no object per request.)
    static bool writeAtOnce(QTcpSocket *socket, const HttpReply &reply, const Delivery &delivery);

    void start();

Q_SIGNALS:
    // Everything is written to the socket, or the connection was dropped as asked.
    void finished();

private:
    void writeNow();
    void pump();
    void trickle();
    bool connected() const;
    QByteArray nextPiece(qint64 maxBytes);
    bool bodyDone() const;

    QPointer<QTcpSocket> m_socket;
    HttpReply m_reply;
    Delivery m_delivery;
    qint64 m_offset = 0; // into m_reply.body
    QTimer *m_trickle = nullptr;
    bool m_headWritten = false;
    bool m_done = false;
};

} // namespace AssertDesk::Sandbox
