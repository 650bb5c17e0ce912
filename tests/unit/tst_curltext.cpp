#include "tst_curltext.h"

#include "curltext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace AssertDesk::Contract;

namespace {

const QUrl kAssertUrl(QStringLiteral("https://api.example.com/api/v2/contact/_assert"));
const QString kBody
    = QStringLiteral(R"({"match":{"primary_email":"sarah.chen@acme.com"},"attributes":{"first_name":"Sarah"}})");

// The arguments a POSIX shell hands to curl when it runs `command`: a stand-in curl prints them.
QStringList argumentsCurlReceives(const QString &command, const QString &apiKey)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASSERTDESK_API_KEY"), apiKey);
    shell.setProcessEnvironment(env);
    shell.start(QStandardPaths::findExecutable(QStringLiteral("sh")),
                {QStringLiteral("-c"), QStringLiteral("curl() { printf '%s\\0' \"$@\"; }\n") + command});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {QStringLiteral("<the shell failed: %1>").arg(QString::fromUtf8(shell.readAllStandardError()))};
    QStringList args = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    args.removeLast(); // after the last argument's terminator
    return args;
}

// A body with the characters a shell would otherwise act on.
QString shellHostileBody()
{
    return QStringLiteral(R"~({"attributes":{"last_name":"O'Brien","title":"$HOME `id` $(id) \"x\" \\ ! & ; '\''"}})~");
}

} // namespace

void TestCurlText::commandNamesTheKeyVariableNeverAKey()
{
    const QString command = CurlText::command(kAssertUrl, kBody.toUtf8());
    // In double quotes, so the shell that runs it puts the user's key in; there is no other Bearer.
    QVERIFY2(command.contains(QStringLiteral(R"(-H "Authorization: Bearer $ASSERTDESK_API_KEY")")),
             qPrintable(command));
    QCOMPARE(command.count(QStringLiteral("Bearer")), 1);
    QVERIFY2(command.contains(QLatin1Char('\'') + kAssertUrl.toString() + QLatin1Char('\'')), qPrintable(command));
    QVERIFY(command.startsWith(QStringLiteral("curl -sS -X POST ")));
}

void TestCurlText::commandRunsInAShellAsWritten_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("body");
    QTest::newRow("compact JSON") << kAssertUrl << kBody;
    QTest::newRow("an apostrophe and shell syntax") << kAssertUrl << shellHostileBody();
    QTest::newRow("pretty-printed, not ASCII")
        << kAssertUrl << QStringLiteral("{\n  \"first_name\": \"Zoë\",\n\t\"note\": \"a\\nb — 東京\"\n}\n");
    QTest::newRow("a URL with & in its query")
        << QUrl(QStringLiteral("https://crm.example/api/v2/contact/_assert?a=1&b=2")) << kBody;
}

void TestCurlText::commandRunsInAShellAsWritten()
{
    QFETCH(QUrl, url);
    QFETCH(QString, body);
    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("no POSIX shell on this system");
    const QString key = QStringLiteral("test-key-from-the-environment-7f3a");
    const QString command = CurlText::command(url, body.toUtf8());
    QVERIFY(!command.contains(key));
    const QStringList expected = {QStringLiteral("-sS"),
                                  QStringLiteral("-X"),
                                  QStringLiteral("POST"),
                                  url.toString(),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Authorization: Bearer ") + key,
                                  QStringLiteral("-H"),
                                  QStringLiteral("Content-Type: application/json"),
                                  QStringLiteral("--data-binary"),
                                  body};
    QCOMPARE(argumentsCurlReceives(command, key), expected);
}

void TestCurlText::takesTheBodyOfWhatPeoplePaste_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("body");
    const QString url = kAssertUrl.toString();
    const auto row
        = [](const char *name, const QString &paste, const QString &body) { QTest::newRow(name) << paste << body; };
    row("-d in single quotes",
        QStringLiteral("curl -X POST %1 -H 'Content-Type: application/json' -d '%2'").arg(url, kBody), kBody);
    row("--data before -X POST", QStringLiteral("curl %1 --data '%2' -X POST").arg(url, kBody), kBody);
    row("--data-raw, a browser's copy over several lines",
        QStringLiteral("curl '%1' \\\n  -H 'accept: application/json' \\\n"
                       "  -H 'authorization: Bearer $ASSERTDESK_API_KEY' \\\n"
                       "  -H 'content-type: application/json' \\\n  --data-raw '%2'")
            .arg(url, kBody),
        kBody);
    row("--data-binary", QStringLiteral("curl -sS -X POST '%1' --data-binary '%2'").arg(url, kBody), kBody);
    row("--header and a double-quoted body",
        QStringLiteral(
            R"(curl --header "Content-Type: application/json" --data )"
            R"("{\"match\":{\"primary_email\":\"sarah.chen@acme.com\"},\"attributes\":{\"first_name\":\"Sarah\"}}" )")
            + url,
        kBody);
    row("double quotes: \\$ and \\` unescaped, a JSON escape kept",
        QStringLiteral(R"(curl -d "{\"note\":\"costs \$5, \`quoted\`, line\nbreak\"}" )") + url,
        QStringLiteral(R"({"note":"costs $5, `quoted`, line\nbreak"})"));
    row("a continuation between the flag and its body",
        QStringLiteral("curl -X POST %1 \\\n  -d \\\n  '%2'").arg(url, kBody), kBody);
    row("an apostrophe closed and reopened in single quotes",
        QStringLiteral(R"(curl -d '{"attributes":{"last_name":"O'\''Brien"}}' )") + url,
        QStringLiteral(R"({"attributes":{"last_name":"O'Brien"}})"));
    row("a browser's $'...' for an apostrophe",
        QStringLiteral(R"(curl '%1' --data-raw $'{"attributes":{"last_name":"O\'Brien"}}')").arg(url),
        QStringLiteral(R"({"attributes":{"last_name":"O'Brien"}})"));
    row("$'...' with newlines, a JSON escape and \\u, \\x, octal escapes",
        QStringLiteral(R"(curl '%1' --data-raw $'{\n  "note": "tab\\there \u00e9 \x41\101"\n}')").arg(url),
        QStringLiteral("{\n  \"note\": \"tab\\there \u00e9 AA\"\n}"));
    row("-d with its body against it", QStringLiteral("curl -d'%1' %2").arg(kBody, url), kBody);
    row("--json", QStringLiteral("curl --json '%1' %2").arg(kBody, url), kBody);
    row("--data-raw takes @ as a character", QStringLiteral("curl --data-raw '@acme' %1").arg(url),
        QStringLiteral("@acme"));
    row("Windows line ends",
        QStringLiteral("curl -X POST '%1' \\\r\n  -H 'Content-Type: application/json' \\\r\n  -d '%2'\r\n")
            .arg(url, kBody),
        kBody);
    row("blank lines around it", QStringLiteral("\n\n  curl -d '%1' %2  \n\n").arg(kBody, url), kBody);
}

void TestCurlText::takesTheBodyOfWhatPeoplePaste()
{
    QFETCH(QString, paste);
    QFETCH(QString, body);
    QString error;
    QCOMPARE(CurlText::bodyOf(paste, &error), body);
    QCOMPARE(error, QString());
}

void TestCurlText::explainsWhatItCannotTake_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("messagePart");
    const QString url = kAssertUrl.toString();
    const QString notCurl = QStringLiteral("not a curl command");
    QTest::newRow("plain JSON (the paste action reads that itself)") << kBody << notCurl;
    QTest::newRow("prose") << QStringLiteral("Please assert Sarah, her email is sarah.chen@acme.com") << notCurl;
    QTest::newRow("nothing") << QString() << notCurl;
    QTest::newRow("white space") << QStringLiteral(" \n\t ") << notCurl;
    QTest::newRow("another tool") << QStringLiteral("wget --post-data='%1' %2").arg(kBody, url) << notCurl;
    QTest::newRow("a GET with no body") << QStringLiteral(
        "curl -H 'Authorization: Bearer $ASSERTDESK_API_KEY' https://api.example.com/api/v2/schema")
                                        << QStringLiteral("no --data body");
    QTest::newRow("-d with nothing after it")
        << QStringLiteral("curl %1 -d").arg(url) << QStringLiteral("no --data body");
    QTest::newRow("an empty body") << QStringLiteral("curl -X POST %1 -d ''").arg(url)
                                   << QStringLiteral("-d body is empty");
    QTest::newRow("Assert Desk's own copy of an empty body")
        << CurlText::command(kAssertUrl, {}) << QStringLiteral("--data-binary body is empty");
    QTest::newRow("a body read from a file")
        << QStringLiteral("curl -X POST %1 -d @contact.json").arg(url) << QStringLiteral("from the file contact.json");
    QTest::newRow("--data-binary from a file")
        << QStringLiteral("curl %1 --data-binary '@/tmp/sarah chen.json'").arg(url)
        << QStringLiteral("from the file /tmp/sarah chen.json");
}

void TestCurlText::explainsWhatItCannotTake()
{
    QFETCH(QString, paste);
    QFETCH(QString, messagePart);
    QString error;
    QCOMPARE(CurlText::bodyOf(paste, &error), QString());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestCurlText::copiedCommandPastesBackToTheSameBody_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("compact JSON") << kBody;
    QTest::newRow("shell syntax and apostrophes") << shellHostileBody();
    QTest::newRow("quote runs") << QStringLiteral(R"~({"a":"''","b":"'\''","c":"$'x'","d":"\\'"})~");
    QTest::newRow("pretty-printed, tabs, CRLF, not ASCII")
        << QStringLiteral("{\r\n\t\"first_name\": \"Zoë 🙂\",\r\n\t\"note\": \"a\\nb\"\r\n}\r\n");
    QTest::newRow("spaces around it") << QStringLiteral("  {\"a\":1}  ");
    QTest::newRow("a megabyte")
        << QStringLiteral(R"({"attributes":{"description":"%1"}})").arg(QString(1 << 20, QLatin1Char('x')));
}

void TestCurlText::copiedCommandPastesBackToTheSameBody()
{
    QFETCH(QString, body);
    QString error;
    QCOMPARE(CurlText::bodyOf(CurlText::command(kAssertUrl, body.toUtf8()), &error), body);
    QCOMPARE(error, QString());
}

QTEST_GUILESS_MAIN(TestCurlText)
