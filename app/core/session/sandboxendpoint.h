#pragma once

#include <QString>
#include <QUrl>

namespace AssertDesk::Session {

// Where a running sandbox answers, and the session key it accepts; or why there is none.
struct SandboxEndpoint
{
    QUrl baseUrl; // http://127.0.0.1:PORT/api/v2
    QString key;  // held in memory only
    QString error;

    bool ok() const { return error.isEmpty() && baseUrl.isValid(); }
};

} // namespace AssertDesk::Session
