#include "mainwindow.h"

#include "buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

void describe(QCommandLineParser &parser, QCommandLineOption &quitAfterPaint)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Main", "Assert Desk: build, check and send contact assert (upsert) requests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(quitAfterPaint);
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

    // --help and --version must work on a machine with no display, so they are answered before a
    // GUI application (which would abort there) exists.
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("assertdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));
        QCommandLineParser parser;
        describe(parser, quitAfterPaint);
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
    describe(parser, quitAfterPaint);
    parser.process(app);

    AssertDesk::Ui::MainWindow window;
    if (parser.isSet(quitAfterPaint))
        QObject::connect(&window, &AssertDesk::Ui::MainWindow::firstPaint, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    window.show();
    return app.exec();
}
