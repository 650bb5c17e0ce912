#include "batchscan.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace AssertDesk::Batch;

// Any file a person might pass to `batch`: read it, map its header, check every row. The first
// byte picks the reader's chunk size (so cells, CRLF pairs and UTF-8 characters are cut at every
// place), a given delimiter or detection, and whether empty cells clear; small caps keep a
// runaway cell from hiding the rest of the reader.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t knobs = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.chunkBytes = 1 + (knobs & 0x1F);
    options.delimiter = (knobs & 0x20) ? ';' : 0;
    options.maxFieldBytes = 4096;
    options.maxColumns = 64;
    BatchScan scan(&buffer, options);
    scan.setThreads(1);
    if (!scan.readHeader())
        return 0;
    QString error;
    // Without an email column to match on, the first column is the match: the rows are still checked.
    if (!scan.mapping().chooseMatch(QString(), scan.catalogue(), &error))
        (void)scan.mapping().chooseMatch(scan.mapping().header().value(0), scan.catalogue(), &error);
    (void)scan.mapping().check(&error);
    (void)scan.run((knobs & 0x40) != 0, [](const BatchRow &row) { return row.number < 10000; });
    return 0;
}
