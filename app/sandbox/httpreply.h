#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace AssertDesk::Sandbox {

// One HTTP answer, written straight to the socket: the sandbox needs to delay, trickle and drop
// answers, which the stock responder cannot do.
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpReply json(int status, const QJsonObject &body);
    // {"error": {"code", "message", ...extra}}
    static HttpReply error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
    void setHeader(const QByteArray &name, const QByteArray &value);

    QByteArray head() const; // status line and headers, ending in the blank line
};

QByteArray reasonPhrase(int status);

} // namespace AssertDesk::Sandbox
