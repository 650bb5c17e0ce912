#include "commands.h"
#include "historychanges.h"
#include "historyreport.h"
#include "output.h"

#include "assertresponse.h"
#include "historyexport.h"
#include "historystore.h"
#include "matchprediction.h"
#include "responseformatter.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace AssertDesk::Cli {

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

// Where a batch's row came from, as a person reads it: "12 row 3 line 5"; "-" for a single send.
QString batchCell(const HistoryRecord &r)
{
    return r.batchId > 0 ? QStringLiteral("%1 row %2 line %3").arg(r.batchId).arg(r.batchRow).arg(r.batchLine)
                         : QStringLiteral("-");
}

QString line(const HistoryRecord &r, bool withBatch)
{
    QStringList cells {QString::number(r.id),
                       r.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       r.profile,
                       r.outcome,
                       r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("-"),
                       r.action.isEmpty() ? QStringLiteral("-") : r.action,
                       r.matchValue.isEmpty() ? QStringLiteral("-") : r.matchValue,
                       r.contactId.isEmpty() ? QStringLiteral("-") : r.contactId,
                       r.errorCode.isEmpty() ? QStringLiteral("-") : r.errorCode};
    if (withBatch)
        cells << batchCell(r);
    // Each cell on its own: a tab or line break in a value (a server's contact id or error code)
    // is shown as \t or \n instead of starting a column or a row of its own.
    QStringList shown;
    for (const QString &cell : cells)
        shown << visibleText(cell);
    return shown.join(QLatin1Char('\t')) + QLatin1Char('\n');
}

// The batch column is there when a listed send belongs to a batch (always with --batch), so a
// history of single sends keeps its nine columns.
void printList(const QList<HistoryRecord> &rows)
{
    const bool withBatch
        = std::any_of(rows.cbegin(), rows.cend(), [](const HistoryRecord &r) { return r.batchId > 0; });
    printOut(QStringLiteral("id\tsent\tprofile\toutcome\thttp\taction\tmatch\tcontact\terror%1\n")
                 .arg(withBatch ? QStringLiteral("\tbatch") : QString()));
    for (const HistoryRecord &r : rows)
        printOut(line(r, withBatch));
}

void printRecord(const HistoryRecord &r)
{
    printOut(QStringLiteral("Assert %1: %2%3\n")
                 .arg(r.id)
                 .arg(r.outcome, r.httpStatus ? QStringLiteral(" (HTTP %1)").arg(r.httpStatus) : QString()));
    printOut(QStringLiteral("Profile: %1 (%2)\n").arg(r.profile, r.baseUrl));
    if (r.batchId > 0)
        printOut(QStringLiteral("Batch: %1, row %2 (line %3 of the file)\n")
                     .arg(r.batchId)
                     .arg(r.batchRow)
                     .arg(r.batchLine));
    printOut(QStringLiteral("Sent: %1\n").arg(r.sentAt.toUTC().toString(Qt::ISODateWithMs)));
    printOut(QStringLiteral("Answered: %1\n")
                 .arg(r.answeredAt.isValid() ? r.answeredAt.toUTC().toString(Qt::ISODateWithMs)
                                             : QStringLiteral("no answer")));
    printOut(QStringLiteral("Duration: %1 ms\n").arg(r.durationMs));
    if (!r.errorCode.isEmpty() || !r.errorMessage.isEmpty())
        printOut(QStringLiteral("Error: %1 %2\n").arg(r.errorCode, r.errorMessage));
    if (!r.prediction.isEmpty())
        printOut(
            QStringLiteral("Predicted: %1\n").arg(visibleText(MatchPrediction::fromJson(r.prediction).sentence())));
    if (!r.surprise.isEmpty())
        printOut(QStringLiteral("Surprise: %1\n").arg(visibleText(r.surprise)));
    printOut(QStringLiteral("\nRequest:\n"));
    const QJsonDocument request = QJsonDocument::fromJson(r.requestBody);
    printOut(request.isNull() ? QString::fromUtf8(r.requestBody) + QLatin1Char('\n')
                              : QString::fromUtf8(request.toJson(QJsonDocument::Indented)));
    printOut(QStringLiteral("\nResponse:\n"));
    if (r.responseBody.isEmpty()) {
        printOut(QStringLiteral("(none)\n"));
        return;
    }
    const AssertResponse response = AssertResponse::parse(r.responseBody, r.httpStatus);
    if (response.isValid())
        printOut(ResponseFormatter::toText(response));
    else
        printOut(QString::fromUtf8(r.responseBody.left(4000)) + QLatin1Char('\n'));
    if (r.responseTruncated)
        printOut(QStringLiteral("(the answer was %1 bytes; only part of it was kept)\n").arg(r.responseSize));
}

// The options history takes, kept together so the parsed values are read back by the same objects.
struct HistoryOptions
{
    const QCommandLineOption dataDir {QStringLiteral("data-dir"), QStringLiteral("History folder (default: XDG data)."),
                                      QStringLiteral("dir")};
    const QCommandLineOption limit {QStringLiteral("limit"), QStringLiteral("How many rows (default 50)."),
                                    QStringLiteral("N"), QStringLiteral("50")};
    const QCommandLineOption outcome {QStringLiteral("outcome"),
                                      QStringLiteral("succeeded, rejected, unknown, not sent, cancelled, interrupted."),
                                      QStringLiteral("O")};
    const QCommandLineOption profile {QStringLiteral("profile"), QStringLiteral("Only this profile."),
                                      QStringLiteral("P")};
    const QCommandLineOption action {QStringLiteral("action"), QStringLiteral("created or updated."),
                                     QStringLiteral("A")};
    const QCommandLineOption format {QStringLiteral("format"), QStringLiteral("jsonl or csv."), QStringLiteral("F")};
    const QCommandLineOption out {QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."),
                                  QStringLiteral("FILE")};
    const QCommandLineOption json {QStringLiteral("json"), QStringLiteral("For show and diff: as JSON.")};
    const QCommandLineOption surprises {QStringLiteral("surprises"),
                                        QStringLiteral("Only sends whose outcome was not the one predicted.")};
    const QCommandLineOption batch {QStringLiteral("batch"), QStringLiteral("Only the rows of this batch."),
                                    QStringLiteral("BATCH_ID")};
};

void describeHistory(QCommandLineParser &parser, const HistoryOptions &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Review the local history of every assert (it never holds a key).\n"
        "  history list [--limit N] [--outcome O] [--profile P] [--action A] [--batch ID]\n"
        "  history search TEXT      emails, names, contact ids, error codes\n"
        "  history show ID          request, typed response, timings\n"
        "  history timeline EMAIL|ID   every assert for one contact, oldest first\n"
        "  history changes CONTACT_ID  every send to one contact, newest first, with the "
        "fields it changed\n"
        "  history diff ID          each field written: before, after, kind\n"
        "  history revert ID        the body that writes back what an update changed (not "
        "sent); exit 1 when there is none\n"
        "  --surprises              with list, search, export: only sends whose outcome was "
        "not the one predicted\n"
        "  --batch BATCH_ID         with list, search, export: only the rows of one batch; a list "
        "with batch rows in it has a last column: batch, row, line of the file\n"
        "  history export --format jsonl|csv [--out FILE] [filters]\n"
        "Exit status: 0 done, 2 usage, 7 the history is damaged, was emptied or is gone, "
        "or some entries could not be read (stderr says which and how many)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list | search | show | timeline | changes | diff | revert | export"));
    parser.addOptions(
        {o.dataDir, o.limit, o.outcome, o.profile, o.action, o.format, o.out, o.json, o.surprises, o.batch});
}

std::optional<int> openStore(HistoryStore &store, HistoryReport &report)
{
    store.setProgress([](const QString &what) { printErr(what + QLatin1Char('\n')); });
    QString error;
    if (!store.open(&error)) {
        report.printNew();
        printErr(QStringLiteral("history: %1\n").arg(error));
        return ExitUsage;
    }
    report.printNew();
    return std::nullopt;
}

int listHistory(HistoryStore &store, HistoryReport &report, const HistoryFilter &filter, const QString &limit)
{
    bool ok = false;
    const int n = limit.toInt(&ok);
    if (!ok || n < 1) {
        printErr(QStringLiteral("history list: --limit must be a positive number\n"));
        return ExitUsage;
    }
    Unreadable missed;
    printList(store.list(filter, n, 0, &missed));
    return report.finish(QStringLiteral("list"), missed);
}

int searchHistory(HistoryStore &store, HistoryReport &report, HistoryFilter filter, const QStringList &pos,
                  const QString &limit)
{
    if (pos.size() < 2) {
        printErr(QStringLiteral("history search: give the text to look for\n"));
        return ExitUsage;
    }
    filter.text = pos.mid(1).join(QLatin1Char(' '));
    Unreadable missed;
    printList(store.list(filter, limit.toInt() > 0 ? limit.toInt() : 50, 0, &missed));
    return report.finish(QStringLiteral("search"), missed);
}

int showRecord(HistoryStore &store, HistoryReport &report, const QString &idText, bool json)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    Unreadable missed;
    const auto r = ok ? store.record(id, &missed) : std::nullopt;
    if (!r && missed.any()) {
        printErr(QStringLiteral("history show: %1\n").arg(missed.reason));
        report.finish(QStringLiteral("show"), {});
        return ExitHistory;
    }
    if (!r) {
        printErr(QStringLiteral("history show: there is no assert %1\n").arg(idText));
        return ExitUsage;
    }
    if (json)
        printJson(HistoryExport::toJson(*r));
    else
        printRecord(*r);
    return report.finish(QStringLiteral("show"), {});
}

int showTimeline(HistoryStore &store, HistoryReport &report, const QStringList &pos)
{
    if (pos.size() != 2) {
        printErr(QStringLiteral("history timeline: give one email or contact id\n"));
        return ExitUsage;
    }
    Unreadable missed;
    printList(store.timeline(pos.at(1), &missed));
    return report.finish(QStringLiteral("timeline"), missed);
}

// Writes to outPath (whole or not at all, readable by its owner only, like the history), or to
// standard output without one. Returns how many asserts were written, or -1 after printing why
// none were.
qsizetype writeExport(const HistoryStore &store, const QList<qint64> &ids, HistoryExport::Format format,
                      const std::optional<QString> &outPath, Unreadable *missed)
{
    QString error;
    if (outPath) {
        QSaveFile file(*outPath);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            printErr(QStringLiteral("history export: cannot write %1: %2\n").arg(*outPath, file.errorString()));
            return -1;
        }
        const qsizetype written = HistoryExport::write(store, ids, format, &file, &error, missed);
        if (written < 0 || !file.commit()) {
            printErr(QStringLiteral("history export: %1\n").arg(error.isEmpty() ? file.errorString() : error));
            return -1;
        }
        return written;
    }
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    const qsizetype written = HistoryExport::write(store, ids, format, &stdoutFile, &error, missed);
    if (written < 0) {
        printErr(QStringLiteral("history export: %1\n").arg(error));
        return -1;
    }
    return written;
}

int exportHistory(HistoryStore &store, HistoryReport &report, const HistoryFilter &filter, const QString &format,
                  const std::optional<QString> &outPath)
{
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv")) {
        printErr(QStringLiteral("history export: --format must be jsonl or csv\n"));
        return ExitUsage;
    }
    Unreadable fromIds;
    const QList<qint64> ids = store.ids(filter, &fromIds);
    const auto fmt = format == QLatin1String("csv") ? HistoryExport::Format::Csv : HistoryExport::Format::JsonLines;
    Unreadable fromRows;
    const qsizetype written = writeExport(store, ids, fmt, outPath, &fromRows);
    if (written < 0)
        return ExitUsage;
    const Unreadable missed = fromRows.any() ? fromRows : fromIds;
    if (missed.any())
        printErr(QStringLiteral("Exported %1 assert(s), not all of the history: see below.\n").arg(written));
    else
        printErr(QStringLiteral("Exported %1 assert(s).\n").arg(written));
    return report.finish(QStringLiteral("export"), missed);
}

} // namespace

int runHistory(const QStringList &args)
{
    QCommandLineParser parser;
    const HistoryOptions o;
    describeHistory(parser, o);
    if (const auto done = parseCommand(parser, args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    const QStringList verbs {QStringLiteral("list"),     QStringLiteral("search"), QStringLiteral("show"),
                             QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("changes"),
                             QStringLiteral("diff"),     QStringLiteral("revert")};
    if (!verbs.contains(verb)) {
        printErr(parser.helpText());
        return ExitUsage;
    }
    HistoryStore store(parser.isSet(o.dataDir) ? parser.value(o.dataDir) : HistoryStore::defaultDataDir());
    HistoryReport report(store);
    if (const auto failed = openStore(store, report))
        return *failed;

    HistoryFilter filter;
    filter.outcome = parser.value(o.outcome);
    filter.profile = parser.value(o.profile);
    filter.action = parser.value(o.action);
    filter.surprises = parser.isSet(o.surprises);
    if (parser.isSet(o.batch)) {
        bool ok = false;
        filter.batchId = parser.value(o.batch).toLongLong(&ok);
        if (!ok || filter.batchId <= 0) {
            printErr(QStringLiteral("history: --batch takes a batch id (the first line a batch printed)\n"));
            return ExitUsage;
        }
    }
    if (verb == QLatin1String("list"))
        return listHistory(store, report, filter, parser.value(o.limit));
    if (verb == QLatin1String("search"))
        return searchHistory(store, report, filter, pos, parser.value(o.limit));
    if (verb == QLatin1String("show"))
        return showRecord(store, report, pos.value(1), parser.isSet(o.json));
    if (verb == QLatin1String("timeline"))
        return showTimeline(store, report, pos);
    if (verb == QLatin1String("changes"))
        return showChanges(store, report, pos);
    if (verb == QLatin1String("diff"))
        return showDiff(store, report, pos.value(1), parser.isSet(o.json));
    if (verb == QLatin1String("revert"))
        return showRevert(store, report, pos.value(1));
    return exportHistory(store, report, filter, parser.value(o.format),
                         parser.isSet(o.out) ? std::optional(parser.value(o.out)) : std::nullopt);
}

} // namespace AssertDesk::Cli
