#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace AssertDesk::Session {

// One row of a batch as it is sent: where it is in the file and the assert body it maps to.
struct BatchItem
{
    qint64 row = 0;  // 1 for the first row after the header
    qint64 line = 0; // the physical line it starts on
    QByteArray body;
};

} // namespace AssertDesk::Session
