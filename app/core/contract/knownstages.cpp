#include "knownstages.h"

namespace AssertDesk::Contract {

QStringList KnownStages::apiNames()
{
    return {QStringLiteral("new"), QStringLiteral("working"), QStringLiteral("qualified"),
            QStringLiteral("unqualified"), QStringLiteral("customer")};
}

} // namespace AssertDesk::Contract
