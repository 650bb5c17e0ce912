#pragma once

#include "apicall.h"
#include "phoneregionoption.h"
#include "profile.h"
#include "requestvalidator.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

// What send and preview share: where a request goes, with which key, and the request itself checked.
namespace AssertDesk::Cli {

class CliEnv;
}
namespace AssertDesk::History {
class HistoryService;
}

namespace AssertDesk::Cli {

// The options send takes, kept together so the parsed values are read back by the same objects.
struct SendOptions
{
    const QCommandLineOption profile {QStringLiteral("profile"), QStringLiteral("Profile to send with."),
                                      QStringLiteral("name")};
    const QCommandLineOption baseUrl {QStringLiteral("base-url"),
                                      QStringLiteral("Send here instead of the profile's URL."), QStringLiteral("url")};
    const QCommandLineOption timeout {QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer."),
                                      QStringLiteral("seconds")};
    const QCommandLineOption json {QStringLiteral("json"), QStringLiteral("Print the outcome as JSON.")};
    const QCommandLineOption header {QStringLiteral("header"),
                                     QStringLiteral("Extra request header \"Name: value\" (repeatable), e.g. for "
                                                    "assertdesk-sandbox --faults."),
                                     QStringLiteral("header")};
    const QCommandLineOption dataDir {QStringLiteral("data-dir"), QStringLiteral("History folder (default: XDG data)."),
                                      QStringLiteral("dir")};
    const PhoneRegionOption region;
};

// The command's one FILE (or -) and its --profile, looked up in `env`. Returns an exit code, with
// the reason printed under the command's name, when either is missing or unknown.
std::optional<int> readFileAndProfile(const char *command, const QCommandLineParser &parser, const SendOptions &o,
                                      CliEnv &env, Profiles::Profile *profile);
// Where to send, how long to wait and which extra headers to send: the profile's settings as
// the command line overrides them. Returns an exit code when the command line is unusable.
std::optional<int> readCallOptions(const QCommandLineParser &parser, const SendOptions &o,
                                   const Profiles::Profile &profile, Net::ApiCall::Options *options);
// Reads the body and checks it; every problem is printed. Returns an exit code when nothing
// may be sent.
std::optional<int> readCheckedRequest(const QString &file, QByteArray *body,
                                      Contract::RequestValidator::Result *verdict);
// The same, reading phone numbers written without +country code in `phoneRegion` (send's
// --region); the one above reads them in the system locale's region.
std::optional<int> readCheckedRequest(const QString &file, const QString &phoneRegion, QByteArray *body,
                                      Contract::RequestValidator::Result *verdict);
// The key from $ASSERTDESK_API_KEY, else from the profile's keychain entry.
// `command` names the command in the messages.
std::optional<int> readKey(CliEnv &env, const Profiles::Profile &profile, QString *key, const char *command = "send");
// Opens the history for writing, printing its notices; an exit code when nothing may be sent
// (it cannot be opened, another process holds it, or it was found damaged and is new).
// `command` names the command in the messages; `failed` is the exit code then (send's 5 "not
// sent", batch's 7 "history").
std::optional<int> openHistory(History::HistoryService &history, const char *command = "send", int failed = 5);

} // namespace AssertDesk::Cli
