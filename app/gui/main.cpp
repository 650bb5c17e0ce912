#include "appcomposition.h"
#include "darkpalette.h"
#include "futures.h"
#include "mainwindow.h"

#include "buildinfo.h"
#include "profilefallback.h"
#include "quitonsignal.h"
#include "startupphases.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace AssertDesk;

namespace {

struct Options
{
    QCommandLineOption quitAfterPaint {
        QStringLiteral("quit-after-paint"),
        QCoreApplication::translate("Main",
                                    "Exit right after the main window is first painted (for timing start-up).")};
    QCommandLineOption sandbox {
        QStringLiteral("sandbox"),
        QCoreApplication::translate("Main",
                                    "Work against the built-in sandbox: a local emulator of the contact API "
                                    "with seeded contacts and a session key.")};
    QCommandLineOption dataDir {
        QStringLiteral("data-dir"),
        QCoreApplication::translate("Main", "Keep the history in this folder (default: the XDG data folder)."),
        QStringLiteral("dir")};

    void describe(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "Main", "Assert Desk: build, check and send contact assert (upsert) requests."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({quitAfterPaint, sandbox, dataDir});
    }
};

bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const auto set = [](const char *name) { return !qEnvironmentVariableIsEmpty(name); };
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// --help and --version must work on a machine with no display, so they are answered before a
// GUI application (which would abort there) exists.
int answerInText(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assertdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));
    Options options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);
    return 0;
}

void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("assertdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral(ASSERTDESK_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral("AssertDesk"));
    QApplication::setOrganizationDomain(QStringLiteral(ASSERTDESK_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.assertdesk.AssertDesk"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

// What the window needs from outside it once it exists: where the sandbox went, which profile a
// new user starts on, what the history's opening said.
void connectWindow(Ui::MainWindow &window, AppComposition &app,
                   const QFuture<History::HistoryService::OpenResult> &opened, bool sandboxAsked)
{
    QObject::connect(&app.sandbox, &Session::SandboxLauncher::stopped, &window, &Ui::MainWindow::sandboxStopped);
    if (Session::ProfileFallback::startOnSandbox(app.profiles, sandboxAsked))
        window.selectProfile(Profiles::ProfileStore::sandboxName());
    History::whenReady(opened, &window, [&window](const History::HistoryService::OpenResult &result) {
        QStringList notices = result.notices;
        if (!result.ok)
            notices.prepend(
                QCoreApplication::translate("Main", "The history could not be opened, so sending is off: %1")
                    .arg(result.error));
        window.showHistoryNotices(notices);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv))
        return answerInText(argc, argv);
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "assertdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a "
                     "desktop session, or headless with: xvfb-run -a assertdesk\n");
        return 1;
    }

    // Declared first so that it is destroyed last: its final mark comes after every teardown.
    StartupPhases phases;
    QApplication app(argc, argv);
    phases.mark("application");
    nameApplication();
    Ui::applyPaletteFromEnvironment();
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("assertdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own words (Cancel, OK, Ctrl+Return in menus) from qt6-translations-l10n when installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    Options options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);

    // The composition root: everything the window uses is made here and passed in.
    AppComposition composition(parser.value(options.dataDir));
    // Opened before the window exists: the service runs requests in order, so the window's first
    // page of history is read from the opened store (and the opening overlaps building the window).
    const QFuture<History::HistoryService::OpenResult> historyOpened = composition.history.open();
    phases.mark("services");
    Ui::MainWindow window(composition.services());
    phases.mark("window");
    connectWindow(window, composition, historyOpened, parser.isSet(options.sandbox));
    const bool quitAfterPaint = parser.isSet(options.quitAfterPaint);
    QObject::connect(&window, &Ui::MainWindow::firstPaint, &app, [&phases, quitAfterPaint] {
        phases.mark("first-paint");
        if (quitAfterPaint)
            // Directly, so the loop ends before work deferred past the first paint (the sandbox) begins.
            QCoreApplication::exit(0);
    });
    // Terminated from outside (logout, kill, Ctrl+C in a terminal): close as the user would, so
    // the window state is saved, the history closed and the sandbox stopped.
    Session::QuitOnSignal quitOnSignal([&window](int) {
        window.close();
        QCoreApplication::exit(0);
    });
    window.show();
    phases.mark("shown");
    const int status = app.exec();
    phases.mark("event-loop");
    return status;
}
