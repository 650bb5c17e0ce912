#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace AssertDesk::Sandbox {

// The local emulator of the contact API. Binds to loopback only: it is a learning and test
// tool, never a service for other machines.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 picks a free port). Returns false with a message on failure.
    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // e.g. http://127.0.0.1:PORT/api/v2
    QUrl baseUrl() const;

private:
    void addRoutes();

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace AssertDesk::Sandbox
