#include "processrunner.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace AssertDesk::Test {

QStringList filesContaining(const QString &dir, const QByteArray &needle, int *count)
{
    QStringList hits;
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        if (f.readAll().contains(needle))
            hits << f.fileName();
    }
    if (count)
        *count = files;
    return hits;
}

QProcessEnvironment homeEnvironment(const QString &home, const QString &apiKey)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.remove(QStringLiteral("ASSERTDESK_API_KEY"));
    if (!apiKey.isEmpty())
        e.insert(QStringLiteral("ASSERTDESK_API_KEY"), apiKey);
    return e;
}

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &input,
                         const QProcessEnvironment &env, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    return r;
}

} // namespace AssertDesk::Test
