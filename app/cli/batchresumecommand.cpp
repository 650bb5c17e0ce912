#include "batchoutcomes.h"
#include "batchplan.h"
#include "batchstop.h"
#include "clienv.h"
#include "commands.h"
#include "output.h"
#include "sendsetup.h"

#include "apiclient.h"
#include "batchreadback.h"
#include "batchrunlock.h"
#include "csvrowsource.h"
#include "historyservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Reads back the rows whose outcome is not known (Session::BatchReadBack: a few at a time, reads
// only), pulling them from the file; the caller notes in the history what was found for each.
QHash<qint64, ReadBackVerdict> readBack(CliEnv &env, const BatchPlan &plan, const BatchRecord &batch,
                                        const ColumnMapping &mapping, const QSet<qint64> &rows)
{
    auto device = std::make_unique<QFile>(plan.path);
    QHash<qint64, ReadBackVerdict> found;
    if (rows.isEmpty() || !device->open(QIODevice::ReadOnly))
        return found;
    CsvReader::Options csv = plan.csv;
    csv.delimiter = char(batch.options.value(QStringLiteral("delimiter")).toInt());
    CsvRowSource source(std::move(device), csv, mapping, plan.catalogue,
                        batch.options.value(QStringLiteral("empty_clears")).toBool(),
                        [&rows](qint64 row) { return rows.contains(row); });
    Net::ApiClient client(&env.network());
    BatchReadBack reading(&client, plan.call, &source);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&reading, &BatchReadBack::rowRead, &loop,
                     [&found](qint64 row, const ReadBackVerdict &verdict) { found.insert(row, verdict); });
    QObject::connect(&reading, &BatchReadBack::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    reading.start();
    if (!done)
        loop.exec();
    return found;
}

QString describe(const ReadBackVerdict &f)
{
    if (f.check == QLatin1String("landed"))
        return Tr::tr("landed (checked): contact %1 holds every field the row writes; not sent again").arg(f.contactId);
    if (f.noContact)
        return Tr::tr("not landed: no contact has this address");
    if (f.check == QLatin1String("not_landed"))
        return Tr::tr("not landed: contact %1 does not hold what the row writes").arg(f.contactId);
    return Tr::tr("unchecked: the contact could not be read");
}

// The rows the resume sends: those never sent, and (when the user said so) those read back as
// not landed or that could not be read back.
QSet<qint64> rowsToSend(const QCommandLineParser &parser, const BatchOptions &o, HistoryService &history,
                        const BatchOutcomes &outcomes, const FileCheck &check,
                        const QHash<qint64, ReadBackVerdict> &found)
{
    QSet<qint64> send;
    for (qint64 row = 1; row <= outcomes.total(); ++row)
        if (outcomes.kindOf(row) == BatchOutcomes::Kind::NotSent && check.isValid(row))
            send.insert(row);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const BatchRowState *state = outcomes.stateOf(it.key());
        const bool landed = it.value().check == QLatin1String("landed");
        history.setBatchCheck(state->historyId, it.value().check, landed ? it.value().contactId : QString())
            .waitForFinished();
        const bool again = !landed && parser.isSet(o.resendUnchecked);
        printErr(Tr::tr("row %1 (line %2): %3%4\n")
                     .arg(it.key())
                     .arg(state->line)
                     .arg(describe(it.value()),
                          landed      ? QString()
                              : again ? Tr::tr("; sent again (--resend-unchecked)")
                                      : Tr::tr("; not sent again without --resend-unchecked")));
        if (again)
            send.insert(it.key());
    }
    return send;
}

// The batch and its file as they were: an exit code when the file changed or cannot be read.
std::optional<int> reopen(BatchPlan &plan, const BatchRecord &batch, FileCheck &check, ColumnMapping &mapping)
{
    if (plan.path.isEmpty())
        plan.path = batch.sourcePath;
    qint64 size = 0;
    QByteArray sha;
    QString error;
    if (!fingerprint(plan.path, &size, &sha, &error))
        return batchUsage(error);
    if (size != batch.sourceSize || sha != batch.sourceSha256)
        return batchUsage(Tr::tr("%1 is not the file batch %2 was sent from (its size or SHA-256 changed); nothing "
                                 "was sent. Resume with the file as it was, or send the new one as a new batch.")
                              .arg(plan.path)
                              .arg(batch.id));
    QFile file(plan.path);
    if (!openInput(file, plan.path, &error))
        return batchUsage(error);
    plan.csv.delimiter = char(batch.options.value(QStringLiteral("delimiter")).toInt());
    BatchScan scan(&file, plan.csv, plan.catalogue);
    BatchReport report;
    if (!restoreMapping(scan, batch, &error)
        || !checkRows(scan, batch.options.value(QStringLiteral("empty_clears")).toBool(), report, check, &error))
        return batchUsage(QStringLiteral("%1: %2").arg(plan.path, error));
    mapping = scan.mapping();
    return std::nullopt;
}

} // namespace

int resumeBatch(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan)
{
    bool ok = false;
    const qint64 id = parser.value(o.resume).toLongLong(&ok);
    if (!ok || id <= 0)
        return *batchUsage(Tr::tr("--resume takes a batch id (the first line a batch printed)"));
    HistoryService history(plan.dataDir);
    if (const auto failed = openHistory(history, "batch", ExitHistory))
        return *failed;
    const std::optional<BatchRecord> batch = history.batch(id).result();
    if (!batch)
        return *batchUsage(Tr::tr("there is no batch %1 in the history").arg(id));
    if (batch->profile != plan.profile.name)
        return *batchUsage(Tr::tr("batch %1 was sent with the profile \"%2\"").arg(id).arg(batch->profile));
    if (!parser.isSet(o.concurrency))
        plan.concurrency = batch->options.value(QStringLiteral("concurrency")).toInt(plan.concurrency);
    FileCheck check;
    ColumnMapping mapping;
    if (const auto failed = reopen(plan, *batch, check, mapping))
        return *failed;
    if (const auto failed = readKey(env, plan.profile, &plan.call.key, "batch")) {
        writeUnsentResults(plan, *batch, check, history.batchRows(id).result(),
                           Tr::tr("not sent: no usable key for the profile"));
        return *failed;
    }
    BatchRunLock running(plan.dataDir, id);
    if (!running.acquire())
        return *batchUsage(Tr::tr("batch %1 is being sent by another process; nothing was sent").arg(id));
    BatchStop stop;
    printBatchId(id, plan.json);
    BatchEnd end;
    {
        QSet<qint64> unknown;
        const BatchOutcomes before(*batch, history.batchRows(id).result(), &check);
        for (qint64 row = 1; row <= before.total(); ++row)
            if (before.kindOf(row) == BatchOutcomes::Kind::Unknown
                || before.kindOf(row) == BatchOutcomes::Kind::Interrupted)
                unknown.insert(row);
        const QHash<qint64, ReadBackVerdict> found = readBack(env, plan, *batch, mapping, unknown);
        const QSet<qint64> send = rowsToSend(parser, o, history, before, check, found);
        history.setBatchState(id, QStringLiteral("sending")).waitForFinished();
        end = sendBatchRows(
            env, history, plan, *batch, mapping, [&send](qint64 row) { return send.contains(row); }, send.size(), stop);
    }
    return reportBatch(history, *batch, check, plan, end);
}

} // namespace AssertDesk::Cli
