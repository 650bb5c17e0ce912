#pragma once

#include "assertrequest.h"
#include "rowproblem.h"

#include <QList>

namespace AssertDesk::Batch {

// One row of a batch: where it is in the file, the request it maps to, and what is wrong with it.
// Sending (later) works from these: a valid row is sent as is, and its line ties the result and
// the history row back to the file.
struct BatchRow
{
    enum class Status {
        Valid,    // no error (warnings allowed)
        Invalid,  // the validator found an error: it would not be sent
        Repeated, // valid, but another row has the same match key: the two would race
    };

    qint64 line = 0;   // physical line the row starts on (the header is on line 1 or later)
    qint64 number = 0; // 1 for the first row after the header
    Contract::AssertRequest request;
    QList<RowProblem> problems;
    Status status = Status::Valid;
    qint64 repeatOf = 0; // the line of the first row with the same match key; 0 when this is it
};

} // namespace AssertDesk::Batch
