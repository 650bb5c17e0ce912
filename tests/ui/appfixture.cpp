#include "appfixture.h"

namespace AssertDesk::Test {

AppFixture::AppFixture()
    : client(std::make_unique<Core::ApiClient>(&network))
    , profiles(std::make_unique<Core::ProfileStore>(dir.filePath(QStringLiteral("config/assertdesk.conf"))))
    , keychain(std::make_unique<Core::MemorySecretStore>())
    , keys(std::make_unique<Core::KeyVault>(keychain.get()))
    , history(std::make_unique<Core::HistoryService>(dir.filePath(QStringLiteral("data"))))
{
    history->open().waitForFinished();
    services.client = client.get();
    services.history = history.get();
    services.profiles = profiles.get();
    services.keys = keys.get();
    services.sandbox = [this](QUrl *url, QString *key, QString *error) {
        if (!sandbox) {
            auto host = std::make_unique<Sandbox::SandboxHost>();
            if (!host->start({}, error))
                return false;
            sandbox = std::move(host);
        }
        *url = sandbox->baseUrl();
        *key = sandbox->key();
        return true;
    };
}

AppFixture::~AppFixture() = default;

} // namespace AssertDesk::Test
