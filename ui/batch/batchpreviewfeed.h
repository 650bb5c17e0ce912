#pragma once

#include "batchfilecheck.h"
#include "csvreader.h"
#include "previewrow.h"
#include "rowchecker.h"
#include "rowmapper.h"

#include <QFile>
#include <QList>

#include <memory>

namespace AssertDesk::Ui {

// The rows a batch preview asks about, read from the file again a chunk at a time as the
// preview wants them: the rows the check found valid, each as its match address and the
// attributes it writes. Nothing more of the file is held.
class BatchPreviewFeed final
{
    Q_DISABLE_COPY_MOVE(BatchPreviewFeed)

public:
    BatchPreviewFeed(const QString &path, std::shared_ptr<const BatchFileCheck> check, bool emptyClears);

    // Up to `max` rows; fewer only at the end of the file.
    QList<Session::PreviewRow> next(qsizetype max);

private:
    QFile m_file;
    std::shared_ptr<const BatchFileCheck> m_check;
    Batch::CsvReader m_reader;
    Batch::RowMapper m_mapper;
    Batch::RowChecker m_checker;
    qint64 m_number = 0;
};

} // namespace AssertDesk::Ui
