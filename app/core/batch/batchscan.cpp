#include "batchscan.h"

#include "rowmapper.h"

#include <QThread>
#include <QThreadPool>

#include <chrono>
#include <deque>
#include <future>
#include <memory>

namespace AssertDesk::Batch {

namespace {

// Rows handed to a worker at a time: enough to make handing them over cheap beside the work, few
// enough that the rows in flight stay small (a few MB).
constexpr qsizetype kBatchRows = 512;

struct Checked
{
    BatchRow row;
    QString matchValue;
};

QList<Checked> checkRecords(const RowChecker &checker, const RowMapper &mapper, QList<CsvRecord> records,
                            qint64 firstNumber)
{
    QList<Checked> out;
    out.reserve(records.size());
    for (CsvRecord &r : records) {
        Checked c;
        c.row.line = r.line;
        c.row.number = firstNumber++;
        const QJsonObject body = mapper.body(r.fields);
        c.row.request = Contract::AssertRequest::fromJson(body);
        checker.validate(c.row, body, mapper, r.fields);
        c.matchValue = mapper.matchValue(r.fields);
        out.append(std::move(c));
    }
    return out;
}

template<typename Work> std::future<QList<Checked>> submit(QThreadPool &pool, Work work)
{
    auto task = std::make_shared<std::packaged_task<QList<Checked>()>>(std::move(work));
    std::future<QList<Checked>> result = task->get_future();
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

// The file is read on this thread; mapping and validating, most of the work, run on worker
// threads a batch of rows at a time; the rows come back in file order for the repeat check and
// the handlers, which run on this thread.
bool BatchScan::run(bool emptyClears, const RowHandler &onRow, const EarlierHandler &onEarlier)
{
    const RowMapper mapper(m_mapping, m_catalogue, emptyClears);
    const QString matchColumn = mapper.columnFor(QStringLiteral("/match"), {});
    const qsizetype threads = m_threads > 0 ? m_threads : QThread::idealThreadCount();
    bool stopped = false;
    const auto hand = [&](QList<Checked> rows) {
        for (Checked &c : rows) {
            if (stopped)
                return;
            const std::optional<RowProblem> earlier = m_checker.count(c.row, c.matchValue, matchColumn);
            if (earlier && onEarlier)
                onEarlier(*earlier);
            stopped = onRow && !onRow(c.row);
        }
    };
    std::deque<std::future<QList<Checked>>> pending;
    // The scan's own threads, kept for the whole file (a thread per batch would set up Qt's and
    // PCRE's per-thread state each time); declared after the mapper, so its destructor waits for
    // the work that uses the mapper.
    QThreadPool pool;
    pool.setMaxThreadCount(int(threads));
    qint64 number = 0;
    bool more = true;
    while (more && !stopped) {
        QList<CsvRecord> records;
        records.reserve(kBatchRows);
        CsvRecord record;
        while (records.size() < kBatchRows && (more = m_reader.next(record)))
            records.append(std::move(record));
        if (!records.isEmpty()) {
            const qint64 first = number + 1;
            number += records.size();
            if (threads <= 1)
                hand(checkRecords(m_checker, mapper, std::move(records), first));
            else
                pending.push_back(submit(pool, [this, &mapper, batch = std::move(records), first]() mutable {
                    return checkRecords(m_checker, mapper, std::move(batch), first);
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
