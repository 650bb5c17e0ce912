#include "csvrowsource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace AssertDesk::Session {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvRowSource)
};

} // namespace

CsvRowSource::CsvRowSource(std::unique_ptr<QIODevice> device, Batch::CsvReader::Options csv,
                           const Batch::ColumnMapping &mapping, const Contract::FieldCatalogue &catalogue,
                           bool emptyClears, Wanted wanted)
    : m_device(std::move(device))
    , m_reader(m_device.get(), csv)
    , m_mapper(mapping, catalogue, emptyClears)
    , m_wanted(std::move(wanted))
{
}

CsvRowSource::~CsvRowSource() = default;

bool CsvRowSource::next(BatchItem &item)
{
    Batch::CsvRecord record;
    if (!m_headerRead) {
        m_headerRead = true;
        if (!m_reader.next(record)) {
            m_error = m_reader.error().isError() ? m_reader.error().message : Tr::tr("the file has no header row");
            return false;
        }
    }
    while (m_reader.next(record)) {
        ++m_number;
        if (m_wanted && !m_wanted(m_number))
            continue;
        item.row = m_number;
        item.line = record.line;
        item.body = QJsonDocument(m_mapper.body(record.fields)).toJson(QJsonDocument::Compact);
        return true;
    }
    if (m_reader.error().isError())
        m_error = m_reader.error().message;
    return false;
}

} // namespace AssertDesk::Session
