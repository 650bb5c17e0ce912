#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace AssertDesk::Test {

// A loopback HTTP/1.1 server for batch tests: it answers each request as a script says (status,
// Retry-After, a delay), keeps connections alive, and notes when every request arrived and was
// answered, and how many were being served at once: what a test needs to see that a 429 held
// every worker, or that a 5xx was never sent again.
class PacedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedServer)

public:
    struct Answer
    {
        int status = 201;
        QByteArray retryAfter; // for a 429
        int delayMs = 50;
    };
    struct Arrival
    {
        qint64 atMs = 0;         // since listen()
        qint64 answeredAtMs = 0; // 0 until answered
        int status = 0;
        QByteArray body;
    };
    // Called for the n-th request (0 first) with its body.
    using Script = std::function<Answer(int n, const QByteArray &body)>;

    explicit PacedServer(Script script, QObject *parent = nullptr);

    bool listen(QString *error);
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v2
    const QList<Arrival> &arrivals() const { return m_arrivals; }
    int maxConcurrent() const { return m_maxConcurrent; }
    // How many requests carried this text in their body (an address: how often a row came).
    int requestsContaining(const QByteArray &text) const;

private:
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int index, const Answer &answer);

    Script m_script;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<Arrival> m_arrivals;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
    QTcpServer m_server; // last: its sockets go first, and their handlers use the members above
};

} // namespace AssertDesk::Test
