#include "sandboxcommandline.h"
#include "sandboxserver.h"

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace AssertDesk::Sandbox;

namespace {

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "assertdesk-sandbox: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assertdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Sandbox",
        "A local emulator of the Reevo contact API v2, on loopback only: health, schema, assert, query and read.\n"
        "The first line of output is \"listening on URL\". Without --key or --read-only-key a key is made up "
        "and printed on the second line."));
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxCommandLine commandLine;
    commandLine.addTo(parser);
    parser.process(app);
    QString error;
    if (!commandLine.read(parser, &error))
        return fail(error);

    SandboxServer server(commandLine.options());
    const QStringList tlsFiles = commandLine.tlsFiles();
    if (tlsFiles.size() == 2 && !server.setTls(tlsFiles.at(0), tlsFiles.at(1), &error))
        return fail(error);
    if (!server.start(commandLine.port(), &error))
        return fail(error, 1);
    // The first line of stdout is the contract with scripts that start us on port 0.
    std::printf("listening on %s://127.0.0.1:%u\n", tlsFiles.isEmpty() ? "http" : "https", unsigned(server.port()));
    if (commandLine.madeUpKey())
        std::printf("key: %s\n", qPrintable(commandLine.options().keys.first()));
    std::fflush(stdout);
    return app.exec();
}
