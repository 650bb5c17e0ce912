#include "quitonsignal.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace AssertDesk::Session {

#ifdef Q_OS_UNIX
namespace {

int signalSockets[2] = {-1, -1};
constexpr int watchedSignals[] = {SIGTERM, SIGINT, SIGHUP};
volatile sig_atomic_t signalsSeen = 0;
volatile sig_atomic_t secondEndsAtOnce = 0;
char secondNote[512];
size_t secondNoteSize = 0;

extern "C" void onSignal(int signal)
{
    signalsSeen = signalsSeen + 1;
    if (secondEndsAtOnce && signalsSeen > 1) {
        // Only what is safe in a handler: a write and the signal's own default action.
        [[maybe_unused]] const auto noted = ::write(STDERR_FILENO, secondNote, secondNoteSize);
        ::signal(signal, SIG_DFL);
        ::raise(signal);
        return;
    }
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, 1);
}

} // namespace
#endif

QuitOnSignal::QuitOnSignal(std::function<void(int)> quit, QObject *parent)
    : QObject(parent)
    , m_quit(std::move(quit))
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalSockets[1], &byte, 1) == 1 && m_quit)
            m_quit(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : watchedSignals)
        ::sigaction(s, &action, nullptr);
#endif
}

void QuitOnSignal::setSecondSignalEndsAtOnce(const QByteArray &note)
{
#ifdef Q_OS_UNIX
    secondNoteSize = size_t(qMin<qsizetype>(note.size(), qsizetype(sizeof secondNote)));
    std::memcpy(secondNote, note.constData(), secondNoteSize);
    signalsSeen = 0;
    secondEndsAtOnce = 1;
#else
    Q_UNUSED(note);
#endif
}

QuitOnSignal::~QuitOnSignal()
{
#ifdef Q_OS_UNIX
    secondEndsAtOnce = 0;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int s : watchedSignals)
        ::sigaction(s, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : signalSockets) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

} // namespace AssertDesk::Session
