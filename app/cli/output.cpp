#include "output.h"

#include "commands.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace AssertDesk::Cli {

// Everything printed goes through these two: whatever a server string still holds of control
// characters (an escape sequence, a carriage return, a bell) is shown, never sent to the terminal.
void printOut(const QString &text)
{
    const QByteArray bytes = Contract::visibleText(text, true).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = Contract::visibleText(text, true).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the command too ("assertdesk-cli send [options] file").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.indexOf(program);
        if (at >= 0 && !args.isEmpty())
            help.replace(at, program.size(), args.first());
        printOut(help);
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace AssertDesk::Cli
