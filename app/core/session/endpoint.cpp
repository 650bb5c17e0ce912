#include "endpoint.h"

namespace AssertDesk::Session {

QString Endpoint::errorWithFix() const
{
    if (problem != Problem::Key)
        return error;
    return error + QLatin1Char(' ') + tr("Set the key with Profile › API key….");
}

} // namespace AssertDesk::Session
