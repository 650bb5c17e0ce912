#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace AssertDesk::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

// Parses a command's arguments; returns an exit code when the command is already done (a parse
// error was printed: usage; --help was printed: success), or nothing when it should run.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &args);

} // namespace AssertDesk::Cli
