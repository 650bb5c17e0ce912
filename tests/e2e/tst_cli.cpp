#include "tst_cli.h"

#include "processrunner.h"

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

QTEST_GUILESS_MAIN(TestCli)
