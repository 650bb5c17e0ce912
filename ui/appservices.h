#pragma once

#include "sandboxendpoint.h"

#include <QFuture>

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
    // Starts the built-in sandbox on first use; resolves to its base URL and session key, or to
    // why it could not start. Never blocks the caller.
    std::function<QFuture<Core::SandboxEndpoint>()> sandbox;
};

} // namespace AssertDesk::Ui
