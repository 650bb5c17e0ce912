#include "sandboxactions.h"
#include "noticebanner.h"
#include "question.h"

#include "futures.h"
#include "sandboxlauncher.h"

#include <QDir>
#include <QWidget>

namespace AssertDesk::Ui {

using Session::SandboxEndpoint;
using Session::SandboxLauncher;

SandboxActions::SandboxActions(SandboxLauncher *launcher, NoticeBanner *notice, QWidget *window)
    : QObject(window)
    , m_launcher(launcher)
    , m_notice(notice)
    , m_window(window)
{
    if (m_launcher)
        connect(m_launcher, &SandboxLauncher::dataProblem, this, &SandboxActions::dataProblem);
}

void SandboxActions::dataProblem(const QString &message)
{
    m_notice->showNotice(tr("%1 Sandbox › Reset gives it new sample contacts on purpose.").arg(message));
}

void SandboxActions::reset()
{
    if (!m_launcher
        || !Question::ask(m_window, tr("Reset the sandbox?"),
                          tr("The built-in sandbox starts again with new sample contacts. Its current contacts are "
                             "moved aside, not deleted, but history entries sent to the sandbox will point at "
                             "contacts it no longer has."),
                          tr("&Reset")))
        return;
    QString movedTo;
    const QFuture<SandboxEndpoint> started = m_launcher->reset(&movedTo);
    m_notice->hide();
    Q_EMIT message(tr("Resetting the sandbox…"), 0);
    History::whenReady(started, this, [this, movedTo](const SandboxEndpoint &sandbox) {
        Q_EMIT message(QString(), 0);
        if (!sandbox.ok()) {
            m_notice->showNotice(tr("The sandbox was not reset: %1").arg(sandbox.error));
            return;
        }
        m_notice->showNotice(movedTo.isEmpty()
                                 ? tr("The sandbox was reset: it has new sample contacts.")
                                 : tr("The sandbox was reset: it has new sample contacts; the old ones are in %1.")
                                       .arg(QDir::toNativeSeparators(movedTo)));
        Q_EMIT restarted();
    });
}

} // namespace AssertDesk::Ui
