#include "clienv.h"

#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>

namespace AssertDesk::Cli {

CliEnv::CliEnv()
    : m_profiles(Core::ProfileStore::defaultSettingsFile())
    , m_keychain(std::make_unique<Core::KeychainSecretStore>())
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

CliEnv::~CliEnv() = default;

Core::SecretResult CliEnv::wait(const std::function<void(Core::SecretStore::Callback)> &operation)
{
    Core::SecretResult out;
    bool done = false;
    QEventLoop loop;
    operation([&](const Core::SecretResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

Core::SendResult CliEnv::wait(Core::ApiCall *call)
{
    QEventLoop loop;
    QObject::connect(call, &Core::ApiCall::finished, &loop, &QEventLoop::quit);
    call->start();
    if (!call->isFinished())
        loop.exec();
    return call->result();
}

} // namespace AssertDesk::Cli
