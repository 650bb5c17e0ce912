#include "batchchecker.h"

#include "batchscan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace AssertDesk::Ui {

using namespace AssertDesk::Batch;

namespace {

// A batch goes to the window at this many rows or after this long, whichever comes first: the
// window takes a batch in well under a millisecond, and the rows table grows visibly.
constexpr qsizetype kFlushRows = 1000;
constexpr qint64 kFlushMs = 40;

} // namespace

// The scan reads the file for the check; a second reader over the same file, in step with it,
// gives each row's cells for the rows table (BatchScan keeps no text of a row).
struct BatchChecker::Job
{
    QFile file;
    QFile cellsFile;
    std::unique_ptr<BatchScan> scan;
    std::unique_ptr<CsvReader> cells;
    bool emptyClears = false;
};

BatchChecker::BatchChecker(QObject *parent)
    : QObject(parent)
{
}

BatchChecker::~BatchChecker()
{
    stop();
}

bool BatchChecker::start(const QString &path, const CsvReader::Options &csv, const ColumnMapping &mapping,
                         const Contract::FieldCatalogue &catalogue, bool emptyClears, QString *error)
{
    stop();
    auto job = std::make_shared<Job>();
    job->file.setFileName(path);
    job->cellsFile.setFileName(path);
    if (!job->file.open(QIODevice::ReadOnly) || !job->cellsFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, job->file.errorString());
        return false;
    }
    job->scan = std::make_unique<BatchScan>(&job->file, csv, catalogue);
    if (!job->scan->readHeader()) {
        *error = job->scan->error().message;
        return false;
    }
    if (job->scan->mapping().header() != mapping.header()) {
        *error = tr("The file's columns changed since it was opened: open it again.");
        return false;
    }
    job->scan->mapping() = mapping;
    CsvReader::Options cellOptions = csv;
    cellOptions.delimiter = job->scan->delimiter();
    job->cells = std::make_unique<CsvReader>(&job->cellsFile, cellOptions);
    CsvRecord header;
    job->cells->next(header);
    job->emptyClears = emptyClears;
    m_job = job;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_future = QtConcurrent::run([job, this, generation] { run(job, this, generation); });
    return true;
}

void BatchChecker::cancel()
{
    if (m_job)
        m_job->scan->cancel();
}

void BatchChecker::stop()
{
    if (m_job)
        m_job->scan->cancel();
    m_future.waitForFinished();
    m_job.reset();
    m_running = false;
    // What the stopped check still has on its way is dropped on arrival.
    ++m_generation;
}

// On the worker thread: everything the window gets is posted to `receiver`, which waits for this
// in its destructor, so it outlives the posting.
void BatchChecker::run(const std::shared_ptr<Job> &job, BatchChecker *receiver, quint64 generation)
{
    BatchScan &scan = *job->scan;
    CheckedBatch pending;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    const auto flush = [&] {
        pending.bytesRead = scan.bytesRead();
        pending.totalBytes = scan.totalBytes();
        QMetaObject::invokeMethod(
            receiver, [receiver, generation, batch = std::move(pending)] { receiver->deliver(generation, batch); },
            Qt::QueuedConnection);
        pending = CheckedBatch();
        sinceFlush.restart();
    };
    CsvRecord record;
    const auto onRow = [&](const BatchRow &row) {
        CheckedRow c;
        c.line = row.line;
        c.number = row.number;
        c.status = row.status;
        c.problems = row.problems;
        c.matchValue = row.request.matchValue();
        // Both readers skip the same blank lines, so the next record is this row's.
        while (record.line < row.line && job->cells->next(record)) { }
        if (record.line == row.line)
            c.cells = CheckedRow::pack(record.fields);
        pending.rows.append(std::move(c));
        if (pending.rows.size() >= kFlushRows || sinceFlush.elapsed() >= kFlushMs)
            flush();
        return true;
    };
    const auto onEarlier = [&](const RowProblem &problem) { pending.earlier.append(problem); };
    scan.run(job->emptyClears, onRow, onEarlier);
    flush();
    const Result result {scan.summary(), scan.error(), scan.delimiter(), scan.hadByteOrderMark()};
    QMetaObject::invokeMethod(
        receiver, [receiver, generation, result] { receiver->finish(generation, result); }, Qt::QueuedConnection);
}

void BatchChecker::deliver(quint64 generation, const CheckedBatch &batch)
{
    if (generation == m_generation)
        Q_EMIT checked(batch);
}

void BatchChecker::finish(quint64 generation, const Result &result)
{
    if (generation != m_generation)
        return;
    m_running = false;
    m_job.reset();
    Q_EMIT finished(result);
}

} // namespace AssertDesk::Ui
