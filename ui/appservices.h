#pragma once

#include "sandboxendpoint.h"

#include <QFuture>

#include <functional>

namespace AssertDesk::Net {
class ApiClient;
}
namespace AssertDesk::History {
class HistoryService;
}
namespace AssertDesk::Secrets {
class KeyVault;
}
namespace AssertDesk::Profiles {
class ProfileStore;
}
namespace AssertDesk::Session {
class AbstractEndpointResolver;
class DraftStore;
class KeyService;
class ProfileService;
class SandboxLauncher;
class SchemaFetcher;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

class BatchRunner;

// What the window works with, made by the composition root (app/gui/main.cpp) and passed in.
struct AppServices
{
    Net::ApiClient *client = nullptr;
    History::HistoryService *history = nullptr;
    Profiles::ProfileStore *profiles = nullptr;
    Secrets::KeyVault *keys = nullptr;
    // Starts the built-in sandbox on first use; resolves to its base URL and session key, or to
    // why it could not start. Never blocks the caller.
    std::function<QFuture<Session::SandboxEndpoint>()> sandbox;
    // Where a profile's requests go and with which key.
    Session::AbstractEndpointResolver *endpoints = nullptr;
    // Profile changes that take the profile's key along.
    Session::ProfileService *profileService = nullptr;
    // A profile's key: shown by its last four characters, saved, tested, forgotten.
    Session::KeyService *keyService = nullptr;
    // A workspace's contact schema, merged into the field catalogue.
    Session::SchemaFetcher *schemas = nullptr;
    // The request being written, kept across runs; null: kept in memory for this window only.
    Session::DraftStore *drafts = nullptr;
    // The built-in sandbox's child process, for resetting its contacts and hearing that they are
    // gone; null: no Sandbox menu action works.
    Session::SandboxLauncher *sandboxLauncher = nullptr;
    // Makes what previews and sends a batch, when the batch view is first opened; empty: the
    // view checks files, and its Preview and Send say they are coming.
    std::function<BatchRunner *(QObject *parent)> batchRunner;
};

} // namespace AssertDesk::Ui
