#include "endpoint.h"

namespace AssertDesk::Session {

QString Endpoint::errorWithFix() const
{
    if (problem != Problem::Key)
        return error;
    return error + QLatin1Char(' ') + tr("Set the key with Profile › API key.");
}

Net::ApiCall::Options Endpoint::callOptions(int timeoutSeconds) const
{
    Net::ApiCall::Options options;
    options.baseUrl = baseUrl;
    options.key = key;
    options.timeoutSeconds = timeoutSeconds;
    return options;
}

} // namespace AssertDesk::Session
