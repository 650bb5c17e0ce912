#include "clienv.h"

#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>

namespace AssertDesk::Cli {

CliEnv::CliEnv()
    : m_profiles(Profiles::ProfileStore::defaultSettingsFile())
    , m_keychain(std::make_unique<Secrets::KeychainSecretStore>())
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

CliEnv::~CliEnv() = default;

Secrets::SecretResult CliEnv::wait(const std::function<void(Secrets::SecretStore::Callback)> &operation)
{
    Secrets::SecretResult out;
    bool done = false;
    QEventLoop loop;
    operation([&](const Secrets::SecretResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

Contract::SendResult CliEnv::wait(Net::ApiCall *call)
{
    QEventLoop loop;
    QObject::connect(call, &Net::ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    if (!call->isFinished())
        loop.exec();
    return call->result();
}

} // namespace AssertDesk::Cli
