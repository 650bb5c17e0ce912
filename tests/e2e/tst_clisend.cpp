#include "tst_clisend.h"

#include "httpclient.h"
#include "keychainsecretstore.h"
#include "processrunner.h"
#include "sandboxprocess.h"
#include "secretwait.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Test;
using AssertDesk::Secrets::KeychainSecretStore;
using AssertDesk::Secrets::SecretResult;

namespace {

const QString kKey = QStringLiteral("cli-canary-key-5e1b");
const QByteArray kGood = R"({"match":{"primary_email":"cli@x.example"},"attributes":{"first_name":"Cleo"}})";

} // namespace

// assertdesk-cli profile / key / send against the sandbox executable, as a script would run them.
QString TestCliSend::keychainService()
{
    return QStringLiteral("assertdesk-test-%1").arg(QCoreApplication::applicationPid());
}

QProcessEnvironment TestCliSend::env(bool withKey) const
{
    QProcessEnvironment e = homeEnvironment(m_home.path(), withKey ? kKey : QString());
    // Keys of its own in the keychain: never the person's real "assertdesk" entries.
    e.insert(QStringLiteral("ASSERTDESK_KEYCHAIN_SERVICE"), keychainService());
    return e;
}

ProcessResult TestCliSend::cli(const QStringList &args, const QByteArray &input, bool withKey) const
{
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, env(withKey));
}

int TestCliSend::contactsOnServer() const
{
    HttpClient client(m_sandbox->baseUrl(), kKey.toUtf8());
    return int(client.post(QStringLiteral("/contact/_query"), R"({"limit":100})")
                   .json()
                   .value(QStringLiteral("data"))
                   .toArray()
                   .size());
}

bool TestCliSend::hasKeyring() const
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void TestCliSend::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(ASSERTDESK_SANDBOX_EXE));
    QVERIFY(m_sandbox->start({QStringLiteral("--key"), kKey, QStringLiteral("--faults")}));
    m_base = m_sandbox->baseUrl().toString();
    const auto add = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"),
                          QStringLiteral("--base-url"), m_base, QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(add.exitCode, 0);
}

void TestCliSend::profiles()
{
    const auto list = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Sandbox\t")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Reevo\thttps://api.reevo.ai/api/v2\t")));
    QVERIFY(lines.at(1).contains(QStringLiteral("production")));
    QCOMPARE(lines.at(2), QStringLiteral("Local\t%1\ttimeout 5s").arg(m_base));

    QCOMPARE(
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Temp"), QStringLiteral("--base-url"),
             QStringLiteral("https://crm.example.com/api/v2"), QStringLiteral("--production")})
            .exitCode,
        0);
    const auto set = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("Temp"),
                          QStringLiteral("--no-production"), QStringLiteral("--timeout"), QStringLiteral("9")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.outText().trimmed(), QStringLiteral("Temp\thttps://crm.example.com/api/v2\ttimeout 9s"));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Temp")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Reevo")}).exitCode, 2);
    const auto insecure = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Plain"),
                               QStringLiteral("--base-url"), QStringLiteral("http://crm.example.com/api")});
    QCOMPARE(insecure.exitCode, 2);
    QVERIFY(insecure.errText().contains(QStringLiteral("unencrypted")));
}

void TestCliSend::sendSucceedsCreatedThenUpdated()
{
    const auto first
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")},
              kGood, true);
    QCOMPARE(first.exitCode, 0);
    const QStringList lines = first.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("succeeded: HTTP 201")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QStringLiteral(", created")));
    QVERIFY(lines.contains(QStringLiteral("  first_name (string): Cleo")));
    const auto second
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")},
              kGood, true);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.outText().contains(QStringLiteral("Updated: matched on contact_emails = cli@x.example.")));
}

void TestCliSend::exitCodesForEachOutcome_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("invalid: nothing sent") << QByteArray(R"({"match":{"primary_email":"a@x.example"},"attributes":{}})")
                                           << QStringList() << 1 << QString();
    QTest::newRow("rejected") << QByteArray(
        R"({"match":{"primary_email":"a@x.example"},"attributes":{"nickname":"A"}})")
                              << QStringList() << 3 << QStringLiteral("rejected: HTTP 422");
    QTest::newRow("unknown") << kGood
                             << QStringList {QStringLiteral("--header"), QStringLiteral("X-Sandbox-Fault: 503")} << 4
                             << QStringLiteral("unknown: HTTP 503");
    QTest::newRow("redirect") << kGood
                              << QStringList {QStringLiteral("--header"),
                                              QStringLiteral("X-Sandbox-Fault: redirect=302")}
                              << 3 << QStringLiteral("rejected: HTTP 302");
    QTest::newRow("not sent") << kGood
                              << QStringList {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/api/v2")}
                              << 5 << QStringLiteral("not sent: ");
    QTest::newRow("usage") << kGood << QStringList {QStringLiteral("--timeout"), QStringLiteral("0")} << 2 << QString();
}

void TestCliSend::exitCodesForEachOutcome()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    const int before = contactsOnServer();
    const auto r = cli(
        QStringList {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")}
            + extra,
        body, true);
    QCOMPARE(r.exitCode, exitCode);
    if (!firstLine.isEmpty())
        QVERIFY2(r.outText().startsWith(firstLine), qPrintable(r.outText()));
    if (exitCode != 4)
        QCOMPARE(contactsOnServer(), before);
}

// --timeout bounds the whole exchange: an answer trickled 64 bytes a second, which Qt's idle
// timeout alone would wait for as long as it lasts, ends as "unknown" at the deadline (exit 4),
// and the history says so.
void TestCliSend::timeoutBoundsTheWholeExchange()
{
    const QString dir = m_home.filePath(QStringLiteral("trickle"));
    QElapsedTimer clock;
    clock.start();
    const auto r
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
               QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--header"),
               QStringLiteral("X-Sandbox-Fault: trickle-ms=1000"), QStringLiteral("--data-dir"), dir},
              kGood, true);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(r.outText().startsWith(QStringLiteral("unknown: HTTP 20")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QStringLiteral("No complete answer within 2 s")), qPrintable(r.outText()));
    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QVERIFY2(list.outText().contains(QRegularExpression(QStringLiteral("\tunknown\t20[01]\t"))),
             qPrintable(list.outText()));
}

// Throttled past what the client waits by itself: "rejected" (exit 3) with the server's wait
// and nothing changed; a short wait is waited out, a bounded number of times, and said so.
void TestCliSend::aThrottledSendSaysHowLongToWait()
{
    const int before = contactsOnServer();
    const auto hour
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
               QStringLiteral("--header"), QStringLiteral("X-Sandbox-Fault: 429, retry-after=3600")},
              kGood, true);
    QCOMPARE(hour.exitCode, 3);
    QVERIFY2(hour.outText().startsWith(QStringLiteral("rejected: HTTP 429")), qPrintable(hour.outText()));
    QVERIFY2(hour.outText().contains(QStringLiteral("Throttled: the server refused the request for now (HTTP 429)")),
             qPrintable(hour.outText()));
    QVERIFY2(hour.outText().contains(QStringLiteral("It asks to wait 3600 s, until ")), qPrintable(hour.outText()));
    QVERIFY(!hour.errText().contains(QStringLiteral("try 2")));

    const auto second
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
               QStringLiteral("--header"), QStringLiteral("X-Sandbox-Fault: 429, retry-after=1")},
              kGood, true);
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.errText().contains(QStringLiteral("Throttled (HTTP 429): try 2 in 1 s")),
             qPrintable(second.errText()));
    QVERIFY2(second.outText().contains(QStringLiteral("(after 4 tries)")), qPrintable(second.outText()));
    QCOMPARE(contactsOnServer(), before);
}

// A base URL with a user name and password is refused before the history records anything: the
// password is in no output and no file.
void TestCliSend::aBaseUrlWithCredentialsIsRefusedBeforeTheHistory()
{
    const QString dir = m_home.filePath(QStringLiteral("credentials"));
    QUrl url(m_base);
    url.setUserInfo(QStringLiteral("user:hunter2secret"));
    const auto r
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local"),
               QStringLiteral("--base-url"), url.toString(), QStringLiteral("--data-dir"), dir},
              kGood, true);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.outText().startsWith(QStringLiteral("not sent: The URL must not carry a user name or password.")),
             qPrintable(r.outText()));
    QVERIFY(!r.outText().contains(QStringLiteral("hunter2secret")) && !r.errText().contains(QStringLiteral("hunter2")));
    QVERIFY(!r.errText().contains(QStringLiteral("Recorded as history entry")));
    const auto list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(list.outText().trimmed().count(QLatin1Char('\n')), 0); // the heading only
    QVERIFY(filesContaining(dir, "hunter2secret").isEmpty());
}

void TestCliSend::rejectionNamesTheField()
{
    const auto r
        = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")},
              R"({"match":{"primary_email":"a@x.example"},"attributes":{"stage":"lost"}})", true);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.outText().contains(QStringLiteral("field_value_invalid: Unknown stage")));
    QVERIFY(r.outText().contains(QStringLiteral("field /attributes/stage:")));
}

void TestCliSend::noKeyExitsSix()
{
    const auto r = cli(
        {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")}, kGood);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.errText().contains(QStringLiteral("key set --profile")));
}

void TestCliSend::keychainRoundTrip()
{
    // scripts/test.sh always provides a keyring; a skip here would hide a broken set-up.
    QVERIFY2(hasKeyring(),
             "no D-Bus session bus: run the tests through scripts/test.sh, which starts one with an "
             "unlocked keyring");
    const auto set
        = cli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Local")},
              kKey.toUtf8() + '\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY(set.errText().contains(QStringLiteral("****5e1b")));
    QVERIFY(!set.errText().contains(kKey));
    const auto lookup = runProcess(QStringLiteral("secret-tool"),
                                   {QStringLiteral("lookup"), QStringLiteral("server"), keychainService(),
                                    QStringLiteral("user"), QStringLiteral("assertdesk:Local")});
    QCOMPARE(lookup.outText().trimmed(), kKey);

    QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Local")})
                 .exitCode,
             0);
    const auto viaKeychain = cli(
        {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("Local")}, kGood);
    QCOMPARE(viaKeychain.exitCode, 0);

    QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Local")},
                 "not-the-key\n")
                 .exitCode,
             0);
    const auto wrong
        = cli({QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Local")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.outText().startsWith(QStringLiteral("rejected: 401")));

    QCOMPARE(
        cli({QStringLiteral("key"), QStringLiteral("forget"), QStringLiteral("--profile"), QStringLiteral("Local")})
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("Local")})
                 .exitCode,
             6);
}

// A CR or LF in the key or an extra header would add a header of its own (a second
// Authorization, a Host). Refused before anything is recorded or sent, with the reason.
void TestCliSend::aKeyOrHeaderWithControlCharactersIsRefusedBeforeTheHistory_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CR LF in $ASSERTDESK_API_KEY")
        << kKey + QStringLiteral("\r\nX-Injected: 1") << QStringList() << 6 << QStringLiteral("carriage return");
    QTest::newRow("escape in $ASSERTDESK_API_KEY")
        << QStringLiteral("cli-\x1b[31m-key") << QStringList() << 6 << QStringLiteral("U+001b");
    QTest::newRow("CR LF in --header") << kKey
                                       << QStringList {QStringLiteral("--header"),
                                                       QStringLiteral("X-Test: a\r\nAuthorization: Bearer stolen")}
                                       << 2 << QStringLiteral("carriage return");
    QTest::newRow("LF in a --header name")
        << kKey << QStringList {QStringLiteral("--header"), QStringLiteral("X-\nHost: evil.example")} << 2
        << QStringLiteral("is not a header name");
    QTest::newRow("--header Host") << kKey << QStringList {QStringLiteral("--header"), QStringLiteral("Host: evil")}
                                   << 2 << QStringLiteral("set by Assert Desk itself");
}

void TestCliSend::aKeyOrHeaderWithControlCharactersIsRefusedBeforeTheHistory()
{
    QFETCH(QString, key);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QString dir = m_home.filePath(QStringLiteral("refused-") + QString::fromLatin1(QTest::currentDataTag()));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("ASSERTDESK_API_KEY"), key);
    const int before = contactsOnServer();
    const auto r = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                              QStringList {QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"),
                                           QStringLiteral("Local"), QStringLiteral("--data-dir"), dir}
                                  + extra,
                              kGood, e);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(reason), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(QStringLiteral("Nothing was sent or recorded")));
    QVERIFY(!r.errText().contains(kKey));                             // the reason, never the key
    QVERIFY(!QFile::exists(dir + QStringLiteral("/history.sqlite"))); // no intent row: not even a history
    QCOMPARE(contactsOnServer(), before);
}

void TestCliSend::aKeychainKeyWithControlCharactersIsRefusedBeforeTheHistory()
{
    QVERIFY2(hasKeyring(), "no D-Bus session bus: run the tests through scripts/test.sh");
    // Saved by another tool, or before key set refused it: written here straight into the
    // keychain entry the CLI reads.
    KeychainSecretStore keychain(keychainService());
    const SecretResult planted = waitForSecret(
        [&](auto done) { keychain.write(QStringLiteral("Local"), QStringLiteral("cli-bad\rkey"), done); });
    QVERIFY2(planted.ok(), qPrintable(planted.message));
    const QString dir = m_home.filePath(QStringLiteral("refused-keychain"));
    const auto r = cli({QStringLiteral("send"), QStringLiteral("-"), QStringLiteral("--profile"),
                        QStringLiteral("Local"), QStringLiteral("--data-dir"), dir},
                       kGood);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.errText().contains(QStringLiteral("the key from the keychain")), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(QStringLiteral("carriage return")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/history.sqlite")));
    QCOMPARE(
        cli({QStringLiteral("key"), QStringLiteral("forget"), QStringLiteral("--profile"), QStringLiteral("Local")})
            .exitCode,
        0);
}

// key set refuses what every send would refuse: the reason, exit 2, and nothing in the keychain.
void TestCliSend::keySetRefusesAKeyWithControlCharacters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CR inside") << QByteArray("cli-bad\rkey\n")
                               << QStringLiteral("carriage return (\\r) at character 8");
    QTest::newRow("a header after a line break")
        << QByteArray("cli-key\nX-Injected: 1\n") << QStringLiteral("line break (\\n) at character 8");
    QTest::newRow("escape") << QByteArray("cli-\x1b[31mkey\n") << QStringLiteral("U+001b");
}

void TestCliSend::keySetRefusesAKeyWithControlCharacters()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QVERIFY2(hasKeyring(), "no D-Bus session bus: run the tests through scripts/test.sh");
    const auto set = cli(
        {QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Local")}, input);
    QCOMPARE(set.exitCode, 2);
    QVERIFY2(set.errText().contains(reason), qPrintable(set.errText()));
    QVERIFY2(set.errText().contains(QStringLiteral("cannot be saved")), qPrintable(set.errText()));
    QVERIFY(!set.errText().contains(QStringLiteral("cli-key")) && !set.errText().contains(QStringLiteral("bad")));
    const auto lookup = runProcess(QStringLiteral("secret-tool"),
                                   {QStringLiteral("lookup"), QStringLiteral("server"), keychainService(),
                                    QStringLiteral("user"), QStringLiteral("assertdesk:Local")});
    QVERIFY2(lookup.out.isEmpty(), "a refused key was saved");
    // A key that ends its line the Windows way is one line: saved, without the CR.
    const auto windows
        = cli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Local")},
              kKey.toUtf8() + "\r\n");
    QCOMPARE(windows.exitCode, 0);
    const QByteArray stored = runProcess(QStringLiteral("secret-tool"),
                                         {QStringLiteral("lookup"), QStringLiteral("server"), keychainService(),
                                          QStringLiteral("user"), QStringLiteral("assertdesk:Local")})
                                  .out;
    QVERIFY2(stored == kKey.toUtf8() || stored == kKey.toUtf8() + '\n', stored.toPercentEncoding().constData());
    QCOMPARE(
        cli({QStringLiteral("key"), QStringLiteral("forget"), QStringLiteral("--profile"), QStringLiteral("Local")})
            .exitCode,
        0);
}

void TestCliSend::withoutASessionBusKeySetSaysSo()
{
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    e.remove(QStringLiteral("DISPLAY"));
    const auto r = runProcess(
        QStringLiteral(ASSERTDESK_CLI_EXE),
        {QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("Local")},
        "some-key\n", e);
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.errText().contains(QStringLiteral("No keychain is available")));
    QVERIFY(r.errText().contains(QStringLiteral("ASSERTDESK_API_KEY")));
}

void TestCliSend::theKeyIsInNoFileWeWrote()
{
    int files = 0;
    const QStringList leaks = filesContaining(m_home.path(), kKey.toUtf8(), &files);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    QVERIFY(files >= 1); // the profile file at least
}

QTEST_GUILESS_MAIN(TestCliSend)
