#include "changetext.h"
#include "clienv.h"
#include "commands.h"
#include "output.h"
#include "sendsetup.h"

#include "apiclient.h"
#include "previewread.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace AssertDesk::Cli {

using Contract::MatchPrediction;
using Session::MatchPreview;
using Session::PreviewRead;

namespace {

void describePreview(QCommandLineParser &parser, const SendOptions &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Ask the server which contact a request's match key identifies, and show what sending it would do, field "
        "by field. Reads only (a read-only key does): the query, and the contact itself when the query did not "
        "return all of it. Nothing is sent or recorded.\n"
        "Prints one line (Will create a new contact / Will update NAME (ID), matched on contact_emails = ADDRESS / "
        "Ambiguous: N contacts have this address / Preview unavailable: REASON), when it was read, and one line "
        "per field: its kind (set, change, clear, same, replace) and its value before and after.\n"
        "The key comes from $ASSERTDESK_API_KEY when set, else from the profile's keychain entry.\n"
        "Exit status: 0 a prediction was made (create, update or ambiguous), 1 invalid request, 2 usage, 4 the "
        "server could not be asked (offline, refused, timeout, an answer of unknown shape), 6 no usable key."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Request body, or - for standard input."));
    parser.addOptions({o.profile, o.baseUrl, o.timeout, o.header});
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the preview as JSON.")));
}

MatchPreview runPreview(CliEnv &env, const Net::ApiCall::Options &options, const QByteArray &body)
{
    Net::ApiClient client(&env.network());
    PreviewRead read(&client, options, body);
    QEventLoop loop;
    QObject::connect(&read, &PreviewRead::finished, &loop, &QEventLoop::quit);
    read.start();
    if (!read.isFinished())
        loop.exec();
    return read.result();
}

void printPreview(const MatchPreview &preview, bool json)
{
    if (json) {
        printJson(preview.toJson());
        return;
    }
    printOut(Contract::visibleText(preview.prediction.sentence()) + QLatin1Char('\n'));
    if (preview.prediction.readAt().isValid())
        printOut(QStringLiteral("Read at %1\n").arg(preview.prediction.readAt().toUTC().toString(Qt::ISODateWithMs)));
    if (!preview.diffProblem.isEmpty())
        printOut(QStringLiteral("No field diff: %1\n").arg(Contract::visibleText(preview.diffProblem)));
    if (preview.changes.isEmpty())
        return;
    printOut(changeText(preview.changes));
    printOut(preview.summary() + QLatin1Char('\n'));
}

} // namespace

int runPreview(const QStringList &args)
{
    QCommandLineParser parser;
    const SendOptions o;
    describePreview(parser, o);
    if (const auto done = parseCommand(parser, args))
        return *done;
    CliEnv env;
    Profiles::Profile profile;
    if (const auto failed = readFileAndProfile("preview", parser, o, env, &profile))
        return *failed;
    Net::ApiCall::Options options;
    if (const auto failed = readCallOptions(parser, o, profile, &options))
        return *failed;
    QByteArray body;
    Contract::RequestValidator::Result verdict;
    if (const auto failed = readCheckedRequest(parser.positionalArguments().first(), &body, &verdict))
        return *failed;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (const auto failed = readKey(env, profile, &options.key)) {
        MatchPreview none;
        none.prediction = MatchPrediction::unknown(MatchPrediction::Why::NoKey, QStringLiteral("no usable API key."));
        printPreview(none, json);
        return *failed;
    }
    const MatchPreview preview = runPreview(env, options, body);
    printPreview(preview, json);
    return preview.isMade() ? ExitOk : ExitUnknown;
}

} // namespace AssertDesk::Cli
