#pragma once

#include "endpoint.h"
#include "profile.h"

#include <functional>

class QObject;

namespace AssertDesk::Session {

// Turns a profile into where its requests go and with which key. An interface so that what
// uses it (the send controller, the schema fetcher, the key checks) can be tested with a fake;
// the app's is EndpointResolver.
class AbstractEndpointResolver
{
public:
    using Done = std::function<void(const Endpoint &endpoint)>;
    using Located = std::function<void(const QUrl &baseUrl)>;

    virtual ~AbstractEndpointResolver() = default;

    // `done` runs later, from the event loop of `context`'s thread, and never once `context` is
    // gone: a window closed while the keychain thinks is not called back.
    virtual void resolve(const Profiles::Profile &profile, QObject *context, Done done) = 0;
    // The address alone, for text a person copies (a curl command): no key is read.
    virtual void locate(const Profiles::Profile &profile, QObject *context, Located done) = 0;

protected:
    AbstractEndpointResolver() = default;
    Q_DISABLE_COPY_MOVE(AbstractEndpointResolver)
};

} // namespace AssertDesk::Session
