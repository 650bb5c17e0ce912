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
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Accept this API key (repeatable)."),
                                 QStringLiteral("key"));
    const QCommandLineOption readOnlyKey(QStringLiteral("read-only-key"),
                                         QStringLiteral("Accept this key for reads; writes get 403 (repeatable)."),
                                         QStringLiteral("key"));
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Keep contacts in this SQLite file, across restarts (default: memory)."),
        QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Create N realistic contacts when the store is empty."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Honour the X-Sandbox-Fault request header: delay=MS, 429, "
                                                   "retry-after=S, 500, 502, 503, drop, redirect=301|302|307, "
                                                   "location=URL, trickle, trickle-ms=MS, oversize=MB."));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Answer 429 with Retry-After beyond N requests a second."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with this PEM certificate and key: --tls CERT --tls KEY."),
                                 QStringLiteral("file"));
    parser.addOptions({port, key, readOnlyKey, data, seed, faults, rateLimit, tls});
    parser.process(app);

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    SandboxOptions options;
    options.keys = parser.values(key);
    options.readOnlyKeys = parser.values(readOnlyKey);
    options.dataFile = parser.value(data);
    options.faults = parser.isSet(faults);
    options.seed = parser.value(seed).toInt(&ok);
    if (!ok || options.seed < 0 || options.seed > 1000000)
        return fail(QStringLiteral("--seed must be a number from 0 to 1000000"));
    options.rateLimit = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.rateLimit < 0)
        return fail(QStringLiteral("--rate-limit must be a whole number of requests a second"));
    const QStringList tlsFiles = parser.values(tls);
    if (!tlsFiles.isEmpty() && tlsFiles.size() != 2)
        return fail(QStringLiteral("--tls takes two files: --tls CERT --tls KEY"));
    QString generatedKey;
    if (options.keys.isEmpty() && options.readOnlyKeys.isEmpty()) {
        generatedKey = SandboxServer::generateKey();
        options.keys << generatedKey;
    }

    SandboxServer server(options);
    QString error;
    if (tlsFiles.size() == 2 && !server.setTls(tlsFiles.at(0), tlsFiles.at(1), &error))
        return fail(error);
    if (!server.start(static_cast<quint16>(portNumber), &error))
        return fail(error, 1);
    // The first line of stdout is the contract with scripts that start us on port 0.
    std::printf("listening on %s://127.0.0.1:%u\n", tlsFiles.isEmpty() ? "http" : "https", unsigned(server.port()));
    if (!generatedKey.isEmpty())
        std::printf("key: %s\n", qPrintable(generatedKey));
    std::fflush(stdout);
    return app.exec();
}
