#include "clienv.h"
#include "commands.h"
#include "inputfile.h"
#include "output.h"
#include "sendsetup.h"

#include "apiclient.h"
#include "apierror.h"
#include "assertresponse.h"
#include "assertsend.h"
#include "headerpolicy.h"
#include "historyservice.h"
#include "phonenumbers.h"
#include "previewread.h"
#include "requestvalidator.h"
#include "responseformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <optional>

namespace AssertDesk::Cli {

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::Profiles;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

namespace {

QString spacesTrimmed(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text.at(from) == QLatin1Char(' ') || text.at(from) == QLatin1Char('\t')))
        ++from;
    while (to > from && (text.at(to - 1) == QLatin1Char(' ') || text.at(to - 1) == QLatin1Char('\t')))
        --to;
    return text.mid(from, to - from);
}

int exitFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return ExitOk;
    case Outcome::Rejected: return ExitRejected;
    case Outcome::Unknown: return ExitUnknown;
    case Outcome::NotSent: return ExitNotSent;
    case Outcome::Cancelled: return ExitUnknown;
    }
    return ExitUnknown;
}

void printResult(const SendResult &result, const QJsonObject &request, bool json, const QString &surprise)
{
    const QString head = outcomeName(result.outcome) + QLatin1String(": ")
        + (result.httpStatus ? QStringLiteral("HTTP %1 in %2 ms").arg(result.httpStatus).arg(result.elapsedMs)
                             : result.summary);
    if (result.outcome == Outcome::Succeeded) {
        const AssertResponse response = AssertResponse::parse(result.body, result.httpStatus);
        if (json) {
            QJsonObject out = ResponseFormatter::toJson(response);
            out.insert(QStringLiteral("outcome_class"), outcomeName(result.outcome));
            out.insert(QStringLiteral("http_status"), result.httpStatus);
            if (!surprise.isEmpty())
                out.insert(QStringLiteral("surprise"), surprise);
            printJson(out);
            return;
        }
        printOut(head + QLatin1String(", ") + response.actionText() + QLatin1Char('\n'));
        if (response.isValid())
            printOut(ResponseFormatter::toText(response));
        else
            printOut(QStringLiteral("The answer could not be read as a contact: %1\n").arg(response.errorString()));
        if (result.bodyTruncated)
            printOut(result.summary + QLatin1Char('\n'));
        if (!surprise.isEmpty())
            printOut(QStringLiteral("surprise: %1\n").arg(surprise));
        return;
    }
    ApiError error = ApiError::parse(result.httpStatus, result.body);
    error.resolveAgainst(request);
    if (json) {
        QJsonArray fields;
        for (const auto &f : error.fields())
            fields.append(QJsonObject {{QStringLiteral("pointer"), f.pointer}, {QStringLiteral("message"), f.message}});
        QJsonObject out {{QStringLiteral("outcome_class"), outcomeName(result.outcome)},
                         {QStringLiteral("http_status"), result.httpStatus},
                         {QStringLiteral("summary"), result.summary}};
        if (result.httpStatus) {
            out.insert(QStringLiteral("code"), error.code());
            out.insert(QStringLiteral("message"), error.message());
            out.insert(QStringLiteral("fields"), fields);
        }
        if (!result.redirectLocation.isEmpty())
            out.insert(QStringLiteral("location"), result.redirectLocation);
        if (!result.detail.isEmpty())
            out.insert(QStringLiteral("detail"), result.detail);
        printJson(out);
        return;
    }
    printOut(head + QLatin1Char('\n'));
    if (result.httpStatus && result.httpStatus != 429 && !(result.httpStatus >= 300 && result.httpStatus < 400))
        printOut(QStringLiteral("%1: %2\n").arg(error.code(), error.message()));
    for (const auto &f : error.fields())
        printOut(QStringLiteral("  field %1: %2\n").arg(f.pointer, f.message));
    if (result.httpStatus)
        printOut(result.summary + QLatin1Char('\n'));
    if (!result.detail.isEmpty())
        printOut(result.detail + QLatin1Char('\n'));
}

} // namespace

void describeSend(QCommandLineParser &parser, const SendOptions &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Check an assert body, then send it to a profile's server and show the outcome.\n"
        "The key comes from $ASSERTDESK_API_KEY when set, else from the profile's keychain entry.\n"
        "Exit status: 0 succeeded, 1 invalid request (nothing sent), 2 usage, 3 rejected, 4 unknown "
        "outcome, 5 not sent, 6 no usable key. When the answer could not be written to the history, the status "
        "still says what happened to the contact and a warning says where the answer is kept.\n"
        "Just before sending, the contact the match key identifies is read (a preview: reads only, at most "
        "5 s, never in the way of the send); the history keeps it as the before-state, and a line \"surprise: ...\" "
        "says when the outcome was not the one predicted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Request body, or - for standard input."));
    parser.addOptions({o.profile, o.baseUrl, o.timeout, o.json, o.header, o.dataDir, o.region.option()});
}

// Where to send, how long to wait and which extra headers to send: the profile's settings as
// the command line overrides them. Returns an exit code when the command line is unusable.
std::optional<int> readFileAndProfile(const char *command, const QCommandLineParser &parser, const SendOptions &o,
                                      CliEnv &env, Profile *profile)
{
    const QString name = QString::fromLatin1(command);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(o.profile)) {
        printErr(QStringLiteral("%1: give one FILE (or -) and --profile NAME\n").arg(name));
        return ExitUsage;
    }
    const auto found = env.profiles().profile(parser.value(o.profile));
    if (!found) {
        printErr(
            QStringLiteral("%1: there is no profile \"%2\"; see profile list\n").arg(name, parser.value(o.profile)));
        return ExitUsage;
    }
    *profile = *found;
    return std::nullopt;
}

std::optional<int> readCallOptions(const QCommandLineParser &parser, const SendOptions &o, const Profile &profile,
                                   ApiCall::Options *options)
{
    options->baseUrl = parser.isSet(o.baseUrl) ? QUrl(parser.value(o.baseUrl), QUrl::StrictMode) : profile.baseUrl;
    if (options->baseUrl.isEmpty()) {
        printErr(QStringLiteral("send: the Sandbox profile has no fixed address; start assertdesk-sandbox and pass "
                                "--base-url http://127.0.0.1:PORT/api/v2\n"));
        return ExitUsage;
    }
    options->timeoutSeconds = profile.timeoutSeconds;
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        options->timeoutSeconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || options->timeoutSeconds < 1 || options->timeoutSeconds > 600) {
            printErr(QStringLiteral("send: --timeout must be from 1 to 600 seconds\n"));
            return ExitUsage;
        }
    }
    for (const QString &h : parser.values(o.header)) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        // Only spaces and tabs around the name and value are trimmed: a line break or another
        // control character is refused, never quietly cut off or sent.
        const QByteArray name = spacesTrimmed(h.left(colon)).toUtf8();
        const QByteArray value = spacesTrimmed(h.mid(colon + 1)).toUtf8();
        if (colon <= 0 || name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            printErr(QStringLiteral("send: --header takes \"Name: value\" and cannot set Authorization\n"));
            return ExitUsage;
        }
        if (const QString refused = HeaderPolicy::checkExtraHeader(name, value); !refused.isEmpty()) {
            printErr(QStringLiteral("send: --header: %1 Nothing was sent or recorded.\n").arg(refused));
            return ExitUsage;
        }
        options->extraHeaders.append({name, value});
    }
    return std::nullopt;
}

// Reads the body and checks it; every problem is printed. Returns an exit code when nothing
// may be sent.
std::optional<int> readCheckedRequest(const QString &file, QByteArray *body, RequestValidator::Result *verdict)
{
    return readCheckedRequest(file, PhoneNumbers::systemRegion(), body, verdict);
}

std::optional<int> readCheckedRequest(const QString &file, const QString &phoneRegion, QByteArray *body,
                                      RequestValidator::Result *verdict)
{
    QString error;
    if (!readInput(file, body, &error)) {
        printErr(QStringLiteral("send: %1\n").arg(error));
        return ExitUsage;
    }
    *verdict = RequestValidator(FieldCatalogue::builtIn(), phoneRegion).validateJson(*body);
    if (!verdict->usable) {
        printErr(QStringLiteral("send: %1\n").arg(verdict->problems.value(0).message));
        return ExitUsage;
    }
    for (const ValidationProblem &p : verdict->problems)
        printErr(p.severityName() + QLatin1Char('\t') + p.pointer + QLatin1Char('\t') + p.code + QLatin1Char('\t')
                 + p.message + QLatin1Char('\n'));
    if (hasErrors(verdict->problems)) {
        printErr(QStringLiteral("send: the request has errors; nothing was sent\n"));
        return ExitInvalid;
    }
    return std::nullopt;
}

// A key that would add a header of its own (a CR or LF) or holds another control character is
// refused here, before the history records anything.
std::optional<int> refuseUnusableKey(const QString &key, const QString &from, const char *command)
{
    const QString refused = HeaderPolicy::checkKey(key);
    if (refused.isEmpty())
        return std::nullopt;
    printErr(QStringLiteral("%1: the key from %2: %3 Nothing was sent or recorded.\n")
                 .arg(QLatin1String(command), from, refused));
    return ExitNoKey;
}

// The key from $ASSERTDESK_API_KEY, else from the profile's keychain entry.
std::optional<int> readKey(CliEnv &env, const Profile &profile, QString *key, const char *command)
{
    // White space at the ends is never part of a key; inside it, a line break is refused below.
    const QString fromEnv = qEnvironmentVariable("ASSERTDESK_API_KEY").trimmed();
    if (!fromEnv.isEmpty()) {
        *key = fromEnv;
        return refuseUnusableKey(fromEnv, QStringLiteral("$ASSERTDESK_API_KEY"), command);
    }
    const auto r = env.wait([&](auto done) { env.keychain().read(profile.name, done); });
    if (!r.ok()) {
        printErr(QStringLiteral("%1: %2\nSave one with: assertdesk-cli key set --profile \"%3\", or set "
                                "ASSERTDESK_API_KEY.\n")
                     .arg(QLatin1String(command), r.message, profile.name));
        return ExitNoKey;
    }
    *key = r.key;
    return refuseUnusableKey(r.key, QStringLiteral("the keychain"), command);
}

// Nothing is sent without a history to record it in.
std::optional<int> openHistory(HistoryService &history, const char *command, int failed)
{
    // Directly, from the history's thread: this one is waiting for the open.
    QObject::connect(
        &history, &HistoryService::working, &history, [](const QString &what) { printErr(what + QLatin1Char('\n')); },
        Qt::DirectConnection);
    const HistoryService::OpenResult opened = history.open().result();
    if (!opened.ok) {
        printErr(QStringLiteral("%1: the history cannot be opened, so nothing was sent: %2\n")
                     .arg(QLatin1String(command), opened.error));
        return failed;
    }
    if (opened.mode != HistoryStore::Mode::ReadWrite) {
        // Waited for its turn, and the holder did not finish: it is named, nothing is sent.
        printErr(QStringLiteral("%1: %2 is using the history and did not finish within the wait, so nothing was "
                                "sent. Try again when it is done (a window holds the history until it is closed), "
                                "or give this %1 a history of its own with --data-dir.\n")
                     .arg(QLatin1String(command), opened.holder));
        return failed;
    }
    for (const QString &notice : opened.notices)
        printErr(notice + QLatin1Char('\n'));
    if (opened.troubled) {
        // The user learns of the old history before anything new is written into the new one.
        printErr(QStringLiteral("%1: nothing was sent, so that this is not missed; send again to record it in the "
                                "new history.\n")
                     .arg(QLatin1String(command)));
        return failed;
    }
    return std::nullopt;
}

namespace {

// The preview taken just before sending: the contact as it is now (kept as the before-state) and
// the prediction the outcome is compared with. Reads only, within a few seconds; whatever becomes
// of it, the send goes ahead. The --header extras are for the send, not for this.
MatchPreview preflight(ApiClient &client, ApiCall::Options options, const QByteArray &body)
{
    options.extraHeaders.clear();
    options.timeoutSeconds = qMin(options.timeoutSeconds, PreviewRead::kBeforeSendSeconds);
    PreviewRead read(&client, options, body);
    QEventLoop loop;
    QObject::connect(&read, &PreviewRead::finished, &loop, &QEventLoop::quit);
    read.start();
    if (!read.isFinished())
        loop.exec();
    return read.result();
}

int sendAndReport(CliEnv &env, HistoryService &history, const QString &profileName, const ApiCall::Options &options,
                  const QByteArray &body, const QJsonObject &request, bool json)
{
    ApiClient client(&env.network());
    AssertSend send(&client, &history, profileName, options, body);
    send.setPreview(preflight(client, options, body));
    QObject::connect(&send, &AssertSend::waitingToRetry, &send, [](int seconds, int attempt) {
        printErr(QStringLiteral("Throttled (HTTP 429): try %1 in %2 s\n").arg(attempt).arg(seconds));
    });
    QEventLoop loop;
    QObject::connect(&send, &AssertSend::finished, &loop, &QEventLoop::quit);
    send.start();
    if (!send.isFinished())
        loop.exec();
    const SendResult result = send.result();
    printResult(result, request, json, send.surprise());
    if (send.historyId() > 0 && send.historyError().isEmpty())
        printErr(QStringLiteral("Recorded as history entry %1.\n").arg(send.historyId()));
    if (!send.historyError().isEmpty())
        // The exit code still says what happened to the contact; this says what the history lacks.
        printErr(QStringLiteral("Warning: %1\n").arg(send.historyError()));
    return exitFor(result.outcome);
}

} // namespace

int runSend(const QStringList &args)
{
    QCommandLineParser parser;
    const SendOptions o;
    describeSend(parser, o);
    if (const auto done = parseCommand(parser, args))
        return *done;
    CliEnv env;
    Profile profile;
    if (const auto failed = readFileAndProfile("send", parser, o, env, &profile))
        return *failed;
    ApiCall::Options options;
    if (const auto failed = readCallOptions(parser, o, profile, &options))
        return *failed;
    QByteArray body;
    RequestValidator::Result verdict;
    const std::optional<QString> region = o.region.read(parser, QStringLiteral("send"));
    if (!region)
        return ExitUsage;
    if (const auto failed = readCheckedRequest(parser.positionalArguments().first(), *region, &body, &verdict))
        return *failed;
    if (const auto failed = readKey(env, profile, &options.key))
        return *failed;
    if (profile.production)
        printErr(QStringLiteral("Sending to the production profile \"%1\".\n").arg(profile.name));

    HistoryService history(parser.isSet(o.dataDir) ? parser.value(o.dataDir) : HistoryStore::defaultDataDir());
    if (const auto failed = openHistory(history))
        return *failed;
    return sendAndReport(env, history, profile.name, options, body, verdict.body, parser.isSet(o.json));
}

} // namespace AssertDesk::Cli
