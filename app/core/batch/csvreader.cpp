#include "csvreader.h"

#include "utf8check.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <csv.h>

#include <cstring>

namespace AssertDesk::Batch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

using Code = CsvError::Code;

constexpr qsizetype kDetectBytes = 64 * 1024;

} // namespace

// libcsv reports through callbacks: they fill this, and the reader hands out what is ready.
struct CsvReader::State
{
    csv_parser parser {};
    QByteArray chunk;
    qsizetype pos = 0; // first byte of the chunk not yet fed
    bool started = false;
    bool endOfFile = false;
    bool finished = false;
    bool bom = false;
    char delimiter = ',';
    char lineEnd = '\n';        // '\r' in a file saved as "CSV (Macintosh)", which has no other
    qint64 line = 1;            // physical line of the bytes being fed
    bool awaitingRecord = true; // between records: the next content starts one
    qint64 recordLine = 0;      // where the record being read started
    QStringList fields;
    qsizetype expected = -1; // cells per record, once the header is read
    int maxColumns = 0;
    QList<CsvRecord> ready;
    CsvError error;
    Utf8Check utf8;

    void fail(Code code, qint64 at, const QString &what)
    {
        if (!error.isError())
            error = CsvError::at(code, at, what);
    }
};

void CsvReader::onField(void *text, size_t size, void *data)
{
    auto *s = static_cast<CsvReader::State *>(data);
    if (s->error.isError())
        return;
    if (s->awaitingRecord) {
        // A record that starts after a bare carriage return, on the same physical line.
        s->recordLine = s->line;
        s->awaitingRecord = false;
    }
    if (s->expected >= 0 && s->fields.size() >= s->expected) {
        s->fail(Code::FieldCount, s->recordLine,
                tr("this row has more cells than the header's %1 columns; a cell holding the delimiter "
                   "(%2) must be in quotes.")
                    .arg(s->expected)
                    .arg(CsvReader::delimiterName(s->delimiter)));
        return;
    }
    if (s->expected < 0 && s->fields.size() >= s->maxColumns) {
        s->fail(Code::TooManyColumns, s->recordLine,
                tr("the header has more than %1 columns; this is not a list of contacts.").arg(s->maxColumns));
        return;
    }
    const char *bytes = static_cast<const char *>(text);
    QString cell = QString::fromUtf8(bytes, static_cast<qsizetype>(size));
    // A line break inside quotes is kept as "\n", whichever line end the file uses.
    if (std::memchr(bytes, '\r', size))
        cell.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    s->fields.append(std::move(cell));
}

void CsvReader::onRecordEnd(int, void *data)
{
    auto *s = static_cast<CsvReader::State *>(data);
    s->awaitingRecord = true;
    if (s->error.isError())
        return;
    if (s->expected < 0) {
        s->expected = s->fields.size();
    } else if (s->fields.size() != s->expected) {
        s->fail(Code::FieldCount, s->recordLine,
                tr("the header has %1 columns, this row %2.").arg(s->expected).arg(s->fields.size()));
        return;
    } else if (std::all_of(s->fields.cbegin(), s->fields.cend(), [](const QString &f) { return f.isEmpty(); })) {
        s->fields.clear(); // a spreadsheet's trailing ",,," rows: nothing in them
        return;
    }
    s->ready.append(CsvRecord {s->recordLine, std::move(s->fields)});
    s->fields = QStringList();
    s->fields.reserve(s->expected);
}

namespace {

// Whether a piece of a line holds anything libcsv does not skip between records.
bool hasContent(const char *data, qsizetype size, char delimiter)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\r' || c == '\n' || ((c == ' ' || c == '\t') && c != delimiter))
            continue;
        return true;
    }
    return false;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options {})
{
}

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
    , m_state(std::make_unique<State>())
{
    csv_init(&m_state->parser, CSV_STRICT | CSV_STRICT_FINI);
    // libcsv grows a cell's buffer by this step each time; the default (128 bytes) makes a long
    // cell cost many reallocations.
    csv_set_blk_size(&m_state->parser, 4096);
    m_state->maxColumns = m_options.maxColumns;
    if (m_device && !m_device->isSequential())
        m_totalBytes = m_device->size();
}

CsvReader::~CsvReader()
{
    csv_free(&m_state->parser);
}

const CsvError &CsvReader::error() const
{
    return m_state->error;
}

char CsvReader::delimiter() const
{
    return m_state->delimiter;
}

bool CsvReader::hadByteOrderMark() const
{
    return m_state->bom;
}

bool CsvReader::next(CsvRecord &record)
{
    State &s = *m_state;
    while (s.ready.isEmpty()) {
        if (s.error.isError() || s.finished)
            return false;
        if (m_cancel.load(std::memory_order_relaxed)) {
            s.fail(Code::Cancelled, 0, tr("Reading was cancelled."));
            return false;
        }
        if (!s.started && !start())
            return false;
        if (s.pos >= s.chunk.size()) {
            if (s.endOfFile) {
                if (!finish())
                    return false;
                continue;
            }
            if (!readChunk())
                return false;
            continue;
        }
        if (!feedSegment())
            return false;
    }
    record = s.ready.takeFirst();
    return true;
}

// The first chunk says what the file is: its byte-order mark, a format that is not text, and
// the delimiter when none was given.
bool CsvReader::start()
{
    State &s = *m_state;
    s.started = true;
    if (!m_device || !m_device->isReadable()) {
        s.fail(Code::Unreadable, 0, tr("The file cannot be read."));
        return false;
    }
    if (!readChunk())
        return false;
    // The byte-order mark, a file's signature and the header's delimiters are read from its first
    // line: however small the chunks, that line is read whole (up to a limit).
    while (!s.endOfFile && !s.chunk.contains('\n') && s.chunk.size() < kDetectBytes) {
        const QByteArray head = s.chunk;
        if (!readChunk())
            return false;
        s.chunk.prepend(head);
    }
    const QByteArray &c = s.chunk;
    if (c.startsWith("\xEF\xBB\xBF")) {
        s.bom = true;
        s.pos = 3;
    } else if (c.startsWith("\xFF\xFE") || c.startsWith("\xFE\xFF")) {
        s.fail(Code::Utf16, 1, tr("the file is UTF-16 text; save it as CSV in UTF-8."));
        return false;
    } else if (c.startsWith("PK\x03\x04") || c.startsWith("\xD0\xCF\x11\xE0")) {
        s.fail(Code::Binary, 1, tr("this is a spreadsheet file, not CSV; save it as CSV (UTF-8) first."));
        return false;
    }
    if (!c.contains('\n') && c.contains('\r'))
        s.lineEnd = '\r';
    const char declared = skipSeparatorLine();
    s.delimiter = m_options.delimiter ? m_options.delimiter
        : declared                    ? declared
                                      : detectDelimiter(QByteArrayView(c).sliced(qMin(s.pos, c.size())));
    csv_set_delim(&s.parser, static_cast<unsigned char>(s.delimiter));
    return true;
}

// Excel writes "sep=;" as a first line to say which delimiter follows; it is not the header.
char CsvReader::skipSeparatorLine()
{
    State &s = *m_state;
    const QByteArrayView rest = QByteArrayView(s.chunk).sliced(s.pos);
    if (rest.size() < 6 || !rest.startsWith("sep=") || (rest.at(5) != '\r' && rest.at(5) != '\n'))
        return 0;
    const qsizetype end = rest.indexOf(s.lineEnd);
    if (end < 0)
        return 0;
    s.pos += end + 1;
    s.line = 2;
    return rest.at(4);
}

bool CsvReader::readChunk()
{
    State &s = *m_state;
    s.chunk.resize(m_options.chunkBytes);
    const qint64 n = m_device->read(s.chunk.data(), s.chunk.size());
    if (n < 0) {
        s.fail(Code::Unreadable, s.line, tr("the file could not be read further: %1").arg(m_device->errorString()));
        return false;
    }
    s.chunk.resize(n);
    s.pos = 0;
    if (n == 0)
        s.endOfFile = true;
    m_bytesRead.fetch_add(n, std::memory_order_relaxed);
    return true;
}

// Feeds libcsv one physical line (or the part of it this chunk holds), so every record and
// error is known to be on the line being fed.
bool CsvReader::feedSegment()
{
    State &s = *m_state;
    const char *start = s.chunk.constData() + s.pos;
    const qsizetype left = s.chunk.size() - s.pos;
    const auto *newline = static_cast<const char *>(std::memchr(start, s.lineEnd, static_cast<size_t>(left)));
    const qsizetype size = newline ? newline - start + 1 : left;
    s.pos += size;
    if (!checkText(start, size))
        return false;
    if (s.awaitingRecord && hasContent(start, size, s.delimiter)) {
        s.recordLine = s.line;
        s.awaitingRecord = false;
    }
    const size_t fed = csv_parse(&s.parser, start, static_cast<size_t>(size), onField, onRecordEnd, &s);
    if (s.error.isError())
        return false;
    if (fed < static_cast<size_t>(size)) {
        if (csv_error(&s.parser) == CSV_EPARSE)
            s.fail(Code::StrayQuote, s.line,
                   tr("a quote in the middle of a cell, or text after a closing quote; a cell with quotes "
                      "in it must be quoted as a whole, each quote doubled (\"\")."));
        else
            s.fail(Code::FieldTooLong, s.recordLine, tr("a cell is too large to read."));
        return false;
    }
    if (csv_get_buffer_size(&s.parser) > static_cast<size_t>(m_options.maxFieldBytes)) {
        s.fail(Code::FieldTooLong, s.recordLine,
               tr("a cell starting in this row is longer than %1 KiB; most likely a quote that is never "
                  "closed.")
                   .arg(m_options.maxFieldBytes / 1024));
        return false;
    }
    if (newline)
        ++s.line;
    return true;
}

bool CsvReader::checkText(const char *data, qsizetype size)
{
    State &s = *m_state;
    qsizetype at = 0;
    // Line breaks are ASCII, so the line being fed is the line at fault.
    switch (s.utf8.feed(data, size, &at)) {
    case Utf8Check::Result::Ok: return true;
    case Utf8Check::Result::Nul: s.fail(Code::Binary, s.line, tr("a NUL byte: this is not a text file.")); return false;
    case Utf8Check::Result::Invalid: break;
    }
    s.fail(Code::InvalidUtf8, s.line,
           tr("byte 0x%1 is not UTF-8 text; save the file as CSV UTF-8 (spreadsheets often save "
              "Windows-1252).")
               .arg(QString::number(s.utf8.badByte(), 16).toUpper()));
    return false;
}

bool CsvReader::finish()
{
    State &s = *m_state;
    if (!s.utf8.atBoundary()) {
        s.fail(Code::InvalidUtf8, s.line, tr("the file ends in the middle of a UTF-8 character."));
        return false;
    }
    if (csv_fini(&s.parser, onField, onRecordEnd, &s) != 0) {
        s.fail(Code::UnterminatedQuote, s.recordLine,
               tr("a quoted cell in the row starting here is never closed; the file ends inside it."));
        return false;
    }
    if (s.error.isError())
        return false;
    s.finished = true;
    if (s.expected < 0) {
        s.fail(Code::Empty, 1, tr("the file is empty; a header row naming the columns comes first."));
        return false;
    }
    return true;
}

char CsvReader::detectDelimiter(QByteArrayView start)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : start) {
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return tr("comma");
    case ';': return tr("semicolon");
    case '\t': return tr("tab");
    default: break;
    }
    return QString(QLatin1Char(delimiter));
}

} // namespace AssertDesk::Batch
