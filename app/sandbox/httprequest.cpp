#include "httprequest.h"

namespace AssertDesk::Sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out << h.second.trimmed();
    return out;
}

bool HttpRequest::keepAlive() const
{
    bool close = false;
    bool keep = false;
    for (const QByteArray &value : headerValues("Connection")) {
        for (const QByteArray &token : value.split(',')) {
            const QByteArray t = token.trimmed().toLower();
            close = close || t == "close";
            keep = keep || t == "keep-alive";
        }
    }
    return minorVersion >= 1 ? !close : keep && !close;
}

} // namespace AssertDesk::Sandbox
