#include "clienv.h"
#include "commands.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace AssertDesk::Cli {

using Profiles::Profile;

namespace {

QString describe(const Profile &p)
{
    const QString url = p.isSandbox() ? QStringLiteral("(built-in sandbox)") : p.baseUrl.toString();
    QStringList flags;
    if (p.production)
        flags << QStringLiteral("production");
    if (p.builtIn)
        flags << QStringLiteral("built-in");
    return QStringLiteral("%1\t%2\ttimeout %3s%4\n")
        .arg(p.name, url)
        .arg(p.timeoutSeconds)
        .arg(flags.isEmpty() ? QString() : QStringLiteral("\t") + flags.join(QLatin1String(", ")));
}

// The options profile takes, kept together so the parsed values are read back by the same objects.
struct ProfileOptions
{
    const QCommandLineOption baseUrl {QStringLiteral("base-url"),
                                      QStringLiteral("API base URL, e.g. https://api.reevo.ai/api/v2."),
                                      QStringLiteral("url")};
    const QCommandLineOption production {QStringLiteral("production"),
                                         QStringLiteral("Mark as production: confirm before sending.")};
    const QCommandLineOption noProduction {QStringLiteral("no-production"),
                                           QStringLiteral("Clear the production mark.")};
    const QCommandLineOption timeout {
        QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (1-600)."), QStringLiteral("seconds")};
};

void describeProfile(QCommandLineParser &parser, const ProfileOptions &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Manage profiles (an account's API base URL; its key lives in the keychain).\n"
        "  profile list\n"
        "  profile add NAME --base-url URL [--production] [--timeout SECONDS]\n"
        "  profile set NAME [--base-url URL] [--production|--no-production] [--timeout SECONDS]\n"
        "  profile remove NAME"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add | set | remove"));
    parser.addOptions({o.baseUrl, o.production, o.noProduction, o.timeout});
}

// The command line's settings over the profile's. A timeout that is not a number becomes -1, so
// the store refuses it with its own message.
void applyOptions(const QCommandLineParser &parser, const ProfileOptions &o, Profile *p)
{
    if (parser.isSet(o.baseUrl))
        p->baseUrl = QUrl(parser.value(o.baseUrl), QUrl::StrictMode);
    if (parser.isSet(o.production))
        p->production = true;
    if (parser.isSet(o.noProduction))
        p->production = false;
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        p->timeoutSeconds = parser.value(o.timeout).toInt(&ok);
        if (!ok)
            p->timeoutSeconds = -1;
    }
}

// profile add (a new name, --base-url required) or profile set (an existing name).
int saveProfile(CliEnv &env, const QCommandLineParser &parser, const ProfileOptions &o, const QString &action,
                const QString &name)
{
    const auto existing = env.profiles().profile(name);
    if (action == QLatin1String("add") && existing) {
        printErr(QStringLiteral("profile add: \"%1\" exists already; use profile set\n").arg(existing->name));
        return ExitUsage;
    }
    if (action == QLatin1String("set") && !existing) {
        printErr(QStringLiteral("profile set: there is no profile \"%1\"\n").arg(name));
        return ExitUsage;
    }
    if (action == QLatin1String("add") && !parser.isSet(o.baseUrl)) {
        printErr(QStringLiteral("profile add: --base-url is required\n"));
        return ExitUsage;
    }
    Profile p = existing.value_or(Profile {});
    if (!existing)
        p.name = name;
    applyOptions(parser, o, &p);
    QString error;
    if (!env.profiles().save(p, &error)) {
        printErr(QStringLiteral("profile %1: %2\n").arg(action, error));
        return ExitUsage;
    }
    printOut(describe(*env.profiles().profile(p.name)));
    return ExitOk;
}

int removeProfile(CliEnv &env, const QString &name)
{
    const QString canonical = env.profiles().profile(name) ? env.profiles().profile(name)->name : name;
    QString error;
    if (!env.profiles().remove(canonical, &error)) {
        printErr(QStringLiteral("profile remove: %1\n").arg(error));
        return ExitUsage;
    }
    // Its key goes too, so no orphan secret is left behind.
    env.wait([&](auto done) { env.keychain().remove(canonical, done); });
    printErr(QStringLiteral("Removed profile \"%1\" and its key.\n").arg(canonical));
    return ExitOk;
}

} // namespace

int runProfile(const QStringList &args)
{
    QCommandLineParser parser;
    const ProfileOptions o;
    describeProfile(parser, o);
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    CliEnv env;
    if (action == QLatin1String("list") && pos.size() == 1) {
        for (const Profile &p : env.profiles().profiles())
            printOut(describe(p));
        return ExitOk;
    }
    if ((action == QLatin1String("add") || action == QLatin1String("set")) && pos.size() == 2)
        return saveProfile(env, parser, o, action, pos.at(1));
    if (action == QLatin1String("remove") && pos.size() == 2)
        return removeProfile(env, pos.at(1));
    printErr(parser.helpText());
    return ExitUsage;
}

} // namespace AssertDesk::Cli
