#include "clienv.h"
#include "commands.h"
#include "output.h"

#include "apiclient.h"
#include "apierror.h"
#include "keyservice.h"
#include "keyvault.h"
#include "maskedkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace AssertDesk::Cli {

namespace {

// The key from standard input: typed without echo when it is a terminal (Enter ends it);
// otherwise the whole input (a key piped in with more lines after it is not quietly cut to its
// first). White space at the ends is never part of a key. Nothing when the input is longer
// than any key.
std::optional<QString> readSecretInput()
{
#if defined(Q_OS_UNIX)
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        printErr(QStringLiteral("API key (not shown): "));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    const bool tty = true;
#endif
    // No key is this long; a stream that does not end is not read forever.
    constexpr std::size_t kLongest = 64 * 1024;
    std::string text;
    int c = 0;
    while (text.size() <= kLongest && (c = std::getchar()) != EOF && !(tty && c == '\n'))
        text.push_back(char(c));
#if defined(Q_OS_UNIX)
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        printErr(QStringLiteral("\n"));
    }
#endif
    if (text.size() > kLongest)
        return std::nullopt;
    return QString::fromStdString(text).trimmed();
}

int exitForKeychain(const Secrets::SecretResult &r)
{
    return r.ok() ? ExitOk : ExitNoKey;
}

int setKey(CliEnv &env, const Profiles::Profile &profile)
{
    const std::optional<QString> input = readSecretInput();
    if (!input) {
        printErr(QStringLiteral("key set: standard input is longer than any key (64 KiB); nothing was saved\n"));
        return ExitUsage;
    }
    const QString key = *input;
    if (key.isEmpty()) {
        printErr(QStringLiteral("key set: no key was given on standard input\n"));
        return ExitUsage;
    }
    // Such a key would be refused at every send (a CR or LF would start a header of its own):
    // refused here, where it can be fixed, and nothing is saved.
    if (const QString problem = Session::KeyService::problemWith(key); !problem.isEmpty()) {
        printErr(QStringLiteral("key set: %1\n").arg(problem));
        return ExitUsage;
    }
    const auto r = env.wait([&](auto done) { env.keychain().write(profile.name, key, done); });
    if (!r.ok()) {
        printErr(QStringLiteral("key set: %1\nFor scripts, set ASSERTDESK_API_KEY instead.\n").arg(r.message));
        return exitForKeychain(r);
    }
    printErr(QStringLiteral("Saved the key for \"%1\" in the keychain (%2).\n").arg(profile.name, Net::maskedKey(key)));
    return ExitOk;
}

int forgetKey(CliEnv &env, const Profiles::Profile &profile)
{
    const auto r = env.wait([&](auto done) { env.keychain().remove(profile.name, done); });
    if (!r.ok()) {
        printErr(QStringLiteral("key forget: %1\n").arg(r.message));
        return exitForKeychain(r);
    }
    printErr(QStringLiteral("Forgot the key for \"%1\".\n").arg(profile.name));
    return ExitOk;
}

// Asks the server whether it takes the saved key; url is the profile's unless overridden.
int checkKey(CliEnv &env, const Profiles::Profile &profile, const QUrl &url)
{
    const auto r = env.wait([&](auto done) { env.keychain().read(profile.name, done); });
    if (!r.ok()) {
        printErr(QStringLiteral("key check: %1\n").arg(r.message));
        return ExitNoKey;
    }
    if (url.isEmpty()) {
        printErr(QStringLiteral("key check: profile \"%1\" has no base URL; pass --base-url\n").arg(profile.name));
        return ExitUsage;
    }
    Net::ApiClient client(&env.network());
    Net::ApiCall::Options options;
    options.baseUrl = url;
    options.key = r.key;
    options.timeoutSeconds = profile.timeoutSeconds;
    const Contract::SendResult result = CliEnv::wait(client.testKey(options, &client));
    if (result.outcome == Contract::Outcome::Succeeded) {
        printOut(QStringLiteral("valid: %1 accepted the key %2 for \"%3\"\n")
                     .arg(url.host(), Net::maskedKey(r.key), profile.name));
        return ExitOk;
    }
    if (result.outcome == Contract::Outcome::Rejected) {
        const auto error = Contract::ApiError::parse(result.httpStatus, result.body);
        printOut(QStringLiteral("rejected: %1\n").arg(error.summary()));
        return ExitRejected;
    }
    printOut(QStringLiteral("%1: %2\n").arg(Contract::outcomeName(result.outcome), result.summary));
    return result.outcome == Contract::Outcome::Unknown ? ExitUnknown : ExitNotSent;
}

} // namespace

int runKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Keep a profile's API key in the system keychain.\n"
        "  key set --profile P     read the key from standard input (not echoed) and save it; a key with a\n"
        "                          line break or another control character in it is refused (exit 2)\n"
        "  key check --profile P   test the saved key against the profile's server (changes nothing)\n"
        "  key forget --profile P  delete the saved key"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set | check | forget"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Profile name."),
                                           QStringLiteral("name"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"), QStringLiteral("For check: test against this URL instead."), QStringLiteral("url"));
    parser.addOptions({profileOption, baseUrl});
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || !parser.isSet(profileOption)
        || !(action == QLatin1String("set") || action == QLatin1String("check") || action == QLatin1String("forget"))) {
        printErr(parser.helpText());
        return ExitUsage;
    }
    CliEnv env;
    const auto profile = env.profiles().profile(parser.value(profileOption));
    if (!profile) {
        printErr(QStringLiteral("key %1: there is no profile \"%2\"; see profile list\n")
                     .arg(action, parser.value(profileOption)));
        return ExitUsage;
    }
    if (action == QLatin1String("set"))
        return setKey(env, *profile);
    if (action == QLatin1String("forget"))
        return forgetKey(env, *profile);
    return checkKey(env, *profile,
                    parser.isSet(baseUrl) ? QUrl(parser.value(baseUrl), QUrl::StrictMode) : profile->baseUrl);
}

} // namespace AssertDesk::Cli
