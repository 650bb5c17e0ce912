#include "commands.h"
#include "inputfile.h"
#include "output.h"
#include "phoneregionoption.h"

#include "fieldcatalogue.h"
#include "requestvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace AssertDesk::Cli {

using namespace AssertDesk::Contract;

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Check an assert request body against the contract before sending it.\n"
        "Prints one line per problem: severity, JSON pointer, code, message (tab-separated).\n"
        "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unusable input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "Request body to check, or - for standard input."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print the problems as JSON."));
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        QCoreApplication::translate("Cli",
                                    "A GET /_schema/contact document: its fields become the known fields, "
                                    "and any other field is an error."),
        QStringLiteral("file"));
    const PhoneRegionOption regionOption;
    parser.addOption(jsonOption);
    parser.addOption(schemaOption);
    parser.addOption(regionOption.option());
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QCoreApplication::translate("Cli", "validate: give exactly one FILE, or - for standard input\n"));
        return ExitUsage;
    }

    FieldCatalogue catalogue = FieldCatalogue::builtIn();
    QString error;
    if (parser.isSet(schemaOption)) {
        QByteArray schema;
        if (!readInput(parser.value(schemaOption), &schema, &error) || !catalogue.mergeSchema(schema, &error)) {
            printErr(QStringLiteral("validate: --schema: %1\n").arg(error));
            return ExitUsage;
        }
    }
    const std::optional<QString> region = regionOption.read(parser, QStringLiteral("validate"));
    if (!region)
        return ExitUsage;
    QByteArray body;
    if (!readInput(files.first(), &body, &error)) {
        printErr(QStringLiteral("validate: %1\n").arg(error));
        return ExitUsage;
    }

    const RequestValidator validator(catalogue, *region);
    const RequestValidator::Result result = validator.validateJson(body);
    const bool errors = hasErrors(result.problems);
    if (parser.isSet(jsonOption)) {
        QJsonArray problems;
        for (const ValidationProblem &p : result.problems)
            problems.append(QJsonObject {{QStringLiteral("severity"), p.severityName()},
                                         {QStringLiteral("pointer"), p.pointer},
                                         {QStringLiteral("code"), p.code},
                                         {QStringLiteral("message"), p.message}});
        printJson(QJsonObject {{QStringLiteral("usable"), result.usable},
                               {QStringLiteral("valid"), result.usable && !errors},
                               {QStringLiteral("problems"), problems}});
    } else if (result.usable) {
        for (const ValidationProblem &p : result.problems) {
            QString message = p.message;
            message.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            printOut(p.severityName() + QLatin1Char('\t') + p.pointer + QLatin1Char('\t') + p.code + QLatin1Char('\t')
                     + message + QLatin1Char('\n'));
        }
    }
    if (!result.usable) {
        printErr(QStringLiteral("validate: %1: %2\n").arg(files.first(), result.problems.value(0).message));
        return ExitUsage;
    }
    if (!errors && !parser.isSet(jsonOption))
        printErr(result.problems.isEmpty() ? QCoreApplication::translate("Cli", "No problems found.\n")
                                           : QCoreApplication::translate("Cli", "No errors; %n warning(s).\n", nullptr,
                                                                         int(result.problems.size())));
    return errors ? ExitInvalid : ExitOk;
}

} // namespace AssertDesk::Cli
