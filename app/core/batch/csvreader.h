#pragma once

#include "csverror.h"
#include "csvrecord.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>

class QIODevice;

namespace AssertDesk::Batch {

// Reads CSV as people have it, one record at a time, in chunks: a file of a million rows never
// sits in memory as text. RFC 4180 quoting (delimiters, doubled quotes and line breaks inside
// quotes), UTF-8 with or without a byte-order mark, a comma, semicolon or tab (detected from the
// start of the file unless given, or named by Excel's "sep=;" first line), CRLF, LF or CR alone
// (Excel's "CSV (Macintosh)"). The first record is the header; every other one must have as many
// cells. Rows whose cells are all empty are skipped, like blank lines. Spaces around an unquoted
// cell are not part of it (libcsv's rule); inside quotes they are.
//
// Made and read on one thread (a worker's, for a large file); bytesRead() and cancel() may be
// called from any other.
class CsvReader final
{
public:
    struct Options
    {
        char delimiter = 0; // 0: detected from the start of the file
        // Caps that keep a broken file from taking the memory: a quote never closed makes one
        // cell of the rest of the file.
        qsizetype maxFieldBytes = 1024 * 1024;
        int maxColumns = 1000;
        qsizetype chunkBytes = 64 * 1024;
    };

    explicit CsvReader(QIODevice *device); // open for reading
    CsvReader(QIODevice *device, Options options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record (the header first). False at the end of the file, with error() clear, or
    // on an error, which ends the reading.
    bool next(CsvRecord &record);
    const CsvError &error() const;

    char delimiter() const; // known once next() has been called
    bool hadByteOrderMark() const;
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_totalBytes; } // -1 when not known (a pipe)
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

    // The delimiter of the first record: the most frequent of comma, semicolon and tab outside
    // quotes (a comma when none is there or on a tie).
    static char detectDelimiter(QByteArrayView start);
    static QString delimiterName(char delimiter);

private:
    struct State; // what libcsv's callbacks fill; defined with them
    static void onField(void *text, size_t size, void *data);
    static void onRecordEnd(int terminator, void *data);

    bool start();
    char skipSeparatorLine();
    bool readChunk();
    bool feedSegment();
    bool checkText(const char *data, qsizetype size);
    bool finish();

    QIODevice *m_device;
    Options m_options;
    std::unique_ptr<State> m_state;
    std::atomic<qint64> m_bytesRead {0};
    qint64 m_totalBytes = -1;
    std::atomic<bool> m_cancel {false};
};

} // namespace AssertDesk::Batch
