#pragma once

#include <QString>

namespace AssertDesk::Batch {

// Why a file could not be read as CSV, and where: the physical line, counting the line breaks
// inside quoted cells, so an editor's "go to line" lands on it.
struct CsvError
{
    enum class Code {
        None,
        Unreadable,        // the file could not be opened or read
        Empty,             // no header row
        Binary,            // a NUL byte, or a spreadsheet's own format
        Utf16,             // a UTF-16 byte-order mark
        InvalidUtf8,       // bytes that are not UTF-8 (often a file saved as Windows-1252)
        StrayQuote,        // a quote inside an unquoted cell, or text after a closing quote
        UnterminatedQuote, // a quoted cell still open at the end of the file
        FieldTooLong,      // a cell beyond the reader's limit (usually a quote never closed)
        TooManyColumns,    // a header beyond the reader's limit
        FieldCount,        // a row with more or fewer cells than the header
        Cancelled,         // stopped on request
    };

    Code code = Code::None;
    qint64 line = 0;
    QString message; // what a person reads; starts with "Line N: " when there is a line

    bool isError() const { return code != Code::None; }
    // A stable machine name ("invalid_utf8") for --json output and tests.
    QString codeName() const;
    static CsvError at(Code code, qint64 line, const QString &what);
};

} // namespace AssertDesk::Batch
