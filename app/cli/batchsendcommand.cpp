#include "batchcommands.h"
#include "batchoutcomes.h"
#include "batchplan.h"
#include "batchsetup.h"
#include "batchstop.h"
#include "clienv.h"
#include "commands.h"
#include "output.h"
#include "sendsetup.h"

#include "apiclient.h"
#include "assertresponse.h"
#include "batchrun.h"
#include "batchrunlock.h"
#include "csvrowsource.h"
#include "historyservice.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cstdio>
#include <unistd.h>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;
using namespace AssertDesk::History;
using namespace AssertDesk::Session;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

std::optional<int> batchUsage(const QString &why)
{
    printErr(QStringLiteral("batch: %1\n").arg(why));
    return ExitUsage;
}

namespace {

std::optional<int> readCallOptions(const QCommandLineParser &parser, const BatchOptions &o, BatchPlan &plan)
{
    plan.call.baseUrl
        = parser.isSet(o.baseUrl) ? QUrl(parser.value(o.baseUrl), QUrl::StrictMode) : plan.profile.baseUrl;
    if (plan.call.baseUrl.isEmpty())
        return batchUsage(
            Tr::tr("the profile \"%1\" has no fixed address; start assertdesk-sandbox and pass --base-url "
                   "http://127.0.0.1:PORT/api/v2")
                .arg(plan.profile.name));
    plan.call.timeoutSeconds = plan.profile.timeoutSeconds;
    bool ok = true;
    if (parser.isSet(o.timeout))
        plan.call.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || plan.call.timeoutSeconds < 1 || plan.call.timeoutSeconds > 600)
        return batchUsage(Tr::tr("--timeout must be from 1 to 600 seconds"));
    if (parser.isSet(o.concurrency))
        plan.concurrency = parser.value(o.concurrency).toInt(&ok);
    if (!ok || plan.concurrency < 1 || plan.concurrency > BatchRun::kMaxConcurrency)
        return batchUsage(Tr::tr("--concurrency must be from 1 to %1").arg(BatchRun::kMaxConcurrency));
    return std::nullopt;
}

} // namespace

std::optional<int> readBatchPlan(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() && !parser.isSet(o.resume)))
        return batchUsage(Tr::tr("give one FILE.csv (or --dry-run to check it, or --resume BATCH_ID)"));
    if (files.value(0) == QLatin1String("-"))
        return batchUsage(Tr::tr("a batch is sent from a file, not from standard input: a resume reads it again"));
    if (!parser.isSet(o.profile))
        return batchUsage(Tr::tr("give --profile NAME to send with (or --dry-run to check the file only)"));
    const auto profile = env.profiles().profile(parser.value(o.profile));
    if (!profile)
        return batchUsage(Tr::tr("there is no profile \"%1\"; see profile list").arg(parser.value(o.profile)));
    plan.profile = *profile;
    plan.path = files.isEmpty() ? QString() : QFileInfo(files.first()).absoluteFilePath();
    if (parser.isSet(o.delimiter)) {
        const std::optional<char> d = parseDelimiter(parser.value(o.delimiter));
        if (!d)
            return batchUsage(Tr::tr("--delimiter takes one character (, ; |) or tab"));
        plan.csv.delimiter = *d;
    }
    QString error;
    if (parser.isSet(o.schema)) {
        QFile schema(parser.value(o.schema));
        if (!schema.open(QIODevice::ReadOnly) || !plan.catalogue.mergeSchema(schema.readAll(), &error))
            return batchUsage(QStringLiteral("--schema: %1").arg(error.isEmpty() ? schema.errorString() : error));
    }
    plan.emptyClears = parser.isSet(o.emptyClears);
    plan.skipInvalid = parser.isSet(o.skipInvalid);
    plan.json = parser.isSet(o.json);
    plan.results = parser.value(o.results);
    plan.dataDir = parser.isSet(o.dataDir) ? parser.value(o.dataDir) : HistoryStore::defaultDataDir();
    return readCallOptions(parser, o, plan);
}

namespace {

// A line that rewrites itself on a terminal: rows done of total, the pace and the time left.
void showProgress(const BatchProgress &p)
{
    const QString left = p.throttledSeconds > 0 ? Tr::tr("throttled: waiting %1 s").arg(p.throttledSeconds)
        : p.secondsLeft >= 0                    ? Tr::tr("%1 s left").arg(p.secondsLeft)
                                                : QString();
    const QString paced
        = p.pacedAt > 0 ? Tr::tr(" (paced at %1/s since the server's 429)").arg(p.pacedAt, 0, 'f', 0) : QString();
    std::fprintf(stderr, "\r\033[K%s",
                 qPrintable(Tr::tr("%1 of %2 rows, %3 rows/s%4, %5")
                                .arg(p.done)
                                .arg(p.total)
                                .arg(p.rowsPerSecond, 0, 'f', 1)
                                .arg(paced, left)));
    std::fflush(stderr);
}

// What the run saw of a row, as the history would have it, for when the history cannot say.
BatchRowState seenState(const BatchRowResult &r)
{
    BatchRowState s;
    s.row = r.row;
    s.line = r.line;
    s.historyId = qMax<qint64>(r.historyId, 0);
    s.outcome = Contract::outcomeName(r.result.outcome);
    s.httpStatus = r.result.httpStatus;
    if (r.result.answer) {
        s.action = r.result.answer->actionText();
        s.contactId = r.result.answer->recordId();
    }
    s.errorMessage = r.historyError.isEmpty() ? r.result.summary : r.historyError;
    return s;
}

} // namespace

// Sends the rows `wanted` picks, pulled from the file as workers are free, and waits for the end.
BatchEnd sendBatchRows(CliEnv &env, HistoryService &history, const BatchPlan &plan, const BatchRecord &batch,
                       const ColumnMapping &mapping, const std::function<bool(qint64)> &wanted, qint64 count,
                       BatchStop &stop)
{
    BatchEnd end;
    end.cancelled = stop.asked();
    auto device = std::make_unique<QFile>(plan.path);
    if (end.cancelled || !device->open(QIODevice::ReadOnly))
        return end;
    CsvReader::Options csv = plan.csv;
    csv.delimiter = char(batch.options.value(QStringLiteral("delimiter")).toInt());
    CsvRowSource source(std::move(device), csv, mapping, plan.catalogue,
                        batch.options.value(QStringLiteral("empty_clears")).toBool(), wanted);
    Net::ApiClient client(&env.network());
    BatchRun::Settings settings;
    settings.profile = plan.profile.name;
    settings.batchId = batch.id;
    settings.call = plan.call;
    settings.concurrency = plan.concurrency;
    settings.total = count;
    settings.holdRunLock = false; // the command holds it, from the batch's record to its report
    BatchRun run(&client, &history, &source, settings);
    if (isatty(fileno(stderr)))
        QObject::connect(&run, &BatchRun::progressChanged, &run, &showProgress);
    QObject::connect(&run, &BatchRun::rowFinished, &run,
                     [&end](const BatchRowResult &r) { end.seen.insert(r.row, seenState(r)); });
    QEventLoop loop;
    QObject::connect(&run, &BatchRun::finished, &loop, &QEventLoop::quit);
    run.start();
    stop.watch(&run);
    if (run.state() != BatchRun::State::Finished && run.state() != BatchRun::State::Cancelled)
        loop.exec();
    stop.watch(nullptr);
    end.cancelled = run.state() == BatchRun::State::Cancelled;
    if (isatty(fileno(stderr)))
        std::fputs("\n", stderr);
    if (!run.sourceError().isEmpty())
        printErr(Tr::tr("batch: the file could not be read to its end: %1\n").arg(run.sourceError()));
    return end;
}

void printBatchId(qint64 id, bool json)
{
    if (json)
        printOut(QString::fromUtf8(
                     QJsonDocument(QJsonObject {{QStringLiteral("batch_id"), id}}).toJson(QJsonDocument::Compact))
                 + QLatin1Char('\n'));
    else
        printOut(QStringLiteral("batch %1\n").arg(id));
}

void writeUnsentResults(const BatchPlan &plan, const BatchRecord &batch, const FileCheck &check,
                        const QList<BatchRowState> &rows, const QString &why)
{
    if (plan.results.isEmpty())
        return;
    const BatchOutcomes outcomes(batch, rows, &check);
    QString error;
    if (!writeResults(plan.results, plan.path, char(batch.options.value(QStringLiteral("delimiter")).toInt()), outcomes,
                      check, &error, why))
        printErr(Tr::tr("batch: the results could not be written: %1\n").arg(error));
}

namespace {

// The history's account of each row, and the run's own for rows it has none of (or only an
// attempt left in flight): a history that failed on the way loses no row the run saw end.
QList<BatchRowState> knownRows(HistoryService &history, qint64 batchId, const BatchEnd &end)
{
    QList<BatchRowState> rows = history.batchRows(batchId).result();
    QSet<qint64> known;
    for (BatchRowState &s : rows) {
        const auto seen = end.seen.constFind(s.row);
        if (s.outcome.isEmpty() && seen != end.seen.cend())
            s = *seen;
        known.insert(s.row);
    }
    for (auto it = end.seen.cbegin(); it != end.seen.cend(); ++it)
        if (!known.contains(it.key()))
            rows.append(it.value());
    return rows;
}

} // namespace

// The end of every send: where each row stands, the results file, the exit code.
int reportBatch(HistoryService &history, const BatchRecord &batch, const FileCheck &check, const BatchPlan &plan,
                const BatchEnd &end)
{
    history.setBatchState(batch.id, end.cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"))
        .waitForFinished();
    const BatchOutcomes outcomes(batch, knownRows(history, batch.id, end), &check);
    const QString why = end.cancelled
        ? Tr::tr("not sent: the batch was cancelled first; --resume %1 sends it").arg(batch.id)
        : QString();
    bool written = true;
    if (!plan.results.isEmpty()) {
        QString error;
        written = writeResults(plan.results, plan.path, char(batch.options.value(QStringLiteral("delimiter")).toInt()),
                               outcomes, check, &error, why);
        if (!written)
            printErr(Tr::tr("batch: the results could not be written: %1\n").arg(error));
    }
    if (plan.json) {
        QJsonObject out = outcomes.toJson();
        out.insert(QStringLiteral("batch_id"), batch.id);
        out.insert(QStringLiteral("state"), end.cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"));
        printJson(out);
    } else {
        printOut(outcomes.toText());
    }
    if (end.cancelled)
        printErr(Tr::tr("batch: batch %1 was cancelled; --resume %1 sends the rows not sent\n").arg(batch.id));
    // A script that asked for the results must not take their absence for success; a cancelled
    // batch left rows unsent, whatever became of the rest.
    return !written ? int(ExitHistory) : end.cancelled ? int(ExitNotSent) : outcomes.exitCode();
}

namespace {

// Reads and checks the whole file; an exit code when nothing may be sent.
std::optional<int> checkFile(const BatchPlan &plan, const QCommandLineParser &parser, const BatchOptions &o,
                             BatchRecord &batch, FileCheck &check, ColumnMapping &mapping)
{
    QString error;
    if (!fingerprint(plan.path, &batch.sourceSize, &batch.sourceSha256, &error))
        return batchUsage(error);
    QFile file(plan.path);
    if (!openInput(file, plan.path, &error))
        return batchUsage(error);
    BatchScan scan(&file, plan.csv, plan.catalogue);
    BatchReport report;
    if (!scan.readHeader())
        return batchUsage(QStringLiteral("%1: %2").arg(plan.path, scan.error().message));
    if (!resolveMapping(scan, parser, o, report, &error))
        return batchUsage(error);
    if (!checkRows(scan, plan.emptyClears, report, check, &error))
        return batchUsage(QStringLiteral("%1: %2").arg(plan.path, error));
    mapping = scan.mapping();
    batch.header = mapping.header();
    batch.mapping = mappingJson(mapping);
    batch.matchColumn = mapping.matchColumn() >= 0 ? mapping.column(mapping.matchColumn()).header : QString();
    batch.options = {{QStringLiteral("empty_clears"), plan.emptyClears},
                     {QStringLiteral("concurrency"), plan.concurrency},
                     {QStringLiteral("skip_invalid"), plan.skipInvalid},
                     {QStringLiteral("delimiter"), int(scan.delimiter())}};
    batch.totalRows = qint64(check.status.size());
    batch.invalidRows = check.summary.invalid;
    batch.repeatedRows = check.summary.rows - check.summary.invalid - check.summary.valid;
    if (!check.summary.allValid() && !plan.skipInvalid) {
        report.printText(scan.mapping(), check.summary);
        printErr(Tr::tr("batch: invalid or repeated rows; nothing was sent. Fix them, or send the valid rows with "
                        "--skip-invalid.\n"));
        return ExitInvalid;
    }
    return std::nullopt;
}

// Records the batch and sends its valid rows; a signal cancels it (BatchStop).
int sendRecorded(CliEnv &env, HistoryService &history, const BatchPlan &plan, BatchRecord &batch,
                 const FileCheck &check, const ColumnMapping &mapping)
{
    batch.profile = plan.profile.name;
    batch.baseUrl = plan.call.baseUrl.toString(QUrl::RemoveUserInfo);
    batch.sourcePath = plan.path;
    const HistoryService::BatchResult made = history.createBatch(batch).result();
    if (made.id < 0) {
        printErr(Tr::tr("batch: the history could not record the batch, so nothing was sent: %1\n").arg(made.error));
        writeUnsentResults(plan, batch, check, {}, Tr::tr("not sent: the history could not record the batch"));
        return ExitNotSent;
    }
    batch.id = made.id;
    BatchStop stop;
    BatchRunLock running(plan.dataDir, batch.id);
    running.acquire();
    printBatchId(batch.id, plan.json);
    if (plan.profile.production)
        printErr(Tr::tr("Sending to the production profile \"%1\".\n").arg(plan.profile.name));
    const qint64 valid = qint64(std::count(check.status.cbegin(), check.status.cend(), BatchRow::Status::Valid));
    const BatchEnd end = sendBatchRows(
        env, history, plan, batch, mapping, [&check](qint64 row) { return check.isValid(row); }, valid, stop);
    return reportBatch(history, batch, check, plan, end);
}

int sendNew(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan)
{
    BatchRecord batch;
    FileCheck check;
    ColumnMapping mapping;
    if (const auto done = checkFile(plan, parser, o, batch, check, mapping)) {
        if (*done == ExitInvalid)
            writeUnsentResults(
                plan, batch, check, {},
                Tr::tr("not sent: the file has invalid or repeated rows (--skip-invalid sends the rest)"));
        return *done;
    }
    if (check.summary.rows == 0) {
        printErr(Tr::tr("batch: the file has no rows; nothing was sent\n"));
        writeUnsentResults(plan, batch, check, {}, QString());
        return ExitOk;
    }
    if (const auto failed = readKey(env, plan.profile, &plan.call.key, "batch")) {
        writeUnsentResults(plan, batch, check, {}, Tr::tr("not sent: no usable key for the profile"));
        return *failed;
    }
    HistoryService history(plan.dataDir);
    if (const auto failed = openHistory(history, "batch", ExitHistory)) {
        writeUnsentResults(plan, batch, check, {}, Tr::tr("not sent: the history could not be opened"));
        return *failed;
    }
    return sendRecorded(env, history, plan, batch, check, mapping);
}

} // namespace

int runBatchSend(const QCommandLineParser &parser, const BatchOptions &o)
{
    CliEnv env;
    BatchPlan plan;
    if (const auto failed = readBatchPlan(parser, o, env, plan))
        return *failed;
    QString error;
    if (!plan.results.isEmpty() && !prepareResults(plan.results, &error))
        return *batchUsage(Tr::tr("--results: %1; nothing was sent").arg(error));
    if (parser.isSet(o.resume))
        return resumeBatch(parser, o, env, plan);
    return sendNew(parser, o, env, plan);
}

} // namespace AssertDesk::Cli
