#include "batchcommands.h"
#include "batchpredict.h"
#include "batchreport.h"
#include "batchsetup.h"
#include "commands.h"
#include "inputfile.h"
#include "output.h"

#include "batchscan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void describeBatch(QCommandLineParser &parser, const BatchOptions &o)
{
    parser.setApplicationDescription(
        tr("Check a CSV file of contacts and send it: each row becomes an assert request, checked as the form "
           "checks one, and sent as a single send is (recorded in the history first, tagged with the batch).\n"
           "  batch FILE.csv --dry-run   check every row; nothing is sent, no profile or key is needed\n"
           "  batch FILE.csv --dry-run --profile P   check, then preview the valid rows at the server, reading "
           "only: one line per row (line, create|update|unchanged|ambiguous|unavailable, the contact and the "
           "fields that change), then the counts; a query asks for a hundred rows at once\n"
           "  batch FILE.csv --profile P   check, then send the rows, 4 side by side (--concurrency); the batch "
           "id is the first line printed\n"
           "  batch --resume BATCH_ID --profile P [FILE.csv]   after a crash or a cancel: send the rows never "
           "sent\n"
           "  batch status BATCH_ID   how many rows succeeded, were rejected, are unknown, interrupted, not sent "
           "or invalid\n"
           "  batch retry BATCH_ID --out NEW.csv   the rejected and not-sent rows, as a new file to edit and send\n\n"
           "A column named as an API field maps itself (first_name, primary_email, title, stage, address.city, "
           "address.zip_code, email_1, email_2 ... with the first as primary, phone_1 ...); map the others with "
           "--map. The mapping is saved for the file's set of columns and used again next time.\n"
           "Invalid or repeated rows (two rows for one contact would race) stop the batch before anything is sent, "
           "unless --skip-invalid sends the others. A 429 holds every worker for its Retry-After and the row goes "
           "again; a 5xx, a timeout or a lost connection is never sent again: the row is \"unknown\". A resume "
           "reads interrupted and unknown rows back first: one found landed is not sent again, the others only "
           "with --resend-unchecked.\n"
           "A dry run prints one line per problem on standard output: line, column, severity, code, message "
           "(tab-separated); the summary goes to standard error. Progress goes to standard error when it is a "
           "terminal.\n"
           "Exit status: 0 every row valid (dry run) or every row sent succeeded, 1 invalid or repeated rows "
           "(nothing sent), 2 usage, an unreadable file or one that is not CSV, 3 some rows rejected, 4 some "
           "rows unknown or interrupted, or (dry run) not previewed (4 wins over 3), 5 some rows not sent, 6 no "
           "usable key, 7 history, or the --results file could not be written at the end (7 wins)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The CSV file, or - for standard input (dry run only); or status, retry."));
    parser.addOptions({o.dryRun, o.match, o.map, o.delimiter, o.emptyClears, o.json, o.schema, o.dataDir, o.profile,
                       o.baseUrl, o.concurrency, o.skipInvalid, o.results, o.resume, o.resendUnchecked, o.timeout,
                       o.out});
}

// Reads the file's header and maps the columns; the scan is then ready to run.
std::optional<int> prepare(BatchScan &scan, const QCommandLineParser &parser, const BatchOptions &o,
                           const QString &path, BatchReport &report)
{
    if (!scan.readHeader()) {
        printErr(QStringLiteral("batch: %1: %2\n").arg(path, scan.error().message));
        return ExitUsage;
    }
    QString error;
    if (!resolveMapping(scan, parser, o, report, &error)) {
        printErr(QStringLiteral("batch: %1\n").arg(error));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace

int runBatch(const QStringList &args)
{
    QCommandLineParser parser;
    const BatchOptions o;
    describeBatch(parser, o);
    BatchPredict predict;
    predict.addOptions(parser);
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.value(0) == QLatin1String("status"))
        return runBatchStatus(parser, o);
    if (files.value(0) == QLatin1String("retry"))
        return runBatchRetry(parser, o);
    if (!parser.isSet(o.dryRun))
        return runBatchSend(parser, o);
    if (files.size() != 1) {
        printErr(tr("batch: give exactly one FILE.csv, or - for standard input\n"));
        return ExitUsage;
    }
    CsvReader::Options csv;
    if (parser.isSet(o.delimiter)) {
        const std::optional<char> d = parseDelimiter(parser.value(o.delimiter));
        if (!d) {
            printErr(tr("batch: --delimiter takes one character (, ; |) or tab\n"));
            return ExitUsage;
        }
        csv.delimiter = *d;
    }
    Contract::FieldCatalogue catalogue = Contract::FieldCatalogue::builtIn();
    QString error;
    if (parser.isSet(o.schema)) {
        QByteArray schema;
        if (!readInput(parser.value(o.schema), &schema, &error) || !catalogue.mergeSchema(schema, &error)) {
            printErr(QStringLiteral("batch: --schema: %1\n").arg(error));
            return ExitUsage;
        }
    }
    if (const auto failed = predict.prepare(parser, files.first()))
        return *failed;
    QFile file;
    if (!openInput(file, predict.inputPath(files.first()), &error)) {
        printErr(QStringLiteral("batch: %1\n").arg(error));
        return ExitUsage;
    }
    BatchScan scan(&file, csv, catalogue);
    BatchReport report;
    if (const auto done = prepare(scan, parser, o, files.first(), report))
        return *done;
    const auto keep = [&report](const RowProblem &p) { report.add(p); };
    const bool read = scan.run(
        parser.isSet(o.emptyClears),
        [&keep](const BatchRow &row) {
            std::for_each(row.problems.cbegin(), row.problems.cend(), keep);
            return true;
        },
        [&](const RowProblem &p) {
            keep(p);
            predict.noteRepeated(p);
        });
    if (!read) {
        printErr(QStringLiteral("batch: %1: %2\n").arg(files.first(), scan.error().message));
        return ExitUsage;
    }
    if (predict.isWanted())
        return predict.run(scan, csv, parser.isSet(o.emptyClears), parser.isSet(o.json), report, files.first());
    if (parser.isSet(o.json))
        report.printJson(files.first(), scan.delimiter(), scan.hadByteOrderMark(), scan.mapping(), scan.summary());
    else
        report.printText(scan.mapping(), scan.summary());
    return scan.summary().allValid() ? ExitOk : ExitInvalid;
}

} // namespace AssertDesk::Cli
