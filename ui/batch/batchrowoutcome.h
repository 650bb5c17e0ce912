#pragma once

#include <QString>

namespace AssertDesk::Ui {

// What became of one row once a batch runner sent it: what the results table shows beside the
// row. `number` is the row's number in the file (1 for the first row after the header).
struct BatchRowOutcome
{
    enum class Outcome { None, Succeeded, Rejected, Unknown, NotSent };

    qint64 number = 0;
    Outcome outcome = Outcome::None;
    int httpStatus = 0;
    QString action; // created, updated
    QString contactId;
    QString errorCode;
    QString message;
    qint64 historyId = 0;
};

} // namespace AssertDesk::Ui
