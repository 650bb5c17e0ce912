#include "commands.h"
#include "output.h"

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

using namespace AssertDesk::Cli;

int main(int argc, char *argv[])
{
    // Progress notes are for the desktop app's log; QT_LOGGING_RULES can turn them back on. What
    // the history store warns of (damage, an answer kept aside) each command prints in full.
    QLoggingCategory::setFilterRules(QStringLiteral("assertdesk.*.info=false\nassertdesk.store.warning=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assertdesk-cli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral(ASSERTDESK_ORG_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSERTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Assert Desk on the command line: check and read contact assert (upsert) bodies.\n\n"
        "Commands:\n"
        "  validate FILE|-   check a request body; one line per problem\n"
        "  render FILE|-     show a response body as a typed tree\n"
        "  preview FILE|- --profile P   which contact it would create or update, field by field (reads only)\n"
        "  send FILE|- --profile P   check, send and show the outcome\n"
        "  batch FILE.csv --profile P   check a CSV of contacts row by row and send it (--dry-run: check only)\n"
        "  profile list|add|set|remove   manage profiles\n"
        "  key set|check|forget --profile P   keep a profile's key in the keychain\n"
        "  history list|search|show|timeline|changes|diff|revert|export   review past asserts offline\n\n"
        "Run 'assertdesk-cli COMMAND --help' for a command's options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("validate | render | preview | send | batch | profile | key | history"));
    parser.addPositionalArgument(QStringLiteral("args"), QString(), QStringLiteral("[args...]"));
    // Everything after the command belongs to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QStringList args = QCoreApplication::arguments();
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("assertdesk-cli %1\n").arg(QStringLiteral(ASSERTDESK_VERSION)));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            printOut(parser.helpText());
            return ExitOk;
        }
        printErr(parser.helpText());
        return ExitUsage;
    }
    const QString command = positional.first();
    QStringList commandArgs {args.first() + QLatin1Char(' ') + command};
    commandArgs += positional.mid(1);
    if (command == QLatin1String("validate"))
        return runValidate(commandArgs);
    if (command == QLatin1String("render"))
        return runRender(commandArgs);
    if (command == QLatin1String("send"))
        return runSend(commandArgs);
    if (command == QLatin1String("preview"))
        return runPreview(commandArgs);
    if (command == QLatin1String("batch"))
        return runBatch(commandArgs);
    if (command == QLatin1String("profile"))
        return runProfile(commandArgs);
    if (command == QLatin1String("key"))
        return runKey(commandArgs);
    if (command == QLatin1String("history"))
        return runHistory(commandArgs);
    printErr(QCoreApplication::translate("Cli", "assertdesk-cli: unknown command \"%1\"; try --help\n").arg(command));
    return ExitUsage;
}
