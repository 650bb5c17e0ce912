#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace AssertDesk::Sandbox {

class OversizeBody;

// One HTTP answer. The connection writes it (ReplyWriter), so the sandbox can delay, trickle,
// stream and drop answers.
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::shared_ptr<OversizeBody> stream; // made as it is sent, instead of body (the oversize fault)

    static HttpReply json(int status, const QJsonObject &body);
    // {"error": {"code", "message", ...extra}}
    static HttpReply error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
    void setHeader(const QByteArray &name, const QByteArray &value);

    qint64 bodySize() const;
    QByteArray head() const; // status line and headers, ending in the blank line
};

QByteArray reasonPhrase(int status);

} // namespace AssertDesk::Sandbox
