#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace AssertDesk::Test {

// The assertdesk-sandbox executable, started as a user would, for tests whose client is another
// process (so the test's own event loop is not needed to answer).
class SandboxProcess final
{
public:
    explicit SandboxProcess(QString program);
    ~SandboxProcess();

    bool start(const QStringList &args);
    // Before start(): the child's limit on open file descriptors (RLIMIT_NOFILE; Unix only).
    void setOpenFileLimit(int limit) { m_openFileLimit = limit; }
    qint64 processId() const { return m_process.processId(); }
    QString firstLine() const { return m_firstLine; }
    QString secondLine() const { return m_secondLine; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v2
    // Before start(): the child logs every request it answers on standard error
    // ("METHOD" "PATH" STATUS), for requestsAnswered().
    void setLogRequests(bool on) { m_logRequests = on; }
    // How many requests to `path` (below /api/v2) the sandbox has answered with `status` so far
    // (any status when 0), as its log says.
    int requestsAnswered(const QString &path, int status = 0);

private:
    QString m_program;
    QProcess m_process;
    QString m_firstLine;
    QString m_secondLine;
    int m_openFileLimit = 0;
    bool m_logRequests = false;
    QByteArray m_log;
};

} // namespace AssertDesk::Test
