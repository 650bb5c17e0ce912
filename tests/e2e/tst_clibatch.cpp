#include "tst_clibatch.h"

#include "processrunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using AssertDesk::Test::homeEnvironment;
using AssertDesk::Test::ProcessResult;
using AssertDesk::Test::runProcess;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ASSERTDESK_TEST_DATA "/batch/") + QString::fromLatin1(name);
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Each run keeps its settings and saved mappings under the test's own home.
ProcessResult batch(const QString &home, QStringList args, const QByteArray &input = {})
{
    args.prepend(QStringLiteral("batch"));
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, input, homeEnvironment(home));
}

} // namespace

// assertdesk-cli batch --dry-run on the CSV files people export, as a script or a person runs it.
void TestCliBatch::quotedCellsAndLineBreaksReadAsValidRows()
{
    const auto r = batch(m_home.path(), {data("quoted.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(QStringLiteral("Rows: 3 (3 valid, 0 invalid, 0 repeated)")), r.err.constData());
}

void TestCliBatch::byteOrderMarkAndSemicolonsAreRecognised()
{
    const auto r
        = batch(m_home.path(), {data("bom-semicolon.csv"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(o.value(QStringLiteral("byteOrderMark")).toBool(), true);
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 7);
    // The first header is "primary_email", not "\uFEFFprimary_email": it maps and is the match.
    QCOMPARE(columns.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("primary_email"));
    QCOMPARE(columns.at(0).toObject().value(QStringLiteral("match")).toBool(), true);
    QCOMPARE(columns.at(6).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("email_2"));
    QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("valid")).toInt(), 2);
    QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestCliBatch::invalidAndRepeatedRowsAreListedWithLineAndColumn()
{
    const auto r = batch(m_home.path(), {data("invalid-and-repeated.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 1);
    QStringList found;
    for (const QString &line : lines(r.out)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 5);
        found << cells.mid(0, 4).join(QLatin1Char(' '));
    }
    // Row 1 spans lines 2 and 3 (a quoted note), so the rows after it are on lines 4 to 8.
    QCOMPARE(found,
             (QStringList {QStringLiteral("2 primary_email error repeated_match_key"),
                           QStringLiteral("4 primary_email error match_value_invalid"),
                           QStringLiteral("5 linkedin_url error field_value_invalid"),
                           QStringLiteral("6 primary_email error repeated_match_key"),
                           QStringLiteral("7  error attributes_empty"),
                           QStringLiteral("8 stage warning stage_not_api_name")}));
    QVERIFY(lines(r.out).at(3).contains(QStringLiteral("line 2")));
    QVERIFY(r.errText().contains(QStringLiteral("Not sent, no field of that name (map them with --map): Notes.")));
    QVERIFY2(r.errText().contains(QStringLiteral("Rows: 6 (1 valid, 3 invalid, 2 repeated")), r.err.constData());
}

void TestCliBatch::theJsonReportHasTheSameFindings()
{
    const auto r = batch(m_home.path(),
                         {data("invalid-and-repeated.csv"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("invalid")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("repeated")).toInt(), 2);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 6);
    const QJsonObject url = problems.at(2).toObject();
    QCOMPARE(url.value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(url.value(QStringLiteral("column")).toString(), QStringLiteral("linkedin_url"));
    QCOMPARE(url.value(QStringLiteral("pointer")).toString(), QStringLiteral("/attributes/linkedin_url"));
    const QJsonObject notes = o.value(QStringLiteral("columns")).toArray().at(5).toObject();
    QCOMPARE(notes.value(QStringLiteral("header")).toString(), QStringLiteral("Notes"));
    QCOMPARE(notes.value(QStringLiteral("mapped")).toString(), QStringLiteral("unmapped"));
}

void TestCliBatch::aMapFileMapsOtherColumnsAndIsRememberedForThem()
{
    QTemporaryDir home;
    const auto unmapped = batch(home.path(), {data("german.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(unmapped.exitCode, 2);
    QVERIFY2(unmapped.errText().contains(QStringLiteral("--map")), unmapped.err.constData());
    QVERIFY(unmapped.errText().contains(QStringLiteral("E-Mail, Vorname, Nachname, Firma, Ort")));

    const auto withMap
        = batch(home.path(),
                {data("german.csv"), QStringLiteral("--dry-run"), QStringLiteral("--map"), data("german-map.json")});
    QCOMPARE(withMap.exitCode, 0);
    QVERIFY2(withMap.errText().contains(QStringLiteral("Saved this mapping")), withMap.err.constData());
    QVERIFY(withMap.errText().contains(QStringLiteral("Match column: E-Mail (as primary_email).")));
    const QDir saved(home.filePath(QStringLiteral("data/assertdesk/batch-mappings")));
    QCOMPARE(saved.entryList(QDir::Files).size(), 1);

    // Next time, the same columns need no map file.
    const auto again = batch(home.path(), {data("german.csv"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(again.out).object();
    QVERIFY(o.value(QStringLiteral("notes")).toArray().at(0).toString().startsWith(QStringLiteral("Used the mapping")));
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.at(3).toObject().value(QStringLiteral("mapped")).toString(), QStringLiteral("left-out"));
    QCOMPARE(columns.at(4).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("address.city"));
    QCOMPARE(columns.at(4).toObject().value(QStringLiteral("mapped")).toString(), QStringLiteral("chosen"));
}

void TestCliBatch::whatIsNotCsvExitsTwoWithTheLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("a row with a cell too many")
        << data("ragged.csv") << QStringLiteral("Line 3: this row has more cells");
    QTest::newRow("Windows-1252") << data("windows-1252.csv") << QStringLiteral("Line 3: byte 0xF6 is not UTF-8");
    QTest::newRow("a quote never closed") << data("unterminated.csv") << QStringLiteral("Line 3: a quoted cell");
    QTest::newRow("a program") << QStringLiteral(ASSERTDESK_CLI_EXE) << QStringLiteral("Line 1: ");
    QTest::newRow("no such file") << data("missing.csv") << QStringLiteral("cannot read");
    QTest::newRow("a folder") << data("") << QStringLiteral("is a folder");
}

void TestCliBatch::whatIsNotCsvExitsTwoWithTheLine()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const auto r = batch(m_home.path(), {file, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().startsWith(QStringLiteral("batch: ")) && r.errText().contains(says), r.err.constData());
}

// Sending comes in a later phase: without --dry-run the command refuses rather than pretend.
void TestCliBatch::withoutDryRunNothingIsPretended()
{
    // Without --dry-run the rows are sent: that takes a profile, and without one nothing happens.
    const auto r = batch(m_home.path(), {data("quoted.csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(QStringLiteral("--dry-run")) && r.errText().contains(QStringLiteral("--profile")),
             r.err.constData());
    const auto help = batch(m_home.path(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QStringLiteral("nothing is sent, no profile or key is needed")));
    QVERIFY(help.outText().contains(QStringLiteral("--empty-clears")));
}

void TestCliBatch::theMatchAndDelimiterCanBeGiven()
{
    const auto title = batch(m_home.path(),
                             {data("invalid-and-repeated.csv"), QStringLiteral("--dry-run"), QStringLiteral("--match"),
                              QStringLiteral("title")});
    QCOMPARE(title.exitCode, 2);
    QVERIFY2(title.errText().contains(QStringLiteral("cannot identify a contact")), title.err.constData());

    const auto semicolon = batch(
        m_home.path(),
        {data("bom-semicolon.csv"), QStringLiteral("--dry-run"), QStringLiteral("--delimiter"), QStringLiteral(";")});
    QCOMPARE(semicolon.exitCode, 0);
    // Read with commas, the semicolon file is one column that names no field.
    const auto comma = batch(
        m_home.path(),
        {data("bom-semicolon.csv"), QStringLiteral("--dry-run"), QStringLiteral("--delimiter"), QStringLiteral(",")});
    QCOMPARE(comma.exitCode, 2);
    const auto bad
        = batch(m_home.path(),
                {data("quoted.csv"), QStringLiteral("--dry-run"), QStringLiteral("--delimiter"), QStringLiteral("ab")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains(QStringLiteral("--delimiter")));
}

void TestCliBatch::emptyClearsTurnsEmptyCellsIntoClears()
{
    const auto plain = batch(m_home.path(), {data("sparse.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY(plain.outText().contains(QStringLiteral("attributes_empty")));
    // With --empty-clears the row clears first_name and title: a request the contract allows.
    const auto clears
        = batch(m_home.path(), {data("sparse.csv"), QStringLiteral("--dry-run"), QStringLiteral("--empty-clears")});
    QCOMPARE(clears.exitCode, 0);
    QVERIFY2(clears.outText().contains(QStringLiteral("warning\tattributes_all_null")), clears.out.constData());
}

void TestCliBatch::standardInputIsRead()
{
    const auto r = batch(m_home.path(), {QStringLiteral("-"), QStringLiteral("--dry-run")},
                         "primary_email,title\nann@x.example,CTO\nbob@,CEO\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lines(r.out).size(), 1);
    QVERIFY(lines(r.out).first().startsWith(QStringLiteral("3\tprimary_email\terror\tmatch_value_invalid\t")));
}

QTEST_GUILESS_MAIN(TestCliBatch)
