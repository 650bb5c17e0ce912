#include "startupphases.h"

#include <QString>

#include <cstring>

Q_LOGGING_CATEGORY(lcStartup, "assertdesk.startup", QtWarningMsg)

StartupPhases::StartupPhases()
{
    m_clock.start();
    m_marks.reserve(8);
}

StartupPhases::~StartupPhases()
{
    mark("teardown");
    if (!lcStartup().isInfoEnabled())
        return;
    QString line = QStringLiteral("phases ms:");
    for (const auto &[phase, nanos] : m_marks)
        line += QLatin1Char(' ') + QLatin1String(phase) + QLatin1Char(' ') + QString::number(nanos / 1e6, 'f', 2);
    qCInfo(lcStartup).noquote() << line;
}

void StartupPhases::mark(const char *phase)
{
    for (const auto &m : m_marks)
        if (std::strcmp(m.first, phase) == 0)
            return;
    m_marks.emplace_back(phase, m_clock.nsecsElapsed());
}
