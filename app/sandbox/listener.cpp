#include "listener.h"

#include "httpconnection.h"
#include "sandboxlog.h"

#include <QSslSocket>
#include <QTimerEvent>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace AssertDesk::Sandbox {

namespace {

// Descriptors kept free for everything else the sandbox opens (its SQLite file and journal,
// a refused client's socket).
constexpr qintptr kDescriptorReserve = 32;
constexpr int kResumeMs = 250;

} // namespace

Listener::Listener(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        m_descriptorCeiling = qMax<qintptr>(8, qintptr(limit.rlim_cur) - kDescriptorReserve);
#endif
}

Listener::~Listener() = default;

void Listener::setTls(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}

QTcpSocket *Listener::makeSocket(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket;
        socket->setSocketDescriptor(descriptor);
        return socket;
    }
    auto *socket = new QSslSocket;
    socket->setSslConfiguration(m_tlsConfiguration);
    socket->setSocketDescriptor(descriptor);
    socket->startServerEncryption();
    return socket;
}

void Listener::incomingConnection(qintptr descriptor)
{
    if (m_descriptorCeiling >= 0 && descriptor >= m_descriptorCeiling) {
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        ++m_refused;
        pauseForDescriptors();
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        refuseBusy(descriptor);
        return;
    }
    ++m_open;
    ++m_accepted;
    auto *connection = new HttpConnection(makeSocket(descriptor), m_limits, m_tls, this);
    connect(connection, &HttpConnection::closed, this, [this] {
        --m_open;
        resume();
    });
    Q_EMIT connectionOpened(connection);
}

void Listener::refuseBusy(qintptr descriptor)
{
    ++m_refused;
    qCInfo(lcSandbox) << "refused a connection:" << m_open << "are open, the limit";
    if (m_tls) {
        // A TLS client could only read a 503 after a handshake, the work being refused.
        QTcpSocket socket;
        socket.setSocketDescriptor(descriptor);
        socket.abort();
        return;
    }
    auto *refused = new HttpConnection(makeSocket(descriptor), m_limits, false, this);
    connect(refused, &HttpConnection::closed, this, &Listener::resume);
    HttpReply reply = HttpReply::error(
        503, QStringLiteral("too_many_connections"),
        QStringLiteral("The sandbox has %1 connections open, its limit; retry in a moment.").arg(m_open));
    reply.setHeader("Retry-After", "1");
    refused->refuse(reply);
}

void Listener::pauseForDescriptors()
{
    if (m_resumeTimer.isActive())
        return;
    qCWarning(lcSandbox) << "out of file descriptors: accepting paused";
    pauseAccepting();
    m_resumeTimer.start(kResumeMs, this);
}

void Listener::resume()
{
    if (!m_resumeTimer.isActive())
        return;
    m_resumeTimer.stop();
    resumeAccepting();
}

void Listener::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_resumeTimer.timerId())
        resume();
    else
        QTcpServer::timerEvent(event);
}

} // namespace AssertDesk::Sandbox
