#pragma once

#include "assertengine.h"
#include "contactstore.h"
#include "faultplan.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace AssertDesk::Sandbox {

struct SandboxOptions
{
    QStringList keys;         // full access
    QStringList readOnlyKeys; // 403 on writes
    bool faults = false;      // honour the X-Sandbox-Fault request header
    int rateLimit = 0;        // requests per second; 0 = unlimited
    QString dataFile;         // SQLite file; empty = memory only
    int seed = 0;             // contacts to create when the store is empty
};

// The local emulator of the contact API. Binds to loopback only: it is a learning and test
// tool, never a service for other machines.
class SandboxServer final : public QAbstractHttpServer
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
    // TCP connections accepted so far (tests check that clients reuse them).
    int connectionsAccepted() const { return m_connections; }

    static QString generateKey();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const QHttpServerRequest &request, bool *isWrite);
    std::optional<HttpReply> checkRateLimit();
    std::optional<HttpReply> checkKey(const QHttpServerRequest &request, bool write) const;
    void send(QTcpSocket *socket, HttpReply reply, const FaultPlan &plan, bool closeAfter);

    SandboxOptions m_options;
    ContactStore m_store;
    AssertEngine m_engine;
    quint16 m_port = 0;
    int m_connections = 0;
    bool m_tls = false;
    QElapsedTimer m_clock;
    QList<qint64> m_recent; // request times within the last second, for --rate-limit
};

} // namespace AssertDesk::Sandbox
