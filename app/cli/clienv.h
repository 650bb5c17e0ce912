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

    Profiles::ProfileStore &profiles() { return m_profiles; }
    Secrets::SecretStore &keychain() { return *m_keychain; }
    QNetworkAccessManager &network() { return m_network; }

    // Runs one keychain operation to completion.
    Secrets::SecretResult wait(const std::function<void(Secrets::SecretStore::Callback)> &operation);
    // Runs one API call to completion.
    static Contract::SendResult wait(Net::ApiCall *call);

private:
    Profiles::ProfileStore m_profiles;
    std::unique_ptr<Secrets::SecretStore> m_keychain;
    QNetworkAccessManager m_network;
};

} // namespace AssertDesk::Cli
