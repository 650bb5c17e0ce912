#include "tst_clibatchsend.h"

#include "httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTest>

using namespace AssertDesk::Test;

namespace {

const QString kKey = QStringLiteral("batch-cli-key-7c2d");
const QString kReaderKey = QStringLiteral("batch-test-reader-1a9f"); // the test's own budget

QString attribute(const QJsonObject &record, const char *name)
{
    return record.value(QStringLiteral("attributes"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QStringLiteral("value"))
        .toString();
}

// The summary: the JSON document after the first line (the batch id).
QJsonObject lastJson(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.mid(out.indexOf('\n') + 1)).object();
}

} // namespace

QString TestCliBatchSend::data(const char *name)
{
    return QStringLiteral(ASSERTDESK_TEST_DATA "/batch/") + QString::fromLatin1(name);
}

// The contacts the sandbox holds for an address, read with the test's own key.
QJsonArray TestCliBatchSend::contactsWith(const QString &base, const QString &address)
{
    HttpClient client(QUrl(base), kReaderKey.toUtf8());
    const QJsonObject filter {{QStringLiteral("field"), QStringLiteral("contact_emails")},
                              {QStringLiteral("operator"), QStringLiteral("eq")},
                              {QStringLiteral("value"), address}};
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("filters"), QJsonArray {filter}}, {QStringLiteral("limit"), 10}})
              .toJson(QJsonDocument::Compact);
    // The test's key has a budget of its own under --rate-limit, and waits its turn like anyone.
    HttpResult r = client.post(QStringLiteral("/contact/_query"), body);
    for (int tries = 0; r.status == 429 && tries < 20; ++tries) {
        QTest::qWait(1100);
        r = client.post(QStringLiteral("/contact/_query"), body);
    }
    return r.json().value(QStringLiteral("data")).toArray();
}

TestCliBatchSend::Sandbox::~Sandbox()
{
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

std::unique_ptr<TestCliBatchSend::Sandbox> TestCliBatchSend::startSandbox(const QStringList &options, bool readOnlyKey)
{
    auto s = std::make_unique<Sandbox>();
    s->log = m_home.filePath(QStringLiteral("sandbox-%1.log").arg(++m_sandboxes));
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("assertdesk.sandbox.debug=true"));
    s->process.setProcessEnvironment(e);
    s->process.setStandardErrorFile(s->log);
    s->process.start(QStringLiteral(ASSERTDESK_SANDBOX_EXE),
                     QStringList {readOnlyKey ? QStringLiteral("--read-only-key") : QStringLiteral("--key"), kKey,
                                  QStringLiteral("--key"), kReaderKey}
                         + options);
    if (!s->process.waitForStarted(10000))
        return nullptr;
    QElapsedTimer t;
    t.start();
    while (!s->process.canReadLine() && t.elapsed() < 20000)
        s->process.waitForReadyRead(200);
    const QString first = QString::fromUtf8(s->process.readLine()).trimmed();
    if (!first.startsWith(QLatin1String("listening on ")))
        return nullptr;
    s->base = first.mid(13) + QStringLiteral("/api/v2");
    return s;
}

int TestCliBatchSend::assertsServed(const Sandbox &sandbox)
{
    QFile f(sandbox.log);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.contains("/contact/_assert") && !line.trimmed().endsWith(" 429"))
            ++n;
    return n;
}

QProcessEnvironment TestCliBatchSend::env(bool withKey) const
{
    return homeEnvironment(m_home.path(), withKey ? kKey : QString());
}

ProcessResult TestCliBatchSend::cli(QStringList args, bool withKey) const
{
    args.prepend(QStringLiteral("batch"));
    args << QStringLiteral("--profile") << QStringLiteral("Local");
    return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, {}, env(withKey), 120000);
}

void TestCliBatchSend::addProfile(const QString &base)
{
    runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
               {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Local")}, {}, env());
    const auto add = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Local"),
                                 QStringLiteral("--base-url"), base, QStringLiteral("--timeout"), QStringLiteral("10")},
                                {}, env());
    QCOMPARE(add.exitCode, 0);
}

// A results file read back as a spreadsheet would: RFC 4180, quoted line breaks included.
QList<QStringList> TestCliBatchSend::readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    // Written as its source was: a byte order mark and the source's delimiter when it had them.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString header = text.left(text.indexOf(QLatin1Char('\n')));
    QChar delimiter = QLatin1Char(',');
    for (const QChar d : {QLatin1Char(';'), QLatin1Char('\t')})
        if (header.count(d) > header.count(delimiter))
            delimiter = d;
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    return rows;
}

void TestCliBatchSend::aMessyFileMeetsThrottlesAndFaultsAndEveryRowIsAccountedFor()
{
    // A BOM, semicolons, quoted semicolons, doubled quotes and line breaks, two invalid rows and a
    // repeated pair, sent to a sandbox that allows 15 requests a second and meets faults at random.
    auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("15"), QStringLiteral("--fault-rate"),
                                 QStringLiteral("500=0.05,drop=0.05,429=0.1"), QStringLiteral("--fault-seed"),
                                 QStringLiteral("11")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString results = m_home.filePath(QStringLiteral("results.csv"));
    const auto r = cli({data("send-mixed.csv"), QStringLiteral("--skip-invalid"), QStringLiteral("--results"), results,
                        QStringLiteral("--json")});
    QVERIFY2(!r.timedOut && !r.crashed, r.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').first()).object();
    const qint64 batchId = first.value(QStringLiteral("batch_id")).toInteger();
    QVERIFY2(batchId > 0, r.out.constData());
    const QJsonObject counts = lastJson(r.out).value(QStringLiteral("counts")).toObject();
    QCOMPARE(lastJson(r.out).value(QStringLiteral("rows")).toInt(), 34);
    QCOMPARE(counts.value(QStringLiteral("invalid")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("repeated")).toInt(), 2);
    const int unknown = counts.value(QStringLiteral("unknown")).toInt();
    const int succeeded = counts.value(QStringLiteral("succeeded")).toInt();
    QVERIFY2(unknown > 0, r.out.constData()); // the seeded faults meet some rows
    QCOMPARE(r.exitCode, 4);
    int sum = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sum += it.value().toInt();
    QCOMPARE(sum, 34);

    // The results: one line per input row, in file order, each accounted for once.
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 35);
    QCOMPARE(lines.first().mid(5),
             (QStringList {QStringLiteral("outcome"), QStringLiteral("http_status"), QStringLiteral("action"),
                           QStringLiteral("contact_id"), QStringLiteral("error_code"), QStringLiteral("message"),
                           QStringLiteral("history_id")}));
    QCOMPARE(QFile(results).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QSet<QString> historyIds;
    int okRows = 0;
    for (const QStringList &line : lines.mid(1)) {
        QCOMPARE(line.size(), 12);
        const QString outcome = line.at(5);
        if (outcome == QLatin1String("invalid") || outcome == QLatin1String("repeated")) {
            QVERIFY(line.at(11).isEmpty());
            continue;
        }
        QVERIFY2(!historyIds.contains(line.at(11)), qPrintable(line.join(QLatin1Char('|'))));
        historyIds.insert(line.at(11));
        if (outcome != QLatin1String("succeeded"))
            continue;
        ++okRows;
        // The sandbox holds exactly one contact per address, with the file's values.
        const QJsonArray found = contactsWith(sandbox->base, line.at(0));
        QCOMPARE(found.size(), 1);
        QCOMPARE(attribute(found.first().toObject(), "first_name"), line.at(1));
        QCOMPARE(attribute(found.first().toObject(), "last_name"), line.at(2));
        QCOMPARE(attribute(found.first().toObject(), "title"), line.at(3));
    }
    QCOMPARE(okRows, succeeded);
    // Quoted cells come back as they were written: doubled quotes, semicolons, line breaks.
    for (const QStringList &line : lines)
        if (line.at(0) == QLatin1String("person07@send.example"))
            QCOMPARE(line.at(2), QStringLiteral("Lee \"Jr.\" 7"));
        else if (line.at(0) == QLatin1String("person11@send.example"))
            QCOMPARE(line.at(3), QStringLiteral("Head of\nOps"));
    // No row was sent twice: as many asserts reached the sandbox (other than 429s) as rows sent.
    QCOMPARE(assertsServed(*sandbox), 30);

    // Status reads the same from the history alone.
    const auto status = runProcess(
        QStringLiteral(ASSERTDESK_CLI_EXE),
        {QStringLiteral("batch"), QStringLiteral("status"), QString::number(batchId), QStringLiteral("--json")}, {},
        env());
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("counts")).toObject(), counts);
}

void TestCliBatchSend::killedMidwayAndResumedNothingIsSentTwice()
{
    // Five requests a second: 30 rows take a few seconds, and the kill lands in the middle.
    auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("5")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    QProcess batch;
    batch.setProcessEnvironment(env());
    batch.start(QStringLiteral(ASSERTDESK_CLI_EXE),
                {QStringLiteral("batch"), data("send-mixed.csv"), QStringLiteral("--profile"), QStringLiteral("Local"),
                 QStringLiteral("--skip-invalid")});
    QVERIFY(batch.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(batch.canReadLine(), 20000);
    const QString firstLine = QString::fromUtf8(batch.readLine()).trimmed();
    QVERIFY2(firstLine.startsWith(QLatin1String("batch ")), qPrintable(firstLine));
    const QString id = firstLine.mid(6);
    QTRY_VERIFY_WITH_TIMEOUT(assertsServed(*sandbox) >= 8, 20000);
    batch.kill(); // kill -9: no clean-up of any kind
    QVERIFY(batch.waitForFinished(5000));
    const int before = assertsServed(*sandbox);
    QVERIFY(before < 30);

    const auto status
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                     {QStringLiteral("batch"), QStringLiteral("status"), id, QStringLiteral("--json")}, {}, env());
    const QJsonObject counts = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("counts")).toObject();
    int sum = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sum += it.value().toInt();
    QCOMPARE(sum, 34);
    QVERIFY2(counts.value(QStringLiteral("not_sent")).toInt() > 0, status.out.constData());

    // The resume reads interrupted rows back before anything; only rows never sent go.
    const auto resumed = cli({QStringLiteral("--resume"), id});
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 4, resumed.err.constData());
    QCOMPARE(resumed.outText().split(QLatin1Char('\n')).first(), QStringLiteral("batch %1").arg(id));
    // Rows read back as landed are not sent again; rows read back as not landed wait for the user.
    QVERIFY(assertsServed(*sandbox) <= 30);
    if (resumed.exitCode == 4)
        QVERIFY2(resumed.errText().contains(QStringLiteral("not sent again without --resend-unchecked")),
                 resumed.err.constData());
    // The user says so: the rows read back as not landed are sent now, once.
    const auto again = cli({QStringLiteral("--resume"), id, QStringLiteral("--resend-unchecked")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(assertsServed(*sandbox), 30);
    for (int i = 1; i <= 30; ++i)
        QCOMPARE(
            contactsWith(sandbox->base, QStringLiteral("person%1@send.example").arg(i, 2, 10, QLatin1Char('0'))).size(),
            1);
}

void TestCliBatchSend::invalidRowsStopTheBatchAndAKeyIsNeeded()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const auto invalid = cli({data("send-mixed.csv")});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.errText().contains(QStringLiteral("nothing was sent")));
    QVERIFY(!invalid.outText().contains(QStringLiteral("batch ")));
    const auto noKey = cli({data("quoted.csv")}, false);
    QCOMPARE(noKey.exitCode, 6);
    QCOMPARE(assertsServed(*sandbox), 0);
    const auto noProfile
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), {QStringLiteral("batch"), data("quoted.csv")}, {}, env());
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY(noProfile.errText().contains(QStringLiteral("--profile")));
}

void TestCliBatchSend::everyRowSucceededExitsZeroAndRetryWritesTheFailedRows()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const auto sent = cli({data("quoted.csv")});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(assertsServed(*sandbox), 3);
    const QString id = sent.outText().split(QLatin1Char('\n')).first().mid(6);
    // The same rows again, each now an update of the contact it made: still nothing rejected.
    const auto out = m_home.filePath(QStringLiteral("retry.csv"));
    const auto retry
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                     {QStringLiteral("batch"), QStringLiteral("retry"), id, QStringLiteral("--out"), out}, {}, env());
    QCOMPARE(retry.exitCode, 0);
    QCOMPARE(readCsv(out).size(), 1); // the header alone: nothing failed

    const auto mixed = cli({data("send-mixed.csv"), QStringLiteral("--skip-invalid")});
    QCOMPARE(mixed.exitCode, 0);
    const QString mixedId = mixed.outText().split(QLatin1Char('\n')).first().mid(6);
    const auto retryMixed = runProcess(
        QStringLiteral(ASSERTDESK_CLI_EXE),
        {QStringLiteral("batch"), QStringLiteral("retry"), mixedId, QStringLiteral("--out"), out}, {}, env());
    QCOMPARE(retryMixed.exitCode, 0);
    const QList<QStringList> rows = readCsv(out);
    QCOMPARE(rows.size(), 3); // the header and the repeated pair, never sent
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Twin@send.example"));
}
void TestCliBatchSend::rejectedRowsExitThreeAndAreWrittenForARetry()
{
    // A key that may read but not write: the server refuses every row (403), and nothing changed.
    auto sandbox = startSandbox({}, true);
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString results = m_home.filePath(QStringLiteral("rejected.csv"));
    const auto r = cli({data("quoted.csv"), QStringLiteral("--results"), results});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.outText().contains(QStringLiteral("rejected\t3")), r.out.constData());
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    for (const QStringList &line : lines.mid(1)) {
        QCOMPARE(line.at(line.size() - 7), QStringLiteral("rejected"));
        QCOMPARE(line.at(line.size() - 6), QStringLiteral("403"));
        QCOMPARE(line.at(line.size() - 3), QStringLiteral("permission_denied"));
    }
    const QString id = r.outText().split(QLatin1Char('\n')).first().mid(6);
    const QString out = m_home.filePath(QStringLiteral("again.csv"));
    const auto retry
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                     {QStringLiteral("batch"), QStringLiteral("retry"), id, QStringLiteral("--out"), out}, {}, env());
    QCOMPARE(retry.exitCode, 0);
    const QList<QStringList> again = readCsv(out);
    QCOMPARE(again.size(), 4); // the header and the three rows, their columns as they were
    QCOMPARE(again.first(), lines.first().mid(0, lines.first().size() - 7));
}

QTEST_GUILESS_MAIN(TestCliBatchSend)
