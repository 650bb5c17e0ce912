#pragma once

#include <QString>
#include <QUrl>

namespace AssertDesk::Profiles {

// Where asserts go: an account's API base URL. The key is not here; it lives in the keychain
// under the profile's name.
struct Profile
{
    QString name;
    QUrl baseUrl;            // e.g. https://api.reevo.ai/api/v2; empty for the built-in sandbox
    bool production = false; // asks before sending, shows a banner
    int timeoutSeconds = 30;
    bool builtIn = false; // "Reevo" and "Sandbox" cannot be removed

    bool isSandbox() const { return builtIn && baseUrl.isEmpty(); }
    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace AssertDesk::Profiles
