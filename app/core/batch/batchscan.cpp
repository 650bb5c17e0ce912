#include "batchscan.h"

#include "rowmapper.h"

#include <QThread>
#include <QThreadPool>

#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <vector>

namespace AssertDesk::Batch {

namespace {

// Rows checked at a time. A row's cells, request and problems are about a hundred small blocks
// that live from its check until it is handed out: a batch whose rows stay in the CPU's cache
// and in glibc's per-thread free lists is cheap to make and to free, while 512 rows (well over
// a megabyte) cost a quarter of a one-thread scan's CPU in malloc, free and cache misses. Alone,
// a few rows at a time; with workers, enough that handing a batch over (a task, a future) stays
// small beside checking it (about 13 us a row).
constexpr qsizetype kBatchRowsAlone = 8;
constexpr qsizetype kBatchRowsShared = 64;

struct Checked
{
    BatchRow row;
    QString matchValue;
};

// One batch on its way: the records read, then the rows checked. The lists go back and forth
// between the reader and the workers and are filled again, not allocated for every batch: a
// list of this size is a large block, and glibc tidies all its small free blocks before handing
// one out, which was a twentieth of the scan.
struct Batch
{
    QList<CsvRecord> records;
    QList<Checked> rows;
    qint64 firstNumber = 0;
};

Batch checkRecords(const RowChecker &checker, const RowMapper &mapper, Batch batch)
{
    batch.rows.reserve(batch.records.size());
    qint64 number = batch.firstNumber;
    for (const CsvRecord &r : std::as_const(batch.records)) {
        Checked c;
        c.row.line = r.line;
        c.row.number = number++;
        const QJsonObject body = mapper.body(r.fields);
        c.row.request = Contract::AssertRequest::fromJson(body);
        checker.validate(c.row, body, mapper, r.fields);
        c.matchValue = mapper.matchValue(r.fields);
        batch.rows.append(std::move(c));
    }
    batch.records.clear(); // keeps its room for the next batch
    return batch;
}

template<typename Work> std::future<Batch> submit(QThreadPool &pool, Work work)
{
    auto task = std::make_shared<std::packaged_task<Batch()>>(std::move(work));
    std::future<Batch> result = task->get_future();
    pool.start([task] { (*task)(); });
    return result;
}

} // namespace

BatchScan::BatchScan(QIODevice *device, CsvReader::Options csv, Contract::FieldCatalogue catalogue)
    : m_reader(device, csv)
    , m_catalogue(std::move(catalogue))
    , m_checker(Contract::RequestValidator(m_catalogue))
{
}

bool BatchScan::readHeader()
{
    CsvRecord header;
    if (!m_reader.next(header))
        return false;
    m_mapping = ColumnMapping::automatic(header.fields, m_catalogue);
    return true;
}

// Measured on 2 cores (100,000 rows, bench_batch): handing rows to worker threads costs more than
// it gives. A row's many small blocks are made on one thread and freed on another, which glibc
// pays for: two workers took 1.8-3.3 s of CPU where the reading thread alone took 1.3-1.7 s, and
// 1.6-1.8 s wall on a quiet machine against 1.3-1.5 s (with a core busy elsewhere they were
// sometimes sooner, for half again the CPU); one worker beside the reader took 3.9 s of CPU. More
// cores are not measured here: they keep a worker per core.
int BatchScan::defaultThreads()
{
    const int cores = QThread::idealThreadCount();
    return cores <= 2 ? 1 : cores;
}

// The file is read on this thread; mapping and validating, most of the work, run on worker
// threads a batch of rows at a time; the rows come back in file order for the repeat check and
// the handlers, which run on this thread.
bool BatchScan::run(bool emptyClears, const RowHandler &onRow, const EarlierHandler &onEarlier)
{
    const RowMapper mapper(m_mapping, m_catalogue, emptyClears);
    const QString matchColumn = mapper.columnFor(QStringLiteral("/match"), {});
    const qsizetype threads = m_threads > 0 ? m_threads : defaultThreads();
    const qsizetype batchRows = threads <= 1 ? kBatchRowsAlone : kBatchRowsShared;
    bool stopped = false;
    std::vector<Batch> spare; // batches handed out, their lists' room kept for the next ones
    const auto hand = [&](Batch batch) {
        for (Checked &c : batch.rows) {
            if (stopped)
                break;
            const std::optional<RowProblem> earlier = m_checker.count(c.row, c.matchValue, matchColumn);
            if (earlier && onEarlier)
                onEarlier(*earlier);
            stopped = onRow && !onRow(c.row);
        }
        batch.rows.clear();
        spare.push_back(std::move(batch));
    };
    std::deque<std::future<Batch>> pending;
    // The scan's own threads, kept for the whole file (a thread per batch would set up Qt's and
    // PCRE's per-thread state each time); declared after the mapper, so its destructor waits for
    // the work that uses the mapper.
    QThreadPool pool;
    pool.setMaxThreadCount(int(threads));
    qint64 number = 0;
    bool more = true;
    while (more && !stopped) {
        Batch batch;
        if (!spare.empty()) {
            batch = std::move(spare.back());
            spare.pop_back();
        }
        batch.records.reserve(batchRows);
        CsvRecord record;
        while (batch.records.size() < batchRows && (more = m_reader.next(record)))
            batch.records.append(std::move(record));
        if (!batch.records.isEmpty()) {
            batch.firstNumber = number + 1;
            number += batch.records.size();
            if (threads <= 1)
                hand(checkRecords(m_checker, mapper, std::move(batch)));
            else
                pending.push_back(submit(pool, [this, &mapper, batch = std::move(batch)]() mutable {
                    return checkRecords(m_checker, mapper, std::move(batch));
                }));
        }
        // Batches done are handed out at once; the reader waits only when it is a batch per
        // worker ahead, so a worker finds the next batch read when it finishes one.
        while (!pending.empty()
               && (qsizetype(pending.size()) > threads || !more || stopped
                   || pending.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
            hand(pending.front().get());
            pending.pop_front();
        }
    }
    return !stopped && !m_reader.error().isError();
}

} // namespace AssertDesk::Batch
