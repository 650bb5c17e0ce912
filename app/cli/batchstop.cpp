#include "batchstop.h"

#include "output.h"

#include "batchrun.h"

#include <QCoreApplication>

namespace AssertDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

BatchStop::BatchStop()
    : m_quit([this](int) { onSignal(); })
{
    m_quit.setSecondSignalEndsAtOnce(
        Tr::tr("\nbatch: stopped at once; rows under way read interrupted (batch status, --resume)\n").toLocal8Bit());
}

void BatchStop::watch(Session::BatchRun *run)
{
    m_run = run;
    if (m_run && asked())
        m_run->cancel();
}

void BatchStop::onSignal()
{
    // The second signal never gets here: it ends the process in its handler.
    if (++m_signals > 1)
        return;
    const int inFlight = m_run ? m_run->rowsInFlight() : 0;
    printErr(
        Tr::tr("\nbatch: cancelling: no new row starts; waiting for %n row(s) under way (Ctrl-C again stops at once)\n",
               nullptr, inFlight));
    if (m_run)
        m_run->cancel();
}

} // namespace AssertDesk::Cli
