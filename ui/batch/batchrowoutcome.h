#pragma once

#include "batchstanding.h"

#include <QString>

namespace AssertDesk::Ui {

// What became of one row once a batch runner sent it: what the results table shows beside the
// row. `number` is the row's number in the file (1 for the first row after the header).
struct BatchRowOutcome
{
    // Landed: an unknown outcome a read-back found landed. Interrupted: sent when the process
    // sending it stopped (a crash, a kill), its answer never heard.
    enum class Outcome { None, Succeeded, Rejected, Unknown, NotSent, Landed, Interrupted };

    qint64 number = 0;
    Outcome outcome = Outcome::None;
    int httpStatus = 0;
    QString action; // created, updated
    QString contactId;
    QString errorCode;
    QString message;
    qint64 historyId = 0;
    qint64 line = 0; // 0: not known here (the outcome of a past batch whose file is gone)

    // A past row's standing as the table shows it.
    static Outcome of(Session::BatchStanding::Kind kind)
    {
        using Kind = Session::BatchStanding::Kind;
        switch (kind) {
        case Kind::Succeeded: return Outcome::Succeeded;
        case Kind::Landed: return Outcome::Landed;
        case Kind::Rejected: return Outcome::Rejected;
        case Kind::Unknown: return Outcome::Unknown;
        case Kind::Interrupted: return Outcome::Interrupted;
        case Kind::NotSent: break;
        }
        return Outcome::NotSent;
    }
};

} // namespace AssertDesk::Ui
