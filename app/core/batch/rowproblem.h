#pragma once

#include "validationproblem.h"

#include <QString>

namespace AssertDesk::Batch {

// One problem of one row, where a person finds it in the file: the line and the column's header.
struct RowProblem
{
    using Severity = Contract::ValidationProblem::Severity;

    Severity severity = Severity::Error;
    qint64 line = 0; // physical line the row starts on
    QString column;  // header name; empty for the row as a whole
    QString code;    // the validator's code, or repeated_match_key
    QString message;
    QString pointer; // where in the row's request, for a view that shows the request

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};

} // namespace AssertDesk::Batch
