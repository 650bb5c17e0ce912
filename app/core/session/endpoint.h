#pragma once

#include "apicall.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace AssertDesk::Session {

// Where a profile's requests go and the key they carry; or why they cannot go anywhere.
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    // Told apart because each needs a different fix: the sandbox must start, a key must be set.
    enum class Problem { None, Sandbox, Key };

    QUrl baseUrl;
    QString key;   // held in memory only; never logged
    QString error; // for a person
    Problem problem = Problem::None;

    bool ok() const { return problem == Problem::None; }
    // The error and, for a missing key, where to set it: for places other than the key dialog.
    QString errorWithFix() const;
    // What a call to this endpoint is made with.
    Net::ApiCall::Options callOptions(int timeoutSeconds) const;
};

} // namespace AssertDesk::Session
