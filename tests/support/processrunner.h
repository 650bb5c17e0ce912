#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace AssertDesk::Test {

// Runs one of our executables the way a user or a script would, and keeps what it printed.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Every file below `dir` that contains `needle`; `count` receives how many files were read.
QStringList filesContaining(const QString &dir, const QByteArray &needle, int *count = nullptr);

// The environment of a run kept to `home`: its settings and history under home/config and
// home/data, and the API key (none when empty) as $ASSERTDESK_API_KEY.
QProcessEnvironment homeEnvironment(const QString &home, const QString &apiKey = {});

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &input = {},
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000);

} // namespace AssertDesk::Test
