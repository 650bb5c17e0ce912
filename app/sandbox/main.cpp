#include "sandboxserver.h"

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using AssertDesk::Sandbox::SandboxServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assertdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Sandbox", "A local emulator of the contact API, on loopback only.\n"
                   "This version answers GET /api/v2/health; the contact routes are being built."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QCoreApplication::translate("Sandbox", "Port to listen on; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "assertdesk-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    SandboxServer server;
    QString error;
    if (!server.listen(static_cast<quint16>(port), &error)) {
        std::fprintf(stderr, "assertdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The first line of stdout is the contract with scripts that start us on port 0.
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
