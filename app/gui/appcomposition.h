#pragma once

#include "apiclient.h"
#include "appservices.h"
#include "draftstore.h"
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
    // `dataFolder` holds the history, the draft and the sandbox's contacts; empty: the XDG data folder.
    explicit AppComposition(const QString &dataFolder);

    // What the window is given.
    Ui::AppServices services();

    QNetworkAccessManager network;
    Net::ApiClient client {&network};
    Profiles::ProfileStore profiles {Profiles::ProfileStore::defaultSettingsFile()};
    Secrets::KeychainSecretStore keychain;
    Secrets::KeyVault keys {&keychain};
    QString dataDir;
    History::HistoryService history {dataDir};
    Session::DraftStore drafts {Session::DraftStore::fileIn(dataDir)};
    // The built-in sandbox: the assertdesk-sandbox executable beside this one, started as a child
    // process the first time something needs it, with a session key and its contacts in the data
    // folder (25 seeded the first time), so they outlive a restart of the child or of the app.
    // Its connections stay open while a person reads and types (10 minutes, not 30 s): a send
    // that races the server's close of an idle connection ends "outcome unknown", never resent.
    Session::SandboxLauncher sandbox {
        Session::SandboxLauncher::defaultProgram(),
        {QStringLiteral("--seed"), QStringLiteral("25"), QStringLiteral("--idle-timeout"), QStringLiteral("600")}};
    Session::EndpointResolver endpoints {[this] { return sandbox.endpoint(); }, &keys};
    Session::ProfileService profileService {&profiles, &keys};
    Session::KeyService keyService {&keys, &endpoints, &client};
    Session::SchemaFetcher schemas {&endpoints, &client};
};

} // namespace AssertDesk
