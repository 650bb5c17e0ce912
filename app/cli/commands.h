#pragma once

#include <QStringList>

namespace AssertDesk::Cli {

// Exit codes shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitInvalid = 1, // validate: the request has errors
    ExitUsage = 2,   // bad arguments or unusable input
};

// Each command gets its own arguments (argv[0] followed by what came after the command name).
int runValidate(const QStringList &args);
int runRender(const QStringList &args);

} // namespace AssertDesk::Cli
