#pragma once

#include "batchrow.h"
#include "batchrunner.h"
#include "columnmapping.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <vector>

namespace AssertDesk::Ui {

// A batch's file read and checked once more just before it is previewed or sent, with the
// mapping the view shows: what each row is now (by row number - 1), so that only valid rows go,
// and what the history keeps of the file (size, SHA-256). Kept small: no request is kept. Run
// on a worker thread; `stop` set from another thread ends it early.
struct BatchFileCheck
{
    QString error; // the file could not be read, or the mapping does not apply to it
    Batch::ColumnMapping mapping;
    char delimiter = ',';
    std::vector<Batch::BatchRow::Status> status;
    std::vector<qint64> lines;
    qint64 invalid = 0;
    qint64 repeated = 0;
    qint64 size = 0;
    QByteArray sha256; // hex
    bool cancelled = false;

    static BatchFileCheck run(const BatchRunner::Job &job, const std::atomic_bool &stop);

    qint64 rows() const { return qint64(status.size()); }
    qint64 valid() const;
    bool isValid(qint64 row) const;
    qint64 rowAtLine(qint64 line) const; // 0 when no row starts there
};

} // namespace AssertDesk::Ui
