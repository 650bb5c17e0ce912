#pragma once

#include "clienv.h"
#include "sendsetup.h"

#include "batchpreviewcounts.h"
#include "csverror.h"
#include "csvreader.h"
#include "profile.h"
#include "rowproblem.h"

#include <QSet>
#include <QTemporaryFile>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace AssertDesk::Batch {
class BatchScan;
}

namespace AssertDesk::Cli {

class BatchReport;

// `batch FILE --dry-run --profile P [--base-url URL]`: after the check, what sending the valid
// rows would do (Session::BatchPreview: a query per hundred rows, reads only). The rows are read
// a second time, a chunk at a time as the queries go, so the file is never held whole; standard
// input is kept in a temporary file for that. Without --profile and --base-url nothing here runs
// and the dry run is the check alone.
class BatchPredict final
{
public:
    void addOptions(QCommandLineParser &parser) const;
    // Before the check: the profile, where to ask and the file to read. An exit code on a usage error.
    std::optional<int> prepare(const QCommandLineParser &parser, const QString &file);
    bool isWanted() const { return m_wanted; }
    // The file the check reads: `file`, or the copy of standard input.
    QString inputPath(const QString &file) const;
    // The check found that a later row repeats this row's match key: it is not previewed.
    void noteRepeated(const Batch::RowProblem &problem) { m_repeated.insert(problem.line); }
    // After the check: prints it and the preview of the valid rows; returns the exit code.
    int run(Batch::BatchScan &scan, Batch::CsvReader::Options csv, bool emptyClears, bool json, BatchReport &report,
            const QString &file);

private:
    std::optional<int> readKey(QString *key);
    bool predict(const QString &path, Batch::BatchScan &scan, Batch::CsvReader::Options csv, bool emptyClears,
                 bool json);
    void report(const Session::BatchPreviewCounts &counts, bool json, const Batch::CsvError &error);

    SendOptions m_o;
    bool m_wanted = false;
    bool m_hasProfile = false;
    Profiles::Profile m_profile;
    Net::ApiCall::Options m_call;
    std::unique_ptr<CliEnv> m_env;
    std::unique_ptr<QTemporaryFile> m_stdin;
    QSet<qint64> m_repeated; // lines of rows a later row repeats (those rows are flagged after they were read)
    qint64 m_unavailable = 0;
};

} // namespace AssertDesk::Cli
