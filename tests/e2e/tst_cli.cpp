#include "tst_cli.h"

#include "processrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using AssertDesk::Test::ProcessResult;
using AssertDesk::Test::runProcess;

namespace {

ProcessResult cli(const QStringList &args, const QByteArray &input = {})
{
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input);
}

QString data(const char *path)
{
    return QStringLiteral(ASSERTDESK_TEST_DATA "/") + QString::fromLatin1(path);
}

} // namespace

// assertdesk-cli validate and render, as a script or a person at a terminal uses them.
void TestCli::validateCleanFileExitsZero()
{
    const auto r = cli({QStringLiteral("validate"), data("requests/every-field.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.errText().contains(QStringLiteral("No problems found")));
}

void TestCli::validatePrintsOneTabSeparatedLinePerProblem()
{
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},"
                            "\"attributes\":{\"primary_email\":\"a@b.example\",\"title\":\" VP\"}}";
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("-")}, body);
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.at(0), QStringLiteral("error"));
    QCOMPARE(first.at(1), QStringLiteral("/attributes/primary_email"));
    QCOMPARE(first.at(2), QStringLiteral("field_in_both_blocks"));
    const QStringList second = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(second.at(0), QStringLiteral("warning"));
    QCOMPARE(second.at(2), QStringLiteral("surrounding_whitespace"));
}

void TestCli::validateWarningsOnlyExitsZero()
{
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},\"attributes\":{\"title\":\" VP\"}}";
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("-")}, body);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(QStringLiteral("warning\t/attributes/title\t")));
}

void TestCli::validateJsonOutput()
{
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},\"attributes\":{}}";
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, body);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("attributes_empty"));
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("pointer")).toString(), QStringLiteral("/attributes"));
}

void TestCli::validateUnusableInputExitsTwo_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("match: yes") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON list");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
}

void TestCli::validateUnusableInputExitsTwo()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(messagePart), r.err.constData());
}

void TestCli::validateMissingFileExitsTwo()
{
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("/nonexistent/request.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("cannot read /nonexistent/request.json")));
}

void TestCli::validateWithSchemaMakesUnknownFieldsErrors()
{
    QTemporaryDir dir;
    QFile schema(dir.filePath(QStringLiteral("schema.json")));
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.write("{\"data\":{\"attributes\":[{\"name\":\"first_name\",\"is_creatable\":true,\"is_updatable\":true,"
                 "\"type_info\":{\"is_array\":false,\"value_type\":\"string\"}}]}}");
    schema.close();
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},\"attributes\":{\"nickname\":\"S\"}}";
    const auto without = cli({QStringLiteral("validate"), QStringLiteral("-")}, body);
    QCOMPARE(without.exitCode, 0);
    const auto with
        = cli({QStringLiteral("validate"), QStringLiteral("--schema"), schema.fileName(), QStringLiteral("-")}, body);
    QCOMPARE(with.exitCode, 1);
    QVERIFY(with.outText().startsWith(QStringLiteral("error\t/attributes/nickname\tunknown_field\t")));
}

// --region reads a number written without +country code; without it the locale's region does,
// as in the window.
void TestCli::validateReadsPhoneNumbersInTheRegion()
{
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},"
                            "\"attributes\":{\"primary_phone_number\":\"030 12345678\"}}";
    const auto german = cli(
        {QStringLiteral("validate"), QStringLiteral("--region"), QStringLiteral("de"), QStringLiteral("-")}, body);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.outText().startsWith(QStringLiteral("warning\t/attributes/primary_phone_number\tphone_not_e164\t")),
             german.out.constData());
    QVERIFY2(german.outText().contains(QStringLiteral("+493012345678")), german.out.constData());
    const auto american = cli({QStringLiteral("validate"), QStringLiteral("--region"), QStringLiteral("US"),
                               QStringLiteral("--json"), QStringLiteral("-")},
                              body);
    QCOMPARE(american.exitCode, 1);
    const QJsonObject problem
        = QJsonDocument::fromJson(american.out).object().value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), QStringLiteral("field_value_invalid"));
    QVERIFY2(problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("030 12345678")),
             american.out.constData());
    const auto none = cli(
        {QStringLiteral("validate"), QStringLiteral("--region"), QStringLiteral("ZZ"), QStringLiteral("-")}, body);
    QCOMPARE(none.exitCode, 1);
    // No --region: the locale's country, here Germany's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const auto byLocale
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), {QStringLiteral("validate"), QStringLiteral("-")}, body, env);
    QCOMPARE(byLocale.exitCode, 0);
    QVERIFY2(byLocale.outText().contains(QStringLiteral("+493012345678")), byLocale.out.constData());
}

void TestCli::validateRefusesARegionWithNoNumberingPlan()
{
    const auto r = cli(
        {QStringLiteral("validate"), QStringLiteral("--region"), QStringLiteral("XX"), QStringLiteral("-")}, "{}");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(QStringLiteral("--region")) && r.errText().contains(QStringLiteral("\"XX\"")),
             r.err.constData());
}

// An installation that lost libassertdesk_phonenumbers.so still checks the rest; each phone number
// is a warning that says it could not be checked, and nothing else is held back.
void TestCli::validateWithoutThePhoneModuleWarnsAndGoesOn()
{
    QTemporaryDir dir;
    const QString cliCopy = dir.filePath(QStringLiteral("assertdesk-cli")); // no lib/ beside it
    QVERIFY(QFile::copy(QStringLiteral(ASSERTDESK_CLI_EXE), cliCopy));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASSERTDESK_PHONENUMBERS_MODULE"), dir.filePath(QStringLiteral("missing.so")));
    const QByteArray body = "{\"match\":{\"primary_email\":\"a@b.example\"},"
                            "\"attributes\":{\"primary_phone_number\":\"(415) 555-1234\",\"title\":7}}";
    const auto r = runProcess(
        cliCopy, {QStringLiteral("validate"), QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("-")},
        body, env);
    QCOMPARE(r.exitCode, 1); // the title's error, not the phone number
    QVERIFY2(r.outText().contains(QStringLiteral("warning\t/attributes/primary_phone_number\tphone_not_checked\t")),
             r.out.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("error\t/attributes/title\tfield_value_invalid\t")),
             r.out.constData());
}

void TestCli::renderPutsOutcomeFirst()
{
    const auto r = cli({QStringLiteral("render"), data("responses/every-type-updated.json")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Updated: matched on contact_emails = sarah@personal.example."));
    QVERIFY(lines.contains(QStringLiteral("  stage (contact_stage): Working (working) #6966FF")));
    QVERIFY(lines.contains(QStringLiteral("  legacy_crm_id (number): 12345678901234567890")));
    QVERIFY(
        lines.contains(QStringLiteral("  favourite_colour (colour_picker): {\"hex\":\"#00FF00\",\"name\":\"green\"}")));
}

void TestCli::renderCreatedFromStatus()
{
    const auto r = cli({QStringLiteral("render"), QStringLiteral("--status"), QStringLiteral("201"),
                        data("responses/vendor-example.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(QStringLiteral("Created: no contact matched")));
}

void TestCli::renderJson()
{
    const auto r = cli({QStringLiteral("render"), QStringLiteral("--json"), data("responses/vendor-example.json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    QCOMPARE(o.value(QStringLiteral("attributes")).toArray().size(), 46);
}

void TestCli::renderRefusesWhatIsNotAResponse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("request body") << QByteArray("{\"match\":{},\"attributes\":{}}") << QStringLiteral("no \"data\"");
    QTest::newRow("error body") << QByteArray("{\"detail\":\"Not authenticated\"}") << QStringLiteral("error response");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00\x01", 4) << QStringLiteral("not valid JSON");
    QTest::newRow("deep") << (QByteArray(2000, '[') + QByteArray(2000, ']')) << QStringLiteral("not valid JSON");
}

void TestCli::renderRefusesWhatIsNotAResponse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    const auto r = cli({QStringLiteral("render"), QStringLiteral("-")}, input);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(messagePart), r.err.constData());
}

// A server's strings cannot drive the reader's terminal: escape sequences, carriage returns
// and bidi overrides in values, ids, errors and names are printed as escapes.
void TestCli::renderShowsControlCharactersInsteadOfObeyingThem_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("shown");
    const QByteArray title = "\\u001b]0;pwned\\u0007";
    const auto response = [](const QByteArray &id, const QByteArray &name, const QByteArray &value) -> QByteArray {
        return R"({"data":{"id":")" + id + R"(","object_type":"contact","attributes":{")" + name + R"(":{"value":")"
            + value + R"(","value_type":"text"}}},"meta":{"action":"updated",)"
            + R"("matched_on":{"contact_emails":"a@b.example"}}})";
    };
    QTest::newRow("title in a value") << response("c1", "first_name", title) << QStringLiteral("\\u001b]0;pwned");
    QTest::newRow("carriage return in an id")
        << response("c1\\rsucceeded: all good", "first_name", "Ann") << QStringLiteral("c1\\rsucceeded");
    QTest::newRow("link in a field name")
        << response("c1", "\\u001b]8;;https://evil.example\\u001b\\\\x", "Ann") << QStringLiteral("\\u001b]8;;");
    QTest::newRow("bidi override in a value")
        << response("c1", "first_name", "\\u202egnp.exe") << QStringLiteral("\\u202egnp.exe");
    QTest::newRow("escape in an error message")
        << QByteArray(R"({"error":{"code":"bad\u001b[2K","message":"\u001b[1Asucceeded","field":"title"}})")
        << QStringLiteral("\\u001b[1Asucceeded");
}

void TestCli::renderShowsControlCharactersInsteadOfObeyingThem()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, shown);
    const auto r = cli({QStringLiteral("render"), QStringLiteral("-")}, input);
    QVERIFY(!r.crashed);
    const QByteArray all = r.out + r.err;
    QVERIFY2(all.contains(shown.toUtf8()), all.constData());
    for (const char c : all) {
        const auto u = static_cast<unsigned char>(c);
        QVERIFY2(u >= 0x20 || c == '\n' || c == '\t',
                 qPrintable(QStringLiteral("control byte 0x%1 printed").arg(u, 2, 16)));
    }
    QVERIFY(!all.contains("\xe2\x80\xae")); // U+202E itself
    QVERIFY(!all.contains("\xc2\x9b"));     // C1 CSI
}

QTEST_GUILESS_MAIN(TestCli)
