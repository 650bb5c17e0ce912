#include "commands.h"
#include "inputfile.h"
#include "output.h"

#include "assertresponse.h"
#include "responseformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace AssertDesk::Cli {

using namespace AssertDesk::Contract;

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Show an assert response as a typed tree: the outcome (created or updated, and what it "
        "matched on) first, then one attribute per line with its value_type and value.\n"
        "Exit status: 0 rendered, 2 not an assert response or unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "Response body, or - for standard input."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print the typed tree as JSON."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "The HTTP status the body came with (201 means created)."),
        QStringLiteral("code"));
    parser.addOption(jsonOption);
    parser.addOption(statusOption);
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QCoreApplication::translate("Cli", "render: give exactly one FILE, or - for standard input\n"));
        return ExitUsage;
    }
    int status = 0;
    if (parser.isSet(statusOption)) {
        bool ok = false;
        status = parser.value(statusOption).toInt(&ok);
        if (!ok || status < 100 || status > 599) {
            printErr(QCoreApplication::translate("Cli", "render: --status must be an HTTP status such as 200\n"));
            return ExitUsage;
        }
    }
    QByteArray body;
    QString error;
    if (!readInput(files.first(), &body, &error)) {
        printErr(QStringLiteral("render: %1\n").arg(error));
        return ExitUsage;
    }
    const AssertResponse response = AssertResponse::parse(body, status);
    if (!response.isValid()) {
        printErr(QStringLiteral("render: %1: %2\n").arg(files.first(), response.errorString()));
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        printJson(ResponseFormatter::toJson(response));
    else
        printOut(ResponseFormatter::toText(response));
    return ExitOk;
}

} // namespace AssertDesk::Cli
