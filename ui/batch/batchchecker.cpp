#include "batchchecker.h"

#include "batchscan.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace AssertDesk::Ui {

using namespace AssertDesk::Batch;

namespace {

// A batch goes to the window at this many rows or after this long, whichever comes first. Taking
// a batch is cheap; what costs is the repaint of the tables each one brings (measured with
// bench_batchview: at 25 batches a second the painting alone kept the window's thread busy),
// so ten a second, which still shows the rows growing.
constexpr qsizetype kFlushRows = 5000;
constexpr qint64 kFlushMs = 100;

// Nice 10 for the thread that reads the file and for the scan's workers it starts (threads
// inherit it): on a busy machine the window's own thread, which paints and answers the person,
// gets the processor first, and the check takes what is left. Raising one's own nice value needs
// no privilege; it is never lowered again, which is why the check has a thread of its own rather
// than one of a shared pool.
void lowerPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

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
    m_thread = std::thread([job, this, generation] {
        lowerPriority();
        run(job, this, generation);
    });
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
    if (m_thread.joinable())
        m_thread.join();
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
        pending.cells.squeeze();
        pending.bytesRead = scan.bytesRead();
        pending.totalBytes = scan.totalBytes();
        QMetaObject::invokeMethod(
            receiver,
            [receiver, generation, batch = std::move(pending)]() mutable { receiver->deliver(generation, batch); },
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
        // Both readers skip the same blank lines, so the next record is this row's.
        while (record.line < row.line && job->cells->next(record)) { }
        if (record.line == row.line)
            c.pack(pending.cells, record.fields);
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

void BatchChecker::deliver(quint64 generation, CheckedBatch &batch)
{
    if (generation == m_generation)
        Q_EMIT checked(batch);
}

void BatchChecker::finish(quint64 generation, const Result &result)
{
    if (generation != m_generation)
        return;
    m_running = false;
    // This was the thread's last act: it ends at once.
    if (m_thread.joinable())
        m_thread.join();
    m_job.reset();
    Q_EMIT finished(result);
}

} // namespace AssertDesk::Ui
