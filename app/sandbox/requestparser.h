#pragma once

#include "httprequest.h"
#include "serverlimits.h"

#include <QByteArray>
#include <QString>

namespace AssertDesk::Sandbox {

// Frames HTTP/1.x requests out of the bytes a connection received, one at a time, and holds
// each to the limits before it reads further: a head past the byte or line limit fails with 431
// as soon as the excess is seen, a Content-Length past the body limit with 413 before one byte of
// the body is read, a chunked body the moment its chunks pass the limit. A head with two
// different Content-Lengths, or both a length and chunked encoding, fails with 400 (where the
// body ends would be in doubt); a transfer coding other than chunked with 501.
class RequestParser final
{
public:
    enum class Status { NeedMore, Ready, Failed };

    RequestParser(const ServerLimits &limits, bool tls);

    // Takes what it can of the current request from the front of `input`, removing it there.
    Status parse(QByteArray &input);
    // After Ready: the request. The parser then starts on the next one.
    HttpRequest takeRequest();
    // After Failed: the status to answer and why.
    int failureStatus() const { return m_failureStatus; }
    QString failureMessage() const { return m_failureMessage; }
    // True once per request whose head asked "Expect: 100-continue" for a body within the limit:
    // the caller then writes the interim answer, so the client sends the body.
    bool takeContinue();
    // A request has begun (its head is read) but is not complete.
    bool isMidRequest() const { return m_state != State::Head; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers };

    Status parseHead(QByteArray &input);
    Status readHead(const QByteArray &head);
    Status readHeaderLine(const QByteArray &line);
    Status readFraming();
    Status parseBody(QByteArray &input);
    Status parseChunked(QByteArray &input);
    Status readChunkSize(QByteArray &input);
    Status readTrailer(QByteArray &input);
    Status fail(int status, const QString &message);

    ServerLimits m_limits;
    bool m_tls = false;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    qint64 m_chunkLeft = 0;
    int m_trailerBytes = 0;
    int m_lines = 0;
    bool m_continue = false;
    int m_failureStatus = 0;
    QString m_failureMessage;
};

} // namespace AssertDesk::Sandbox
