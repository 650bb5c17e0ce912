#include "appfixture.h"

#include <QTest>

namespace AssertDesk::Test {

AppFixture::AppFixture(const QStringList &sandboxArguments)
    : client(std::make_unique<Net::ApiClient>(&network))
    , profiles(std::make_unique<Profiles::ProfileStore>(dir.filePath(QStringLiteral("config/assertdesk.conf"))))
    , keychain(std::make_unique<Secrets::MemorySecretStore>())
    , keys(std::make_unique<Secrets::KeyVault>(keychain.get()))
    , history(std::make_unique<History::HistoryService>(dir.filePath(QStringLiteral("data"))))
    , sandbox(std::make_unique<Session::SandboxLauncher>(QStringLiteral(ASSERTDESK_SANDBOX_EXE), sandboxArguments))
    , endpoints(std::make_unique<Session::EndpointResolver>([this] { return sandbox->endpoint(); }, keys.get()))
    , profileService(std::make_unique<Session::ProfileService>(profiles.get(), keys.get()))
    , keyService(std::make_unique<Session::KeyService>(keys.get(), endpoints.get(), client.get()))
    , schemas(std::make_unique<Session::SchemaFetcher>(endpoints.get(), client.get()))
    , drafts(std::make_unique<Session::DraftStore>(Session::DraftStore::fileIn(dir.filePath(QStringLiteral("data")))))
{
    sandbox->setDataFile(dir.filePath(QStringLiteral("data/sandbox/contacts.sqlite")));
    history->open().waitForFinished();
    services.client = client.get();
    services.history = history.get();
    services.profiles = profiles.get();
    services.keys = keys.get();
    services.sandbox = [this] { return sandbox->endpoint(); };
    services.endpoints = endpoints.get();
    services.profileService = profileService.get();
    services.keyService = keyService.get();
    services.schemas = schemas.get();
    services.drafts = drafts.get();
    services.sandboxLauncher = sandbox.get();
}

AppFixture::~AppFixture() = default;

Session::SandboxEndpoint AppFixture::sandboxEndpoint()
{
    const QFuture<Session::SandboxEndpoint> future = sandbox->endpoint();
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return {{}, {}, QStringLiteral("the sandbox did not start within 20 s")};
    return future.result();
}

AppFixture::SandboxAccount AppFixture::addSandboxAccount(const QString &name, bool production)
{
    const Session::SandboxEndpoint sandbox = sandboxEndpoint();
    SandboxAccount account {Profiles::Profile {name, sandbox.baseUrl, production, 10, false}, sandbox.key,
                            sandbox.error};
    if (sandbox.ok())
        profiles->save(account.profile, &account.error);
    return account;
}

} // namespace AssertDesk::Test
