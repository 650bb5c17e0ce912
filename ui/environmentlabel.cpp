#include "environmentlabel.h"

#include "afterfirstpaint.h"
#include "futures.h"

namespace AssertDesk::Ui {

EnvironmentLabel::EnvironmentLabel(SandboxStarter sandbox, AfterFirstPaint *afterPaint, QWidget *parent)
    : QLabel(parent)
    , m_sandbox(std::move(sandbox))
    , m_afterPaint(afterPaint)
{
    setObjectName(QStringLiteral("environmentLabel"));
}

void EnvironmentLabel::showProfile(const Profiles::Profile &profile)
{
    m_showsSandbox = profile.isSandbox();
    if (!m_showsSandbox) {
        showEnvironment(profile.name, profile.baseUrl);
        return;
    }
    showEnvironment(tr("Sandbox (starting…)"), QUrl());
    // Started once the window is on screen and idle, so it never delays the first paint.
    m_afterPaint->add([this] { startSandbox(); });
}

void EnvironmentLabel::startSandbox()
{
    if (!m_showsSandbox || !m_sandbox)
        return;
    History::whenReady(m_sandbox(), this, [this](const Session::SandboxEndpoint &sandbox) {
        if (!m_showsSandbox)
            return;
        if (sandbox.ok())
            showEnvironment(tr("Sandbox"), sandbox.baseUrl);
        else
            showEnvironment(tr("Sandbox not running: %1").arg(sandbox.error), QUrl());
    });
}

void EnvironmentLabel::showEnvironment(const QString &name, const QUrl &baseUrl)
{
    setText(baseUrl.isEmpty() ? name : tr("%1 · %2").arg(name, baseUrl.toString()));
}

void EnvironmentLabel::sandboxStopped(const QString &why)
{
    if (m_showsSandbox)
        showEnvironment(tr("Sandbox stopped (it starts again on the next send): %1").arg(why), QUrl());
}

} // namespace AssertDesk::Ui
