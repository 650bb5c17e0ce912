#pragma once

#include <QStringList>

namespace AssertDesk::Batch {

// One record of a CSV file: its cells, and the physical line it starts on (1 is the file's first
// line; a quoted cell holding line breaks makes the next record start further down).
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

} // namespace AssertDesk::Batch
