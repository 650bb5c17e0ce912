#pragma once

#include <QStringList>

namespace AssertDesk::Cli {

// Exit codes shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitInvalid = 1,  // the request has errors; nothing was sent
    ExitUsage = 2,    // bad arguments or unusable input
    ExitRejected = 3, // the server refused it (3xx, 4xx)
    ExitUnknown = 4,  // 5xx, timeout or lost connection after sending: check before retrying
    ExitNotSent = 5,  // never reached the server
    ExitNoKey = 6,    // no usable key (none saved, keychain unavailable or locked)
    ExitHistory = 7,  // the history is damaged, was emptied or is gone, or could not be read in full
};

// Each command gets its own arguments (argv[0] followed by what came after the command name).
int runValidate(const QStringList &args);
int runRender(const QStringList &args);
int runProfile(const QStringList &args);
int runKey(const QStringList &args);
int runSend(const QStringList &args);
int runHistory(const QStringList &args);
int runPreview(const QStringList &args);
int runBatch(const QStringList &args);

} // namespace AssertDesk::Cli
