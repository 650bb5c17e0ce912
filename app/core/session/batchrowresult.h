#pragma once

#include "sendresult.h"

#include <QMetaType>
#include <QString>

namespace AssertDesk::Session {

// What became of one row: its outcome as a single send's, and its history entry.
struct BatchRowResult
{
    qint64 row = 0;
    qint64 line = 0;
    qint64 historyId = -1; // -1 when no history row could be written (then nothing was sent)
    Contract::SendResult result;
    QString historyError; // the answer could not be written to the history (see AssertSend)
};

} // namespace AssertDesk::Session

Q_DECLARE_METATYPE(AssertDesk::Session::BatchRowResult)
