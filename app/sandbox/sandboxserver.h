#pragma once

#include "assertengine.h"
#include "contactstore.h"
#include "faultplan.h"
#include "httprequest.h"
#include "keyratelimiter.h"
#include "randomfaults.h"
#include "replywriter.h"
#include "sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace AssertDesk::Sandbox {

class HttpConnection;
class Listener;

// The local emulator of the contact API. Binds to loopback only: it is a learning and test
// tool, never a service for other machines. It reads HTTP itself (Listener, HttpConnection,
// RequestParser) instead of through Qt HttpServer 6.4, whose reader has no size limit and no
// idle timeout, answers a WebSocket upgrade twice, and was replaced in 6.5 (ARCHITECTURE.md).
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the data, seeds it and listens on 127.0.0.1:port (0 picks a free port).
    bool start(quint16 port, QString *error);
    // HTTPS instead of HTTP; call before start().
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // e.g. http://127.0.0.1:PORT/api/v2
    qsizetype contactCount() const { return m_store.size(); }
    // TCP connections accepted and served so far (tests check that clients reuse them).
    int connectionsAccepted() const;

    static QString generateKey();

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    void serve(HttpConnection *connection, const HttpRequest &request);
    HttpReply answer(const HttpRequest &request, Delivery *delivery);
    HttpReply route(const HttpRequest &request, bool *isWrite);
    std::optional<HttpReply> checkRateLimit(const HttpRequest &request);
    std::optional<HttpReply> randomFault(RandomFaults::Kind fault, Delivery *delivery) const;
    std::optional<HttpReply> headerFault(const FaultPlan &plan, const HttpRequest &request) const;
    std::optional<HttpReply> checkKey(const HttpRequest &request, bool write) const;

    SandboxOptions m_options;
    ContactStore m_store;
    AssertEngine m_engine;
    Listener *m_listener = nullptr;
    quint16 m_port = 0;
    KeyRateLimiter m_rateLimiter;
    RandomFaults m_randomFaults;
};

} // namespace AssertDesk::Sandbox
