#include "appcomposition.h"
#include "sessionbatchrunner.h"

#include <QDir>

namespace AssertDesk {

AppComposition::AppComposition(const QString &dataFolder)
    : dataDir(dataFolder.isEmpty() ? History::HistoryStore::defaultDataDir() : dataFolder)
{
    sandbox.setDataFile(QDir(dataDir).filePath(QStringLiteral("sandbox/contacts.sqlite")));
}

Ui::AppServices AppComposition::services()
{
    Ui::AppServices s;
    s.client = &client;
    s.history = &history;
    s.profiles = &profiles;
    s.keys = &keys;
    s.sandbox = [this] { return sandbox.endpoint(); };
    s.endpoints = &endpoints;
    s.profileService = &profileService;
    s.keyService = &keyService;
    s.schemas = &schemas;
    s.drafts = &drafts;
    s.sandboxLauncher = &sandbox;
    s.batchRunner = [this](QObject *parent) -> Ui::BatchRunner * {
        return new Ui::SessionBatchRunner(&client, &history, &endpoints, parent);
    };
    return s;
}

} // namespace AssertDesk
