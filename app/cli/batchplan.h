#pragma once

#include "batchoptions.h"
#include "batchsetup.h"

#include "apicall.h"
#include "batchrecord.h"
#include "batchrun.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "fieldcatalogue.h"
#include "profile.h"

#include <QHash>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace AssertDesk::History {
class HistoryService;
}

// What sending a batch and resuming one share (batchsendcommand.cpp).
namespace AssertDesk::Cli {

class BatchStop;
class CliEnv;

// What a batch send works from, read from the command line and the profile.
struct BatchPlan
{
    QString path;
    Profiles::Profile profile;
    Net::ApiCall::Options call;
    Batch::CsvReader::Options csv;
    Contract::FieldCatalogue catalogue = Contract::FieldCatalogue::builtIn();
    int concurrency = Session::BatchRun::kDefaultConcurrency;
    bool emptyClears = false;
    bool skipInvalid = false;
    bool json = false;
    QString results;
    QString dataDir;
};

// Prints "batch: why" and gives the usage exit code.
std::optional<int> batchUsage(const QString &why);
std::optional<int> readBatchPlan(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan);
// The batch id, first on standard output, so that a kill leaves it known.
void printBatchId(qint64 id, bool json);
// How the sending ended: cancelled by a signal, and what the run itself saw of each row it
// finished (for rows the history cannot tell of, when it failed on the way).
struct BatchEnd
{
    bool cancelled = false;
    QHash<qint64, History::BatchRowState> seen;
};
// Sends the rows `wanted` picks (`count` of them), pulled from the file as workers are free; a
// signal `stop` catches cancels it.
BatchEnd sendBatchRows(CliEnv &env, History::HistoryService &history, const BatchPlan &plan,
                       const History::BatchRecord &batch, const Batch::ColumnMapping &mapping,
                       const std::function<bool(qint64)> &wanted, qint64 count, BatchStop &stop);
// Where each row stands, the batch's state (done or cancelled), the results file and the exit
// code (5 when cancelled: rows were left unsent).
int reportBatch(History::HistoryService &history, const History::BatchRecord &batch, const FileCheck &check,
                const BatchPlan &plan, const BatchEnd &end);
// A batch stopped before its rows could go (no key, no history, invalid rows): the results file,
// when asked for, still says for every row what is known, rows never sent with `why`.
void writeUnsentResults(const BatchPlan &plan, const History::BatchRecord &batch, const FileCheck &check,
                        const QList<History::BatchRowState> &rows, const QString &why);
// batchresumecommand.cpp
int resumeBatch(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan);

} // namespace AssertDesk::Cli
