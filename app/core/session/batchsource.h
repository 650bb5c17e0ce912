#pragma once

#include "batchitem.h"

#include <QString>

namespace AssertDesk::Session {

// Where a batch's rows come from, one at a time as workers are free: a file is read as it is
// sent (CsvRowSource), never held whole. Called on the thread of the BatchRun that pulls from it.
class BatchSource
{
public:
    virtual ~BatchSource() = default;
    // The next row to send; false at the end, or on an error (then error() says what).
    virtual bool next(BatchItem &item) = 0;
    virtual QString error() const = 0;
};

} // namespace AssertDesk::Session
