#pragma once

#include "batchrow.h"
#include "batchsummary.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "fieldcatalogue.h"
#include "rowchecker.h"

#include <functional>

class QIODevice;

namespace AssertDesk::Batch {

// A whole CSV file read, mapped and checked row by row: the command line's dry run, and what the
// window's batch view runs on a worker thread (progress from bytesRead(), cancel() from the UI
// thread). Nothing of the file is kept but what the handlers keep: a few batches of rows are in
// flight at a time.
class BatchScan final
{
public:
    using RowHandler = std::function<bool(const BatchRow &row)>;           // false stops the scan
    using EarlierHandler = std::function<void(const RowProblem &problem)>; // a row now repeated

    BatchScan(QIODevice *device, CsvReader::Options csv,
              Contract::FieldCatalogue catalogue = Contract::FieldCatalogue::builtIn());

    // Reads the header row and maps its columns by name; false with error(). Then the caller
    // applies a person's choices to mapping() and chooses the match column before run().
    bool readHeader();
    ColumnMapping &mapping() { return m_mapping; }
    const Contract::FieldCatalogue &catalogue() const { return m_catalogue; }

    // Threads that map and check rows (0, the default: defaultThreads()). The rows still come to
    // the handlers in file order, on the thread that calls run().
    void setThreads(int threads) { m_threads = threads; }
    // On up to two cores, 1 (the rows are checked on the reading thread); else one per core.
    static int defaultThreads();

    // Every row to the end of the file. False on a reading error (error() says where; the rows
    // before it were handed out and counted) or when cancelled or stopped.
    bool run(bool emptyClears, const RowHandler &onRow, const EarlierHandler &onEarlier = {});

    // The counts so far: from the handlers, or once run() has returned (not from another thread
    // while it runs; bytesRead() is for that).
    const BatchSummary &summary() const { return m_checker.summary(); }
    const CsvError &error() const { return m_reader.error(); }
    char delimiter() const { return m_reader.delimiter(); }
    bool hadByteOrderMark() const { return m_reader.hadByteOrderMark(); }
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    qint64 totalBytes() const { return m_reader.totalBytes(); }
    void cancel() { m_reader.cancel(); }

private:
    CsvReader m_reader;
    Contract::FieldCatalogue m_catalogue;
    ColumnMapping m_mapping;
    RowChecker m_checker;
    int m_threads = 0;
};

} // namespace AssertDesk::Batch
