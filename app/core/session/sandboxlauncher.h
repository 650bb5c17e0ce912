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
// With a data file the contacts outlive the child, so a restarted sandbox still has the contacts
// that history entries point at; a file that was there and is gone, or that the child cannot
// read, is reported (dataProblem), never replaced by fresh seed data without a word.
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

    // The SQLite file the child keeps its contacts in (--data); its folder is made, private to
    // the user, on the first start. Beside it, <file>.seeded records that the child seeded it,
    // so a file gone between two runs of the app is noticed too.
    void setDataFile(const QString &file) { m_dataFile = file; }
    QString dataFile() const { return m_dataFile; }
    // Starts afresh on purpose: stops the child, moves the data file (and SQLite's journal
    // files) aside, and starts a new child, which seeds new contacts. `movedTo` names where the
    // old contacts went (empty if there were none). If the file cannot be moved, nothing is
    // started and the future holds the reason.
    QFuture<SandboxEndpoint> reset(QString *movedTo = nullptr);

    // assertdesk-sandbox beside the running executable (as installed and as built).
    static QString defaultProgram();

Q_SIGNALS:
    // A sandbox that had been answering has gone; the next endpoint() starts a new one.
    void stopped(const QString &why);
    // The contacts file is gone (the child starts on new seed contacts) or cannot be read (the
    // child does not start): history entries sent to the sandbox point at contacts it lacks.
    void dataProblem(const QString &message);

private:
    void readOutput();
    void finish(const SandboxEndpoint &endpoint);
    void onFinished(int exitCode, int exitStatus);
    void discardProcess();
    QString lastErrorLine() const;
    QStringList startArguments();
    void recordSeeded();
    QString seededMarker() const { return m_dataFile + QStringLiteral(".seeded"); }

    QString m_program;
    QStringList m_arguments;
    QString m_dataFile;
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
