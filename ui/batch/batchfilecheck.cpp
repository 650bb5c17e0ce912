#include "batchfilecheck.h"

#include "batchscan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace AssertDesk::Ui {

using Batch::BatchRow;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssertDesk::Ui::BatchFileCheck)
};

bool fingerprint(const QString &path, BatchFileCheck &check)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        check.error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    check.size = file.size();
    check.sha256 = hash.result().toHex();
    return true;
}

bool mapColumns(Batch::BatchScan &scan, const BatchRunner::Job &job, QString *error)
{
    if (!scan.readHeader()) {
        *error = scan.error().message;
        return false;
    }
    QStringList notes;
    Batch::ColumnMapping &mapping = scan.mapping();
    return mapping.apply(job.choices, scan.catalogue(), &notes, error)
        && mapping.chooseMatch(job.choices.match(), scan.catalogue(), error) && mapping.check(error);
}

} // namespace

BatchFileCheck BatchFileCheck::run(const BatchRunner::Job &job, const std::atomic_bool &stop)
{
    BatchFileCheck check;
    if (!fingerprint(job.path, check))
        return check;
    QFile file(job.path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.error = Tr::tr("Cannot read %1: %2").arg(job.path, file.errorString());
        return check;
    }
    Batch::CsvReader::Options csv;
    csv.delimiter = job.delimiter;
    Batch::BatchScan scan(&file, csv);
    if (!mapColumns(scan, job, &check.error))
        return check;
    const bool read = scan.run(
        job.emptyClears,
        [&](const BatchRow &row) {
            check.status.push_back(row.status);
            check.lines.push_back(row.line);
            return !stop.load();
        },
        [&](const Batch::RowProblem &earlier) {
            // A row taken for valid turns out to share its match key with a later one.
            const qint64 row = check.rowAtLine(earlier.line);
            if (row > 0 && check.status[size_t(row - 1)] == BatchRow::Status::Valid)
                check.status[size_t(row - 1)] = BatchRow::Status::Repeated;
        });
    check.cancelled = stop.load();
    if (!read && !check.cancelled)
        check.error = scan.error().message;
    check.mapping = scan.mapping();
    check.delimiter = scan.delimiter();
    check.invalid = scan.summary().invalid;
    check.repeated = scan.summary().repeated;
    return check;
}

qint64 BatchFileCheck::valid() const
{
    return qint64(std::count(status.cbegin(), status.cend(), BatchRow::Status::Valid));
}

bool BatchFileCheck::isValid(qint64 row) const
{
    return row >= 1 && row <= rows() && status[size_t(row - 1)] == BatchRow::Status::Valid;
}

qint64 BatchFileCheck::rowAtLine(qint64 line) const
{
    const auto at = std::lower_bound(lines.cbegin(), lines.cend(), line);
    return at != lines.cend() && *at == line ? qint64(at - lines.cbegin()) + 1 : 0;
}

} // namespace AssertDesk::Ui
