#pragma once

#include "batchoptions.h"
#include "batchsetup.h"

#include "apicall.h"
#include "batchrun.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "fieldcatalogue.h"
#include "profile.h"

#include <functional>
#include <optional>

class QCommandLineParser;

namespace AssertDesk::History {
class HistoryService;
}

// What sending a batch and resuming one share (batchsendcommand.cpp).
namespace AssertDesk::Cli {

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
// Sends the rows `wanted` picks (`count` of them), pulled from the file as workers are free.
void sendBatchRows(CliEnv &env, History::HistoryService &history, const BatchPlan &plan,
                   const History::BatchRecord &batch, const Batch::ColumnMapping &mapping,
                   const std::function<bool(qint64)> &wanted, qint64 count);
// Where each row stands, the results file and the exit code.
int reportBatch(History::HistoryService &history, const History::BatchRecord &batch, const FileCheck &check,
                const QString &path, const QString &results, bool json);
// batchresumecommand.cpp
int resumeBatch(const QCommandLineParser &parser, const BatchOptions &o, CliEnv &env, BatchPlan &plan);

} // namespace AssertDesk::Cli
