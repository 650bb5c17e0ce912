#pragma once

#include "sandboxendpoint.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTimer;

namespace AssertDesk::Session {

// Runs the assertdesk-sandbox executable as a child process for the desktop app. Out of process,
// the window neither loads the HTTP server and TLS libraries nor shares a crash with the
// emulator. The child is started on the first endpoint() call, reads its address and generated
// key from the child's stdout (never from its command line, where other users could see it), is
// killed with the app (also if the app dies), and is started again on demand after it stops.
class SandboxLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QString program, QStringList arguments = {}, QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The same future for every caller until the sandbox stops; it finishes with an endpoint or
    // an error that names the program and what went wrong.
    QFuture<SandboxEndpoint> endpoint();
    bool isRunning() const;
    qint64 processId() const;

    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }

    // assertdesk-sandbox beside the running executable (as installed and as built).
    static QString defaultProgram();

Q_SIGNALS:
    // A sandbox that had been answering has gone; the next endpoint() starts a new one.
    void stopped(const QString &why);

private:
    void readOutput();
    void finish(const SandboxEndpoint &endpoint);
    void onFinished(int exitCode, int exitStatus);
    void discardProcess();
    QString lastErrorLine() const;

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    QTimer *m_startTimer = nullptr;
    std::unique_ptr<QPromise<SandboxEndpoint>> m_promise; // set while starting
    QFuture<SandboxEndpoint> m_future;
    SandboxEndpoint m_pending;
    QByteArray m_stdout;
    QByteArray m_stderr;
    int m_startTimeoutMs = 15000;
    bool m_ready = false;
};

} // namespace AssertDesk::Session
