#pragma once

#include <QString>

namespace AssertDesk::Net {

// "****abcd": as much of a key as may ever be shown or logged (nothing of a short key).
QString maskedKey(const QString &key);

} // namespace AssertDesk::Net
