#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace AssertDesk::Sandbox {

// One HTTP/1.x request as the sandbox's own reader (RequestParser) framed it.
struct HttpRequest
{
    QByteArray method;                            // as sent: "GET", "POST", ...
    QUrl url;                                     // the target; only its path and query are the client's
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // in order, repeated names kept
    QByteArray body;

    // The first value of a header (names compare without regard to case), or empty.
    QByteArray header(const QByteArray &name) const;
    // Every value a header was given, trimmed, in order.
    QList<QByteArray> headerValues(const QByteArray &name) const;
    // HTTP/1.1 keeps the connection unless asked to close; HTTP/1.0 closes unless asked to keep it.
    bool keepAlive() const;
};

} // namespace AssertDesk::Sandbox
