#include "batchpreviewfeed.h"

#include "batchrow.h"
#include "csvrecord.h"
#include "previewread.h"

namespace AssertDesk::Ui {

namespace {

Batch::CsvReader::Options csvFor(const BatchFileCheck &check)
{
    Batch::CsvReader::Options csv;
    csv.delimiter = check.delimiter;
    return csv;
}

// Opened before the reader is made over it; a file gone since the check reads as empty, and
// its rows are then not previewed.
QIODevice *opened(QFile &file)
{
    file.open(QIODevice::ReadOnly);
    return &file;
}

} // namespace

BatchPreviewFeed::BatchPreviewFeed(const QString &path, std::shared_ptr<const BatchFileCheck> check, bool emptyClears)
    : m_file(path)
    , m_check(std::move(check))
    , m_reader(opened(m_file), csvFor(*m_check))
    , m_mapper(m_check->mapping, Contract::FieldCatalogue::builtIn(), emptyClears)
{
    if (m_file.isOpen()) {
        Batch::CsvRecord header;
        m_reader.next(header);
    }
}

QList<Session::PreviewRow> BatchPreviewFeed::next(qsizetype max)
{
    QList<Session::PreviewRow> rows;
    if (!m_file.isOpen())
        return rows;
    Batch::CsvRecord record;
    while (rows.size() < max && m_reader.next(record)) {
        ++m_number;
        if (!m_check->isValid(m_number))
            continue;
        Batch::BatchRow row;
        row.line = record.line;
        row.number = m_number;
        m_checker.check(row, m_mapper, record.fields);
        if (row.status != Batch::BatchRow::Status::Valid)
            continue;
        const QJsonObject match {{QStringLiteral("match"), row.request.match()}};
        rows.append({row.line, Session::PreviewRead::matchAddress(match), row.request.attributes()});
    }
    return rows;
}

} // namespace AssertDesk::Ui
