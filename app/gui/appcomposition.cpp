#include "appcomposition.h"

namespace AssertDesk {

AppComposition::AppComposition(const QString &dataDir)
    : history(dataDir.isEmpty() ? History::HistoryStore::defaultDataDir() : dataDir)
{
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
    return s;
}

} // namespace AssertDesk
