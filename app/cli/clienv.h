#pragma once

#include "apicall.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QNetworkAccessManager>

#include <memory>

namespace AssertDesk::Cli {

// What the sending commands share: profiles, the keychain and the network, set up the way the
// desktop app sets them up (XDG paths, system proxy).
class CliEnv final
{
public:
    CliEnv();
    ~CliEnv();

    Core::ProfileStore &profiles() { return m_profiles; }
    Core::SecretStore &keychain() { return *m_keychain; }
    QNetworkAccessManager &network() { return m_network; }

    // Runs one keychain operation to completion.
    Core::SecretResult wait(const std::function<void(Core::SecretStore::Callback)> &operation);
    // Runs one API call to completion.
    static Core::SendResult wait(Core::ApiCall *call);

private:
    Core::ProfileStore m_profiles;
    std::unique_ptr<Core::SecretStore> m_keychain;
    QNetworkAccessManager m_network;
};

} // namespace AssertDesk::Cli
