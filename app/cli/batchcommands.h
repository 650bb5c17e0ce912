#pragma once

#include "batchoptions.h"

class QCommandLineParser;

// The batch command's ways besides the dry run, each in its own file; `batch` parses the line.
namespace AssertDesk::Cli {

int runBatchSend(const QCommandLineParser &parser, const BatchOptions &o);   // batchsendcommand.cpp
int runBatchStatus(const QCommandLineParser &parser, const BatchOptions &o); // batchstatuscommand.cpp
int runBatchRetry(const QCommandLineParser &parser, const BatchOptions &o);  // batchretrycommand.cpp

} // namespace AssertDesk::Cli
