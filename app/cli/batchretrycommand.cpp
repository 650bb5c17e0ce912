#include "batchcommands.h"
#include "batchoutcomes.h"
#include "batchsetup.h"
#include "commands.h"
#include "output.h"

#include "historyservice.h"
#include "historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace AssertDesk::Cli {

using namespace AssertDesk::Batch;
using namespace AssertDesk::History;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A cell as the new file holds it: quoted where RFC 4180 needs it, and otherwise as it was, since
// the file is sent again (a leading apostrophe would become part of the value).
QByteArray cell(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

bool retried(BatchOutcomes::Kind kind)
{
    return kind == BatchOutcomes::Kind::Rejected || kind == BatchOutcomes::Kind::NotSent
        || kind == BatchOutcomes::Kind::Repeated;
}

// Copies the header and the rows to try again, with their original cells, into `out`.
qint64 writeRetryFile(const QString &source, char delimiter, const BatchOutcomes &outcomes, QSaveFile &out,
                      QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return -1;
    }
    CsvReader::Options options;
    options.delimiter = delimiter;
    CsvReader reader(&in, options);
    CsvRecord record;
    qint64 row = -1;
    qint64 written = 0;
    while (reader.next(record)) {
        ++row;
        if (row > 0 && !retried(outcomes.kindOf(row)))
            continue;
        QByteArray line;
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            line += (i ? "," : "") + cell(record.fields.at(i));
        out.write(line + "\r\n");
        written += row > 0 ? 1 : 0;
    }
    if (reader.error().isError()) {
        *error = reader.error().message;
        return -1;
    }
    return written;
}

} // namespace

// batch retry BATCH_ID --out NEW.csv: the rejected and not-sent rows (repeated ones skipped
// included) as a new file, columns as they were, to edit and send as a new batch.
int runBatchRetry(const QCommandLineParser &parser, const BatchOptions &o)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id <= 0 || !parser.isSet(o.out)) {
        printErr(Tr::tr("batch retry: give one BATCH_ID and --out NEW.csv\n"));
        return ExitUsage;
    }
    HistoryService history(parser.isSet(o.dataDir) ? parser.value(o.dataDir) : HistoryStore::defaultDataDir());
    const HistoryService::OpenResult opened = history.open().result();
    const std::optional<BatchRecord> batch = opened.ok ? history.batch(id).result() : std::nullopt;
    if (!batch) {
        printErr(opened.ok ? Tr::tr("batch retry: there is no batch %1 in the history\n").arg(id)
                           : Tr::tr("batch retry: the history cannot be opened: %1\n").arg(opened.error));
        return opened.ok ? ExitUsage : ExitHistory;
    }
    QString error;
    qint64 size = 0;
    QByteArray sha;
    if (!fingerprint(batch->sourcePath, &size, &sha, &error) || size != batch->sourceSize
        || sha != batch->sourceSha256) {
        printErr(Tr::tr("batch retry: %1 is not the file batch %2 was sent from any more %3\n")
                     .arg(batch->sourcePath)
                     .arg(id)
                     .arg(error.isEmpty() ? QString() : QStringLiteral("(%1)").arg(error)));
        return ExitUsage;
    }
    const char delimiter = char(batch->options.value(QStringLiteral("delimiter")).toInt());
    QFile file(batch->sourcePath);
    FileCheck check;
    CsvReader::Options csv;
    csv.delimiter = delimiter;
    file.open(QIODevice::ReadOnly);
    BatchScan scan(&file, csv);
    BatchReport report;
    if (!restoreMapping(scan, *batch, &error)
        || !checkRows(scan, batch->options.value(QStringLiteral("empty_clears")).toBool(), report, check, &error)) {
        printErr(QStringLiteral("batch retry: %1: %2\n").arg(batch->sourcePath, error));
        return ExitUsage;
    }
    const BatchOutcomes outcomes(*batch, history.batchRows(id).result(), &check);
    QSaveFile out(parser.value(o.out));
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        printErr(Tr::tr("batch retry: cannot write %1: %2\n").arg(out.fileName(), out.errorString()));
        return ExitUsage;
    }
    const qint64 written = writeRetryFile(batch->sourcePath, delimiter, outcomes, out, &error);
    if (written < 0 || !out.commit()) {
        printErr(Tr::tr("batch retry: %1\n").arg(error.isEmpty() ? out.errorString() : error));
        return ExitUsage;
    }
    printErr(Tr::tr("Wrote %1 rows to try again to %2.\n").arg(written).arg(out.fileName()));
    return ExitOk;
}

} // namespace AssertDesk::Cli
