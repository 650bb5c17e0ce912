#pragma once

#include "batchsource.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "fieldcatalogue.h"
#include "rowmapper.h"

#include <functional>
#include <memory>

class QIODevice;

namespace AssertDesk::Session {

// A batch's rows read from its CSV file as they are sent: a chunk of the file at a time, each
// row mapped to its body when a worker wants it. Which rows go was decided by the check of the
// whole file before (`wanted`, by row number); the others are read past.
class CsvRowSource final : public BatchSource
{
public:
    using Wanted = std::function<bool(qint64 row)>;

    // `device` is open for reading at its start; the mapping was made for its header.
    CsvRowSource(std::unique_ptr<QIODevice> device, Batch::CsvReader::Options csv, const Batch::ColumnMapping &mapping,
                 const Contract::FieldCatalogue &catalogue, bool emptyClears, Wanted wanted);
    ~CsvRowSource() override;

    bool next(BatchItem &item) override;
    QString error() const override { return m_error; }

private:
    std::unique_ptr<QIODevice> m_device;
    Batch::CsvReader m_reader;
    Batch::RowMapper m_mapper;
    Wanted m_wanted;
    qint64 m_number = 0;
    bool m_headerRead = false;
    QString m_error;
};

} // namespace AssertDesk::Session
