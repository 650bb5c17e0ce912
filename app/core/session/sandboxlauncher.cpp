#include "sandboxlauncher.h"

#include "later.h"
#include "sessionlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace AssertDesk::Session {

namespace {

constexpr qsizetype maxKeptOutput = 64 * 1024;

const QByteArray listeningPrefix = QByteArrayLiteral("listening on ");
const QByteArray keyPrefix = QByteArrayLiteral("key: ");

QFuture<SandboxEndpoint> failed(const QString &why)
{
    QPromise<SandboxEndpoint> promise;
    promise.start();
    promise.addResult(SandboxEndpoint {{}, {}, why});
    promise.finish();
    return promise.future();
}

} // namespace

SandboxLauncher::SandboxLauncher(QString program, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

SandboxLauncher::~SandboxLauncher()
{
    if (m_process) {
        m_process->disconnect(this);
        // The emulator keeps nothing that needs a clean shutdown: its contacts live in memory or
        // in SQLite with a synchronous journal, where every answered write is already on disk.
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    if (m_promise) {
        m_promise->addResult(SandboxEndpoint {{}, {}, tr("The app closed before the sandbox started.")});
        m_promise->finish();
    }
}

QString SandboxLauncher::defaultProgram()
{
    QString name = QStringLiteral("assertdesk-sandbox");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

bool SandboxLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SandboxLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QFuture<SandboxEndpoint> SandboxLauncher::endpoint()
{
    if (m_promise || m_ready)
        return m_future;

    m_promise = std::make_unique<QPromise<SandboxEndpoint>>();
    m_future = m_promise->future();
    m_promise->start();
    m_pending = {};
    m_stdout.clear();
    m_stderr.clear();

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    // The generated key is read from stdout; only the seed, the port and the data file are on
    // the command line.
    m_process->setArguments(startArguments());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    // The user's real API key, if exported for the CLI, is no business of the sandbox.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ASSERTDESK_API_KEY"));
    m_process->setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // If the app dies without running its destructors, the kernel takes the sandbox with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Only the tail is kept (for saying why the sandbox stopped); it is cut back once it is
        // twice that long, so a sandbox logging every request costs no copy per line.
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 2 * maxKeptOutput)
            m_stderr.remove(0, m_stderr.size() - maxKeptOutput);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_promise)
            return;
        const QString why
            = tr("%1 could not be started: %2").arg(QDir::toNativeSeparators(m_program), m_process->errorString());
        discardProcess();
        finish({{}, {}, why});
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, int(status)); });

    m_startTimer = new QTimer(m_process);
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        if (!m_promise)
            return;
        const QString why = tr("%1 did not report its address within %2 s.")
                                .arg(QDir::toNativeSeparators(m_program))
                                .arg(m_startTimeoutMs / 1000.0);
        discardProcess();
        finish({{}, {}, why});
    });
    m_startTimer->start(m_startTimeoutMs);
    qCDebug(lcSession) << "starting" << m_program << m_arguments;
    m_process->start();
    return m_future;
}

void SandboxLauncher::readOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (!m_promise) {
        m_stdout.clear(); // after start-up the sandbox prints nothing the app needs
        return;
    }
    if (m_stdout.size() > maxKeptOutput) {
        discardProcess();
        finish({{}, {}, tr("%1 printed something that is not an address.").arg(QDir::toNativeSeparators(m_program))});
        return;
    }
    qsizetype end;
    while ((end = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(end).trimmed();
        m_stdout.remove(0, end + 1);
        if (line.startsWith(listeningPrefix)) {
            const QUrl root(QString::fromUtf8(line.mid(listeningPrefix.size())), QUrl::StrictMode);
            m_pending.baseUrl = root.isValid() ? QUrl(root.toString() + QStringLiteral("/api/v2")) : QUrl();
        } else if (line.startsWith(keyPrefix)) {
            m_pending.key = QString::fromUtf8(line.mid(keyPrefix.size()));
        }
    }
    // With arguments that pass no --key the sandbox makes one up and prints it on the next line.
    const bool wantsKey = !m_arguments.contains(QLatin1String("--key"));
    if (m_pending.baseUrl.isValid() && (!wantsKey || !m_pending.key.isEmpty())) {
        m_ready = true;
        recordSeeded();
        finish(m_pending);
    }
}

void SandboxLauncher::finish(const SandboxEndpoint &endpoint)
{
    if (!m_promise)
        return;
    if (m_startTimer)
        m_startTimer->stop();
    auto promise = std::move(m_promise);
    if (!endpoint.ok())
        qCWarning(lcSession).noquote() << endpoint.error;
    else
        qCInfo(lcSession).noquote() << "sandbox at" << endpoint.baseUrl.toString();
    promise->addResult(endpoint);
    promise->finish();
}

void SandboxLauncher::onFinished(int exitCode, int exitStatus)
{
    m_stderr += m_process->readAllStandardError();
    const QString how = exitStatus == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    const QString detail = lastErrorLine();
    const QString why = detail.isEmpty() ? tr("%1 %2.").arg(QDir::toNativeSeparators(m_program), how)
                                         : tr("%1 %2: %3").arg(QDir::toNativeSeparators(m_program), how, detail);
    const bool wasReady = m_ready;
    m_ready = false;
    discardProcess();
    // The sandbox names the file in what it says when it cannot open, prepare or read it.
    if (m_promise && !m_dataFile.isEmpty() && detail.contains(m_dataFile))
        Q_EMIT dataProblem(tr("The sandbox cannot read its contacts file %1, so it does not start: %2")
                               .arg(QDir::toNativeSeparators(m_dataFile), detail));
    if (m_promise)
        finish({{}, {}, why});
    else if (wasReady)
        Q_EMIT stopped(why);
}

void SandboxLauncher::discardProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_startTimer = nullptr; // a child of the process
}

QStringList SandboxLauncher::startArguments()
{
    QStringList arguments = m_arguments;
    if (m_dataFile.isEmpty())
        return arguments;
    const QFileInfo info(m_dataFile);
    if (!info.dir().exists() && QDir().mkpath(info.absolutePath()))
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!info.exists() && QFileInfo::exists(seededMarker())) {
        QFile::remove(seededMarker());
        const QString message = tr("The sandbox's contacts file %1 is gone: the sandbox starts on new sample "
                                   "contacts, and history entries sent to it before point at contacts it no "
                                   "longer has.")
                                    .arg(QDir::toNativeSeparators(m_dataFile));
        qCWarning(lcSession).noquote() << message;
        // From the event loop: endpoint()'s caller is in the middle of asking for the sandbox.
        later(this, [this, message] { Q_EMIT dataProblem(message); });
    }
    arguments << QStringLiteral("--data") << m_dataFile;
    return arguments;
}

void SandboxLauncher::recordSeeded()
{
    if (m_dataFile.isEmpty() || !QFileInfo::exists(m_dataFile) || QFileInfo::exists(seededMarker()))
        return;
    QFile marker(seededMarker());
    if (marker.open(QIODevice::WriteOnly))
        marker.write("contacts seeded " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n');
}

QFuture<SandboxEndpoint> SandboxLauncher::reset(QString *movedTo)
{
    if (movedTo)
        movedTo->clear();
    discardProcess();
    m_ready = false;
    finish({{}, {}, tr("The sandbox was reset before it had started.")});
    if (m_dataFile.isEmpty() || !QFileInfo::exists(m_dataFile))
        return endpoint();
    const QFileInfo info(m_dataFile);
    const QString aside = info.dir().filePath(
        QStringLiteral("%1-before-reset-%2.%3")
            .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 info.suffix()));
    if (!QFile::rename(m_dataFile, aside))
        return failed(tr("The sandbox's contacts file %1 could not be moved aside, so the sandbox was not reset.")
                          .arg(QDir::toNativeSeparators(m_dataFile)));
    // SQLite's journal goes with its file: left behind, it could be read into the new one.
    for (const QLatin1String journal : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(m_dataFile + journal) && !QFile::rename(m_dataFile + journal, aside + journal))
            QFile::remove(m_dataFile + journal);
    }
    QFile::remove(seededMarker());
    qCInfo(lcSession).noquote() << "sandbox reset; its contacts were moved to" << aside;
    if (movedTo)
        *movedTo = aside;
    return endpoint();
}

QString SandboxLauncher::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderr.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast().trimmed());
}

} // namespace AssertDesk::Session
