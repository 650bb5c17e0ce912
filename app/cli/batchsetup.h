#pragma once

#include "batchoptions.h"
#include "batchreport.h"

#include "batchrecord.h"
#include "batchrow.h"
#include "batchscan.h"
#include "batchsummary.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

class QCommandLineParser;

// What the batch commands share: reading the file, mapping its columns and checking every row.
namespace AssertDesk::Cli {

std::optional<char> parseDelimiter(const QString &text);
bool openInput(QFile &file, const QString &path, QString *error);
// The saved mapping for this header set, the map file over it and --match over both; saved again
// when the map file or --match changed it.
bool resolveMapping(Batch::BatchScan &scan, const QCommandLineParser &parser, const BatchOptions &o,
                    BatchReport &report, QString *error);
// The mapping a batch was sent with, put back on a scan of its file (for resume and retry).
bool restoreMapping(Batch::BatchScan &scan, const History::BatchRecord &batch, QString *error);
// The mapping as a map file writes it, with its match column: what a batch keeps.
QByteArray mappingJson(const Batch::ColumnMapping &mapping);

// The size and SHA-256 of a file, read in chunks.
bool fingerprint(const QString &path, qint64 *size, QByteArray *sha256, QString *error);

// Where each row stands after the check of the whole file: a status per row (by row number - 1),
// the line each row starts on, and the first error of each invalid or repeated row. Kept small:
// no request is kept.
struct FileCheck
{
    Batch::BatchSummary summary;
    std::vector<Batch::BatchRow::Status> status;
    std::vector<qint64> lines;
    QHash<qint64, QString> firstProblem;     // by row
    QHash<qint64, QString> firstProblemCode; // by row: the validator's code, or repeated_match_key
    qint64 rowAtLine(qint64 line) const;     // 0 when no row starts there
    bool isValid(qint64 row) const
    {
        return row >= 1 && row <= qint64(status.size()) && status[size_t(row - 1)] == Batch::BatchRow::Status::Valid;
    }
};
// Runs the scan, filling `check` and `report`; false (with the reader's message) on a file that
// cannot be read to its end.
bool checkRows(Batch::BatchScan &scan, bool emptyClears, BatchReport &report, FileCheck &check, QString *error);

} // namespace AssertDesk::Cli
