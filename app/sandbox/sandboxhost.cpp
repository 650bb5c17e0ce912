#include "sandboxhost.h"

#include <QMetaObject>

namespace AssertDesk::Sandbox {

SandboxHost::SandboxHost()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    // Deleted on its own thread (its sockets live there) when that thread finishes.
    if (m_server)
        m_server->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

bool SandboxHost::start(SandboxOptions options, QString *error)
{
    if (options.keys.isEmpty())
        options.keys << SandboxServer::generateKey();
    m_key = options.keys.first();
    m_thread.start();
    auto *server = new SandboxServer(options);
    server->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    // start() opens sockets and the store, which belong to the thread that will serve them.
    QMetaObject::invokeMethod(
        server, [&] { ok = server->start(0, &message); }, Qt::BlockingQueuedConnection);
    if (ok) {
        m_server = server;
        m_baseUrl = server->baseUrl();
    } else {
        server->deleteLater();
    }
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace AssertDesk::Sandbox
