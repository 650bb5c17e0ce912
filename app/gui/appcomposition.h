#pragma once

#include "apiclient.h"
#include "appservices.h"
#include "endpointresolver.h"
#include "historyservice.h"
#include "keychainsecretstore.h"
#include "keyservice.h"
#include "keyvault.h"
#include "profileservice.h"
#include "profilestore.h"
#include "sandboxlauncher.h"
#include "schemafetcher.h"

#include <QNetworkAccessManager>

namespace AssertDesk {

// Everything the desktop app is made of, each made once, in the order it depends on the others
// (and so destroyed in reverse: the services before the stores they use).
class AppComposition final
{
    Q_DISABLE_COPY_MOVE(AppComposition)

public:
    // `dataDir` holds the history; empty: the XDG data folder.
    explicit AppComposition(const QString &dataDir);

    // What the window is given.
    Ui::AppServices services();

    QNetworkAccessManager network;
    Net::ApiClient client {&network};
    Profiles::ProfileStore profiles {Profiles::ProfileStore::defaultSettingsFile()};
    Secrets::KeychainSecretStore keychain;
    Secrets::KeyVault keys {&keychain};
    History::HistoryService history;
    // The built-in sandbox: the assertdesk-sandbox executable beside this one, started as a child
    // process the first time something needs it, with 25 seeded contacts and a session key.
    Session::SandboxLauncher sandbox {Session::SandboxLauncher::defaultProgram(),
                                      {QStringLiteral("--seed"), QStringLiteral("25")}};
    Session::EndpointResolver endpoints {[this] { return sandbox.endpoint(); }, &keys};
    Session::ProfileService profileService {&profiles, &keys};
    Session::KeyService keyService {&keys, &endpoints, &client};
    Session::SchemaFetcher schemas {&endpoints, &client};
};

} // namespace AssertDesk
