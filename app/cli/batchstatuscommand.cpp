#include "batchcommands.h"
#include "batchoutcomes.h"
#include "commands.h"
#include "output.h"

#include "batchrunlock.h"
#include "historyservice.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace AssertDesk::Cli {

using namespace AssertDesk::History;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

// batch status BATCH_ID: where every row of a batch stands, read from the history alone (a window
// or another batch may hold it: then it is read as it is).
int runBatchStatus(const QCommandLineParser &parser, const BatchOptions &o)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id <= 0) {
        printErr(Tr::tr("batch status: give one BATCH_ID (the first line a batch printed)\n"));
        return ExitUsage;
    }
    const QString dataDir = parser.isSet(o.dataDir) ? parser.value(o.dataDir) : HistoryStore::defaultDataDir();
    HistoryService history(dataDir);
    const HistoryService::OpenResult opened = history.open().result();
    if (!opened.ok) {
        printErr(Tr::tr("batch status: the history cannot be opened: %1\n").arg(opened.error));
        return ExitHistory;
    }
    const std::optional<BatchRecord> batch = history.batch(id).result();
    if (!batch) {
        printErr(Tr::tr("batch status: there is no batch %1 in the history\n").arg(id));
        return ExitUsage;
    }
    const BatchOutcomes outcomes(*batch, history.batchRows(id).result(), nullptr);
    // Whoever holds the history (a window left open, another command) need not be the batch's
    // sender: only the batch's own run lock says its sender is alive. Marked "sending" without it,
    // the sender was killed or crashed.
    const bool orphaned = batch->state == QLatin1String("sending") && !Session::BatchRunLock::heldByAnyone(dataDir, id);
    if (parser.isSet(o.json)) {
        QJsonObject out = outcomes.toJson();
        out.insert(QStringLiteral("batch_id"), id);
        out.insert(QStringLiteral("state"), orphaned ? QStringLiteral("interrupted") : batch->state);
        out.insert(QStringLiteral("file"), batch->sourcePath);
        out.insert(QStringLiteral("profile"), batch->profile);
        out.insert(QStringLiteral("created_at"), batch->createdAt.toUTC().toString(Qt::ISODateWithMs));
        printJson(out);
        return ExitOk;
    }
    printOut(QStringLiteral("batch\t%1\nstate\t%2\nfile\t%3\nprofile\t%4\n")
                 .arg(id)
                 .arg(orphaned ? Tr::tr("interrupted (no process is sending it; --resume to go on)") : batch->state,
                      batch->sourcePath, batch->profile)
             + outcomes.toText());
    return ExitOk;
}

} // namespace AssertDesk::Cli
