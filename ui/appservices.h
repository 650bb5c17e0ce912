#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace AssertDesk::Core {
class ApiClient;
class HistoryService;
class KeyVault;
class ProfileStore;
} // namespace AssertDesk::Core

namespace AssertDesk::Ui {

// What the window works with, made by the composition root (app/gui/main.cpp) and passed in.
struct AppServices
{
    Core::ApiClient *client = nullptr;
    Core::HistoryService *history = nullptr;
    Core::ProfileStore *profiles = nullptr;
    Core::KeyVault *keys = nullptr;
    // Starts the built-in sandbox on first use; gives its base URL and session key.
    std::function<bool(QUrl *baseUrl, QString *key, QString *error)> sandbox;
};

} // namespace AssertDesk::Ui
