#pragma once

#include <QJsonObject>
#include <QString>

namespace AssertDesk::Session {

// One row of a batch as its preview needs it, and no more: where it is in the file, the address
// its match key holds and the attributes it writes (to compare with the contact). The rest of the
// request and the row's cells stay with the reader, so a long file is never held whole.
struct PreviewRow
{
    qint64 line = 0;        // the physical line the row starts on
    QString address;        // the match key's value, trimmed; empty when the row has none
    QJsonObject attributes; // as the request writes them
};

} // namespace AssertDesk::Session
