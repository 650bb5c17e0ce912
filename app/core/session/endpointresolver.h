#pragma once

#include "abstractendpointresolver.h"
#include "sandboxendpoint.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace AssertDesk::Secrets {
class KeyVault;
}

namespace AssertDesk::Session {

// The one place that decides where a profile's requests go: the built-in sandbox at the address
// and with the session key it started with; an account at its base URL with the key the vault
// holds under the profile's name.
class EndpointResolver final : public AbstractEndpointResolver
{
    Q_DECLARE_TR_FUNCTIONS(EndpointResolver)

public:
    // Starts the built-in sandbox on first use and resolves to its address and key, or to why it
    // could not start; never blocks (SandboxLauncher::endpoint in the app).
    using SandboxStarter = std::function<QFuture<SandboxEndpoint>()>;

    // Either may be empty or null: a build without the sandbox, a session without keys.
    EndpointResolver(SandboxStarter sandbox, Secrets::KeyVault *keys);

    void resolve(const Profiles::Profile &profile, QObject *context, Done done) override;
    void locate(const Profiles::Profile &profile, QObject *context, Located done) override;

    // Where a sandbox answers, less the port it picks when it starts: for a command copied while
    // none could be started.
    static QUrl sandboxPlaceholderUrl();

private:
    void resolveSandbox(QObject *context, Done done);

    SandboxStarter m_sandbox;
    QPointer<Secrets::KeyVault> m_keys;
};

} // namespace AssertDesk::Session
