#pragma once

#include "apiclient.h"
#include "appservices.h"
#include "draftstore.h"
#include "endpointresolver.h"
#include "historyservice.h"
#include "keyservice.h"
#include "keyvault.h"
#include "memorysecretstore.h"
#include "profileservice.h"
#include "profilestore.h"
#include "sandboxlauncher.h"
#include "schemafetcher.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace AssertDesk::Test {

// Everything the window needs, as the composition root makes it, but in a throw-away folder,
// with keys in memory. The sandbox is the real assertdesk-sandbox child process, keeping its
// contacts in the data folder as the app's does; the draft is kept there too.
class AppFixture
{
public:
    // `sandboxArguments`: for the sandbox's command line (`--seed 25`, as the app starts it).
    explicit AppFixture(const QStringList &sandboxArguments = {});
    ~AppFixture();

    // Starts the sandbox (if it is not running) and waits for its address and key.
    Session::SandboxEndpoint sandboxEndpoint();
    // Saves an account profile that points at the running sandbox, as if it were a real
    // account; the sandbox's key is the key that account accepts. Empty error: it worked.
    struct SandboxAccount
    {
        Profiles::Profile profile;
        QString key;
        QString error;
    };
    SandboxAccount addSandboxAccount(const QString &name, bool production);

    Ui::AppServices services;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<Net::ApiClient> client;
    std::unique_ptr<Profiles::ProfileStore> profiles;
    std::unique_ptr<Secrets::MemorySecretStore> keychain;
    std::unique_ptr<Secrets::KeyVault> keys;
    std::unique_ptr<History::HistoryService> history;
    std::unique_ptr<Session::SandboxLauncher> sandbox;
    std::unique_ptr<Session::EndpointResolver> endpoints;
    std::unique_ptr<Session::ProfileService> profileService;
    std::unique_ptr<Session::KeyService> keyService;
    std::unique_ptr<Session::SchemaFetcher> schemas;
    std::unique_ptr<Session::DraftStore> drafts;
};

} // namespace AssertDesk::Test
