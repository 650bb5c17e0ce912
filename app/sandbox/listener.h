#pragma once

#include "serverlimits.h"

#include <QBasicTimer>
#include <QSslConfiguration>
#include <QTcpServer>

namespace AssertDesk::Sandbox {

class HttpConnection;

// Accepts the sandbox's connections and makes an HttpConnection of each (with a TLS server
// handshake begun, for --tls), up to the connection limit; one more is answered 503 with
// Retry-After and closed.
//
// Why not QSslServer: it keeps a socket in its pending queue until the handshake is done and
// stops accepting at 30 pending, so 30 clients that stall their handshakes shut the sandbox to
// everyone. Here the handshake belongs to the connection, under its idle timeout.
//
// Out of file descriptors, Qt 6.4's QTcpServer meets accept() failing with EMFILE as a passing
// error and tries again the moment the listening socket is readable, which it stays: one core
// spins until a descriptor frees. A descriptor is always the lowest free number, so an accepted
// one near the process's limit says the limit is close: that connection is closed at once and
// accepting pauses until a connection closes (or a quarter of a second passes). Qt's accept loop
// still empties the queue it is in the middle of (those are closed at once too); clients that
// connect after it wait in the kernel's queue until accepting resumes.
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    explicit Listener(const ServerLimits &limits, QObject *parent = nullptr);
    ~Listener() override;

    void setTls(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }
    int openConnections() const { return m_open; }
    int connectionsAccepted() const { return m_accepted; }
    int connectionsRefused() const { return m_refused; }

Q_SIGNALS:
    void connectionOpened(AssertDesk::Sandbox::HttpConnection *connection);

protected:
    void incomingConnection(qintptr descriptor) override;
    void timerEvent(QTimerEvent *event) override;

private:
    QTcpSocket *makeSocket(qintptr descriptor);
    void refuseBusy(qintptr descriptor);
    void pauseForDescriptors();
    void resume();

    ServerLimits m_limits;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
    qintptr m_descriptorCeiling = -1; // accepted descriptors at or above it: the limit is near
    QBasicTimer m_resumeTimer;
    int m_open = 0;
    int m_accepted = 0;
    int m_refused = 0;
};

} // namespace AssertDesk::Sandbox
