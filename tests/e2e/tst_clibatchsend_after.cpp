#include "tst_clibatchsend.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QTest>

// The batch's outcomes as a person meets them afterwards: the results file, the read-back's
// wording, a refused --results path, a held history, a killed batch's status, the history's tag.
using namespace AssertDesk::Test;

// Every answer lost after the write: each row is unknown, and the resume's read-back finds it
// landed, with the contact that holds it.
void TestCliBatchSend::landedRowsCarryTheContactTheReadBackFound()
{
    auto sandbox = startSandbox({QStringLiteral("--fault-rate"), QStringLiteral("drop-after=1")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const auto sent = cli({data("quoted.csv")});
    QCOMPARE(sent.exitCode, 4);
    const QString id = sent.outText().split(QLatin1Char('\n')).first().mid(6);
    const QString results = m_home.filePath(QStringLiteral("landed.csv"));
    const auto resumed = cli({QStringLiteral("--resume"), id, QStringLiteral("--results"), results});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(assertsServed(*sandbox), 3); // nothing sent again
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    for (const QStringList &line : lines.mid(1)) {
        const QJsonArray found = contactsWith(sandbox->base, line.at(0));
        QCOMPARE(found.size(), 1);
        const QString contact = found.first().toObject().value(QStringLiteral("id")).toVariant().toString();
        QVERIFY(!contact.isEmpty());
        const qsizetype n = line.size();
        QCOMPARE(line.at(n - 7), QStringLiteral("landed (checked)"));
        QCOMPARE(line.at(n - 4), contact);
        QCOMPARE(line.at(n - 3), QString()); // no error code left from the lost answer
        QCOMPARE(line.at(n - 2),
                 QStringLiteral("landed (checked): contact %1 holds every field the row writes").arg(contact));
        QVERIFY2(resumed.errText().contains(QStringLiteral("contact %1 holds every field").arg(contact)),
                 resumed.err.constData());
    }
}

// Every connection closed before the write: the read-back finds no contact, and says so.
void TestCliBatchSend::rowsThatNeverLandedAreToldNoContactHasTheAddress()
{
    auto sandbox = startSandbox({QStringLiteral("--fault-rate"), QStringLiteral("drop=1")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const auto sent = cli({data("quoted.csv")});
    QCOMPARE(sent.exitCode, 4);
    const QString id = sent.outText().split(QLatin1Char('\n')).first().mid(6);
    const auto resumed = cli({QStringLiteral("--resume"), id});
    QCOMPARE(resumed.exitCode, 4);
    QCOMPARE(resumed.errText().count(QStringLiteral("not landed: no contact has this address")), 3);
    QVERIFY(!resumed.errText().contains(QStringLiteral("does not hold")));
}

void TestCliBatchSend::anUnwritableResultsPathStopsTheBatchBeforeSending()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const auto refused
        = cli({data("quoted.csv"), QStringLiteral("--results"), m_home.filePath(QStringLiteral("no/such/dir/r.csv"))});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QStringLiteral("--results")), refused.err.constData());
    QVERIFY(!refused.outText().contains(QStringLiteral("batch ")));
    QCOMPARE(assertsServed(*sandbox), 0);
    // A path that can be written is there, for its owner only, before the first row goes.
    const QString results = m_home.filePath(QStringLiteral("made-first.csv"));
    const auto sent = cli({data("quoted.csv"), QStringLiteral("--results"), results});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(readCsv(results).size(), 4);
    QCOMPARE(QFile(results).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

// A cell a spreadsheet would run, behind a tab or a carriage return, and invalid rows that say
// which problem stopped them.
void TestCliBatchSend::formulaCellsAndInvalidRowsReadSafelyInTheResults()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString file = m_home.filePath(QStringLiteral("formulas.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("primary_email,first_name\r\nok@formula.example,Ok\r\n\"\t=cmd|' /c calc'!A1\",Tab\r\n"
                "\"\r=HYPERLINK(1)\",Return\r\n");
    }
    const auto dry = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                {QStringLiteral("batch"), file, QStringLiteral("--dry-run")}, {}, env());
    QCOMPARE(dry.exitCode, 1);
    // The first error's code (a warning about the tab's white space comes first).
    const QString code = dry.outText()
                             .split(QLatin1Char('\n'))
                             .filter(QStringLiteral("\terror\t"))
                             .value(0)
                             .split(QLatin1Char('\t'))
                             .value(3);
    QVERIFY2(!code.isEmpty(), dry.out.constData());
    const QString results = m_home.filePath(QStringLiteral("formulas-results.csv"));
    const auto sent = cli({file, QStringLiteral("--skip-invalid"), QStringLiteral("--results"), results});
    QCOMPARE(sent.exitCode, 0);
    QFile raw(results);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY2(bytes.contains("'\t=cmd"), bytes.constData());
    // The reader reads the lone carriage return as a line break: guarded all the same.
    QVERIFY2(bytes.contains("\"'\n=HYPERLINK(1)\""), bytes.constData());
    const QList<QStringList> lines = readCsv(results);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).at(2), QStringLiteral("succeeded"));
    for (const QStringList &line : lines.mid(2)) {
        QCOMPARE(line.at(2), QStringLiteral("invalid"));
        QCOMPARE(line.at(6), code);
        QVERIFY(!line.at(7).isEmpty());
    }
}

void TestCliBatchSend::aHeldHistoryExitsSevenAndAFileWithoutRowsSendsNothing()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString dir = m_home.filePath(QStringLiteral("held"));
    QDir().mkpath(dir);
    QLockFile holder(dir + QStringLiteral("/history.lock"));
    QVERIFY(holder.tryLock(0));
    const auto held = cli({data("quoted.csv"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(held.exitCode, 7);
    // The holder is named under the command's own name, whatever the history's state.
    QVERIFY2(held.errText().contains(QStringLiteral("\nbatch: ")), held.err.constData());
    QVERIFY(held.errText().contains(QStringLiteral("tst_clibatchsend (process ")));
    QVERIFY(!held.errText().contains(QStringLiteral("send:")));
    holder.unlock();
    const auto noKey = cli({data("quoted.csv")}, false);
    QCOMPARE(noKey.exitCode, 6);
    QVERIFY2(noKey.errText().startsWith(QStringLiteral("batch: ")), noKey.err.constData());
    QCOMPARE(assertsServed(*sandbox), 0);

    const QString empty = m_home.filePath(QStringLiteral("header-only.csv"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("primary_email,first_name\r\n");
    }
    const auto none = cli({empty, QStringLiteral("--data-dir"), dir});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.errText().contains(QStringLiteral("the file has no rows; nothing was sent")), none.err.constData());
    QVERIFY(!none.outText().contains(QStringLiteral("batch ")));
    // No batch was made: the history was never even created.
    QVERIFY(!QFile::exists(dir + QStringLiteral("/history.sqlite")));
}

// kill -9 leaves the batch marked "sending"; with no process holding the history, status says
// what happened and what to do.
void TestCliBatchSend::aKilledBatchReadsInterruptedNotSending()
{
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
    const QString id = QString::fromUtf8(batch.readLine()).trimmed().mid(6);
    QTRY_VERIFY_WITH_TIMEOUT(assertsServed(*sandbox) >= 3, 20000);
    batch.kill();
    QVERIFY(batch.waitForFinished(5000));
    const auto status = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                   {QStringLiteral("batch"), QStringLiteral("status"), id}, {}, env());
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(
        status.outText().contains(QStringLiteral("state\tinterrupted (no process is sending it; --resume to go on)\n")),
        status.out.constData());
    const auto json
        = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                     {QStringLiteral("batch"), QStringLiteral("status"), id, QStringLiteral("--json")}, {}, env());
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("interrupted"));
    // Once resumed to its end, it is done.
    const auto resumed = cli({QStringLiteral("--resume"), id, QStringLiteral("--resend-unchecked")});
    QCOMPARE(resumed.exitCode, 0);
    const auto after = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE),
                                  {QStringLiteral("batch"), QStringLiteral("status"), id}, {}, env());
    QVERIFY2(after.outText().contains(QStringLiteral("state\tdone\n")), after.out.constData());
}

// Each row's history entry says which batch, row and file line it was: in show, list and both
// exports, and --batch keeps one batch's entries.
void TestCliBatchSend::theHistoryNamesEachRowsBatchRowAndLine()
{
    auto sandbox = startSandbox({});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString dir = m_home.filePath(QStringLiteral("tagged"));
    QCOMPARE(cli({data("quoted.csv"), QStringLiteral("--data-dir"), dir}).exitCode, 0);
    const auto sent = cli({data("quoted.csv"), QStringLiteral("--data-dir"), dir});
    QCOMPARE(sent.exitCode, 0);
    const QString id = sent.outText().split(QLatin1Char('\n')).first().mid(6);
    const auto history = [&](QStringList args) {
        args.prepend(QStringLiteral("history"));
        args << QStringLiteral("--data-dir") << dir;
        return runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), args, {}, env());
    };
    // quoted.csv: row 1 spans lines 2 and 3 (a quoted line break), rows 2 and 3 are lines 4 and 5.
    const auto list = history({QStringLiteral("list"), QStringLiteral("--batch"), id});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // this batch's three, not the first batch's
    QVERIFY2(lines.first().endsWith(QStringLiteral("\terror\tbatch")), qPrintable(lines.first()));
    QSet<QString> tags;
    for (const QString &line : lines.mid(1))
        tags << line.split(QLatin1Char('\t')).last();
    QCOMPARE(tags,
             (QSet<QString> {QStringLiteral("%1 row 1 line 2").arg(id), QStringLiteral("%1 row 2 line 4").arg(id),
                             QStringLiteral("%1 row 3 line 5").arg(id)}));
    const QString entry = lines.at(1).split(QLatin1Char('\t')).first();
    const auto show = history({QStringLiteral("show"), entry});
    QVERIFY2(show.outText().contains(QStringLiteral("Batch: %1, row ").arg(id)), show.out.constData());

    const auto jsonl = history(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--batch"), id});
    QCOMPARE(jsonl.exitCode, 0);
    const QList<QByteArray> rows = jsonl.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    for (const QByteArray &row : rows) {
        const QJsonObject o = QJsonDocument::fromJson(row).object();
        QCOMPARE(o.value(QStringLiteral("batch_id")).toInteger(), id.toLongLong());
        QVERIFY(o.value(QStringLiteral("batch_row")).toInteger() >= 1);
        QVERIFY(o.value(QStringLiteral("batch_line")).toInteger() >= 2);
    }
    const auto csv = history(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--batch"), id});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.split('\n').first().trimmed().endsWith("batch_id,batch_row,batch_line"));
    QVERIFY2(csv.out.contains(QStringLiteral(",%1,1,2\r\n").arg(id).toUtf8()), csv.out.constData());
    QCOMPARE(history({QStringLiteral("list"), QStringLiteral("--batch"), QStringLiteral("x")}).exitCode, 2);
}

// The results' folder goes away while the rows are sent: the end cannot write them, and says so
// with exit 7 rather than a success a script would trust.
void TestCliBatchSend::resultsThatCannotBeWrittenAtTheEndExitSeven()
{
    auto sandbox = startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("1")});
    QVERIFY(sandbox);
    addProfile(sandbox->base);
    const QString dir = m_home.filePath(QStringLiteral("results-gone"));
    QVERIFY(QDir().mkpath(dir));
    QProcess batch;
    batch.setProcessEnvironment(env());
    batch.start(QStringLiteral(ASSERTDESK_CLI_EXE),
                {QStringLiteral("batch"), data("quoted.csv"), QStringLiteral("--profile"), QStringLiteral("Local"),
                 QStringLiteral("--results"), dir + QStringLiteral("/r.csv")});
    QVERIFY(batch.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(batch.canReadLine(), 20000); // the batch id: the results file is made
    QVERIFY(QFile::exists(dir + QStringLiteral("/r.csv")));
    QVERIFY(QDir(dir).removeRecursively());
    QVERIFY(batch.waitForFinished(60000));
    QCOMPARE(batch.exitCode(), 7);
    QVERIFY(batch.readAllStandardError().contains("batch: the results could not be written"));
    QVERIFY(batch.readAllStandardOutput().contains("succeeded\t3"));
}
