#include "mainwindow.h"
#include "sandboxhost.h"

#include "buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

namespace {

void describe(QCommandLineParser &parser, QCommandLineOption &quitAfterPaint, QCommandLineOption &sandbox)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Main", "Assert Desk: build, check and send contact assert (upsert) requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(quitAfterPaint);
    parser.addOption(sandbox);
}

// Profiles (an account's base URL and key) arrive with the sending work; until one exists the
// app runs against its built-in sandbox, so the first thing a new user sees works.
bool hasConfiguredProfile()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    return !settings.childGroups().isEmpty();
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineOption quitAfterPaint(
        QStringLiteral("quit-after-paint"),
        QCoreApplication::translate("Main", "Exit right after the main window is first painted (for timing start-up)."));
    QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("Main", "Work against the built-in sandbox: a local emulator of the contact API "
                                            "with seeded contacts and a session key."));

    // --help and --version must work on a machine with no display, so they are answered before a
    // GUI application (which would abort there) exists.
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("assertdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));
        QCommandLineParser parser;
        describe(parser, quitAfterPaint, sandbox);
        parser.process(app);
        return 0;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr, "assertdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a "
                             "desktop session, or headless with: xvfb-run -a assertdesk\n");
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("assertdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral(ASSERTDESK_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral("AssertDesk"));
    QApplication::setOrganizationDomain(QStringLiteral(ASSERTDESK_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.assertdesk.AssertDesk"));

    QCommandLineParser parser;
    describe(parser, quitAfterPaint, sandbox);
    parser.process(app);

    AssertDesk::Ui::MainWindow window;
    AssertDesk::Sandbox::SandboxHost sandboxHost;
    if (parser.isSet(sandbox) || !hasConfiguredProfile()) {
        AssertDesk::Sandbox::SandboxOptions options;
        options.seed = 25;
        QString error;
        if (sandboxHost.start(options, &error))
            window.showEnvironment(QCoreApplication::translate("Main", "Sandbox"), sandboxHost.baseUrl());
        else
            window.showEnvironment(QCoreApplication::translate("Main", "Sandbox failed to start: %1").arg(error), {});
    }
    if (parser.isSet(quitAfterPaint))
        QObject::connect(&window, &AssertDesk::Ui::MainWindow::firstPaint, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    window.show();
    return app.exec();
}
