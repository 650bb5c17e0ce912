#include "sandboxprocess.h"

#include <QElapsedTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace AssertDesk::Test {

SandboxProcess::SandboxProcess(QString program)
    : m_program(std::move(program))
{
}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool SandboxProcess::start(const QStringList &args)
{
#ifdef Q_OS_UNIX
    if (m_openFileLimit > 0) {
        const rlim_t limit = rlim_t(m_openFileLimit);
        m_process.setChildProcessModifier([limit] {
            rlimit r {};
            getrlimit(RLIMIT_NOFILE, &r);
            r.rlim_cur = limit;
            setrlimit(RLIMIT_NOFILE, &r);
        });
    }
#endif
    if (m_logRequests) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("assertdesk.sandbox.debug=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{message}"));
        m_process.setProcessEnvironment(env);
    }
    m_process.start(m_program, args);
    if (!m_process.waitForStarted(10000))
        return false;
    QElapsedTimer t;
    t.start();
    while (!m_process.canReadLine() && t.elapsed() < 20000 && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    m_firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
    if (m_process.canReadLine() || m_process.waitForReadyRead(300))
        m_secondLine = QString::fromUtf8(m_process.readLine()).trimmed();
    return m_firstLine.startsWith(QLatin1String("listening on "));
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(m_firstLine.mid(QStringLiteral("listening on ").size()) + QStringLiteral("/api/v2"));
}

int SandboxProcess::requestsAnswered(const QString &path, int status)
{
    // The log is read while the event loop runs, so the child never blocks on a full pipe; what
    // came since the last call is added to what was read before.
    m_log += m_process.readAllStandardError();
    const QByteArray needle = "\"/api/v2" + path.toUtf8() + "\" ";
    const QByteArray answered = QByteArray(" ") + QByteArray::number(status);
    int count = 0;
    for (const QByteArray &line : m_log.split('\n'))
        if (line.contains(needle) && (status == 0 || line.endsWith(answered)))
            ++count;
    return count;
}

} // namespace AssertDesk::Test
