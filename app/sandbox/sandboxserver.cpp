#include "sandboxserver.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace AssertDesk::Sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addRoutes()
{
    m_server->route(QStringLiteral("/api/v2/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")}}}});
    });
}

bool SandboxServer::listen(quint16 port, QString *error)
{
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("cannot listen on 127.0.0.1:%1 (in use, or not allowed)").arg(port);
        return false;
    }
    m_port = bound;
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/api/v2"));
    return url;
}

} // namespace AssertDesk::Sandbox
