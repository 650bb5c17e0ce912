#include "maskedkey.h"

namespace AssertDesk::Net {

QString maskedKey(const QString &key)
{
    return QStringLiteral("****") + (key.size() > 8 ? key.right(4) : QString());
}

} // namespace AssertDesk::Net
