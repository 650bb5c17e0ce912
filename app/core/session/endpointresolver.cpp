#include "endpointresolver.h"
#include "futures.h"

#include "keyvault.h"
#include "later.h"

namespace AssertDesk::Session {

using Profiles::Profile;
using Secrets::SecretResult;

namespace {

Endpoint failure(Endpoint::Problem problem, const QString &why)
{
    Endpoint e;
    e.problem = problem;
    e.error = why;
    return e;
}

} // namespace

EndpointResolver::EndpointResolver(SandboxStarter sandbox, Secrets::KeyVault *keys)
    : m_sandbox(std::move(sandbox))
    , m_keys(keys)
{
}

QUrl EndpointResolver::sandboxPlaceholderUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1/api/v2"));
}

void EndpointResolver::resolve(const Profile &profile, QObject *context, Done done)
{
    if (profile.isSandbox()) {
        resolveSandbox(context, std::move(done));
        return;
    }
    if (!m_keys) {
        later(context, [done = std::move(done)] {
            done(failure(Endpoint::Problem::Key, tr("There is no API key for this profile.")));
        });
        return;
    }
    // The vault may answer after the caller is gone (a keychain can take as long as the user
    // needs to unlock it); the callback then does nothing.
    m_keys->read(
        profile.name,
        [alive = QPointer<QObject>(context), url = profile.baseUrl, done = std::move(done)](const SecretResult &r) {
            if (!alive)
                return;
            const Endpoint e = r.ok() ? Endpoint {url, r.key, {}, Endpoint::Problem::None}
                                      : failure(Endpoint::Problem::Key, r.message);
            later(alive, [done, e] { done(e); });
        });
}

void EndpointResolver::resolveSandbox(QObject *context, Done done)
{
    if (!m_sandbox) {
        later(context, [done = std::move(done)] {
            done(failure(Endpoint::Problem::Sandbox, tr("This build has no built-in sandbox.")));
        });
        return;
    }
    History::whenReady(m_sandbox(), context, [done = std::move(done)](const SandboxEndpoint &sandbox) {
        if (sandbox.ok())
            done(Endpoint {sandbox.baseUrl, sandbox.key, {}, Endpoint::Problem::None});
        else
            done(
                failure(Endpoint::Problem::Sandbox, tr("The built-in sandbox could not start: %1").arg(sandbox.error)));
    });
}

void EndpointResolver::locate(const Profile &profile, QObject *context, Located done)
{
    if (!profile.isSandbox() || !m_sandbox) {
        later(context, [done = std::move(done), url = profile.isSandbox() ? sandboxPlaceholderUrl() : profile.baseUrl] {
            done(url);
        });
        return;
    }
    History::whenReady(m_sandbox(), context, [done = std::move(done)](const SandboxEndpoint &sandbox) {
        done(sandbox.ok() ? sandbox.baseUrl : sandboxPlaceholderUrl());
    });
}

} // namespace AssertDesk::Session
