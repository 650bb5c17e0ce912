#pragma once

#include "checkedrow.h"

#include <QList>

namespace AssertDesk::Ui {

// Rows handed from the check's thread to the window in one go: up to a few thousand rows or a
// tenth of a second's worth, so 100,000 rows reach the models in a few dozen steps rather than
// as 100,000 events.
struct CheckedBatch
{
    QList<CheckedRow> rows;
    QByteArray cells; // the rows' cells, one after the other
    // Problems of rows handed out before (in this batch or an earlier one) that became repeated
    // when a later row came with the same match key.
    QList<Batch::RowProblem> earlier;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;
};

} // namespace AssertDesk::Ui
