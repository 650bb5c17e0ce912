#pragma once

#include "sandboxserver.h"

#include <QObject>

#include <memory>

// Declared apart from its definitions: moc's lexer misreads raw JSON string literals, so moc only
// ever sees this header.
//
// The sandbox as a server facing clients that misbehave: bodies and heads past the limits, idle
// and half-open connections, stalled TLS handshakes, more connections than it takes, upgrade
// requests, framing in doubt. Everything goes over real sockets and counts what came back.
class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private:
    bool start(const AssertDesk::Sandbox::ServerLimits &limits, bool tls = false);

    std::unique_ptr<AssertDesk::Sandbox::SandboxServer> m_server;

private Q_SLOTS:
    void cleanup();
    void anOversizedBodyIsRefusedBeforeItIsRead();
    void aLargeExpectContinueBodyIsRefusedUnsent();
    void chunkedBodiesAreReadAndLimited();
    void oversizedHeadsAreRefusedWith431();
    void framingInDoubtIsRefused_data();
    void framingInDoubtIsRefused();
    void idleConnectionsAreClosed();
    void aHalfSentRequestTimesOutWith408();
    void stalledTlsHandshakesDoNotStopTheServer();
    void theConnectionLimitRefusesThenRecovers();
    void anUpgradeRequestGetsOneAnswer();
    void pipelinedRequestsAreAnsweredInOrder();
};
