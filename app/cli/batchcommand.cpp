#include "batchpredict.h"
#include "batchreport.h"
#include "commands.h"
#include "inputfile.h"
#include "output.h"

#include "batchscan.h"
#include "historystore.h"
#include "mappingstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The options batch takes, kept together so the parsed values are read back by the same objects.
struct BatchOptions
{
    const QCommandLineOption dryRun {QStringLiteral("dry-run"),
                                     tr("Check every row and send nothing (required in this version).")};
    const QCommandLineOption match {QStringLiteral("match"),
                                    tr("The column whose email says which contact a row is (default: the column "
                                       "mapped to primary_email, else email_1)."),
                                    QStringLiteral("COLUMN")};
    const QCommandLineOption map {QStringLiteral("map"),
                                  tr("A JSON map file for the other columns: "
                                     "{\"columns\": {\"E-Mail\": \"primary_email\", \"Firma\": null}}."),
                                  QStringLiteral("MAP.json")};
    const QCommandLineOption delimiter {QStringLiteral("delimiter"),
                                        tr("The delimiter: , ; tab or another single character (default: "
                                           "detected from the header row)."),
                                        QStringLiteral("C")};
    const QCommandLineOption emptyClears {QStringLiteral("empty-clears"),
                                          tr("An empty cell clears the field (null) instead of leaving it as "
                                             "it is.")};
    const QCommandLineOption json {QStringLiteral("json"), tr("Print the mapping, summary and problems as JSON.")};
    const QCommandLineOption schema {QStringLiteral("schema"),
                                     tr("A GET /_schema/contact document: its custom fields map like the "
                                        "built-in ones."),
                                     QStringLiteral("SCHEMA.json")};
    const QCommandLineOption dataDir {QStringLiteral("data-dir"), tr("Where mappings are saved (default: XDG data)."),
                                      QStringLiteral("DIR")};
};

void describeBatch(QCommandLineParser &parser, const BatchOptions &o)
{
    parser.setApplicationDescription(
        tr("Check a CSV file of contacts: each row becomes an assert request, checked as the form checks one.\n"
           "Sending the rows comes in a later version: for now --dry-run is required and nothing is sent. With "
           "--profile (or --base-url) the dry run also previews the valid rows at the server, reading only: one "
           "line per row (line, create|update|unchanged|ambiguous|unavailable, the contact and the fields that "
           "change), then the counts; a query asks for a hundred rows at once.\n\n"
           "A column named as an API field maps itself (first_name, primary_email, title, stage, address.city, "
           "address.zip_code, email_1, email_2 ... with the first as primary, phone_1 ...); map the others with "
           "--map. The mapping is saved for the file's set of columns and used again next time.\n"
           "Prints one line per problem on standard output: line, column, severity, code, message "
           "(tab-separated); the summary goes to standard error.\n"
           "Exit status: 0 every row valid (warnings allowed), 1 invalid or repeated rows, 2 usage, an "
           "unreadable file or one that is not CSV, 4 some rows could not be previewed, 6 no usable key for the "
           "preview."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file, or - for standard input."));
    parser.addOptions({o.dryRun, o.match, o.map, o.delimiter, o.emptyClears, o.json, o.schema, o.dataDir});
}

std::optional<char> parseDelimiter(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return '\t';
    if (text.size() != 1 || text.at(0).unicode() > 126 || text.at(0).unicode() < 32 || text == QLatin1String("\""))
        return std::nullopt;
    return text.at(0).toLatin1();
}

bool openInput(QFile &file, const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        *error = tr("cannot read standard input: %1").arg(file.errorString());
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = tr("%1 is a folder, not a file").arg(path);
        return false;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The saved mapping for this header set, the map file over it and --match over both; saved again
// when the map file or --match changed it.
bool resolveMapping(BatchScan &scan, const QCommandLineParser &parser, const BatchOptions &o, BatchReport &report,
                    QString *error)
{
    ColumnMapping &mapping = scan.mapping();
    const MappingStore store(MappingStore::folderIn(parser.isSet(o.dataDir) ? parser.value(o.dataDir)
                                                                            : History::HistoryStore::defaultDataDir()));
    const QString key = mapping.headerSetKey();
    QString why;
    const std::optional<MappingChoices> saved = store.load(key, &why);
    if (!why.isEmpty())
        report.note(why);
    MappingChoices choices = saved.value_or(MappingChoices());
    if (parser.isSet(o.map)) {
        QByteArray json;
        if (!readInput(parser.value(o.map), &json, &why)) {
            *error = QStringLiteral("--map: %1").arg(why);
            return false;
        }
        const std::optional<MappingChoices> fromFile = MappingChoices::fromJson(json, &why);
        if (!fromFile) {
            *error = QStringLiteral("--map %1: %2").arg(parser.value(o.map), why);
            return false;
        }
        choices.merge(*fromFile);
    }
    if (parser.isSet(o.match))
        choices.setMatch(parser.value(o.match));
    QStringList notes;
    if (!mapping.apply(choices, scan.catalogue(), &notes, error)
        || !mapping.chooseMatch(choices.match(), scan.catalogue(), error) || !mapping.check(error)) {
        if (saved)
            *error += QLatin1Char(' ')
                + tr("(The mapping saved for these columns was used: %1; a --map file changes it.)")
                      .arg(store.fileFor(key));
        return false;
    }
    for (const QString &n : std::as_const(notes))
        report.note(n);
    if (saved && choices == *saved) {
        report.note(tr("Used the mapping saved for these columns: %1").arg(store.fileFor(key)));
    } else if (!choices.isEmpty()) {
        if (store.save(key, choices, mapping.header(), &why))
            report.note(tr("Saved this mapping for files with these columns: %1").arg(store.fileFor(key)));
        else
            report.note(why);
    }
    return true;
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
    if (files.size() != 1) {
        printErr(tr("batch: give exactly one FILE.csv, or - for standard input\n"));
        return ExitUsage;
    }
    if (!parser.isSet(o.dryRun)) {
        printErr(tr("batch: sending the rows of a CSV file comes in a later version; run it with --dry-run to "
                    "check the file (nothing is sent)\n"));
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
