#include "keyservice.h"

#include "apiclient.h"
#include "apierror.h"
#include "headerpolicy.h"
#include "keyvault.h"
#include "later.h"
#include "maskedkey.h"

namespace AssertDesk::Session {

using namespace AssertDesk::Contract;
using Profiles::Profile;
using Secrets::KeyVault;
using Secrets::SecretResult;

namespace {

// A vault's answer, passed on later to a caller that is still there.
Secrets::SecretStore::Callback answerWith(QObject *context, KeyService::Done done,
                                          std::function<KeyService::Answer(const SecretResult &)> toAnswer)
{
    return [alive = QPointer<QObject>(context), done = std::move(done),
            toAnswer = std::move(toAnswer)](const SecretResult &r) {
        if (!alive)
            return;
        const KeyService::Answer answer = toAnswer(r);
        later(alive, [done, answer] { done(answer); });
    };
}

KeyService::Answer noVault()
{
    return {false, KeyService::tr("There is no API key for this profile.")};
}

} // namespace

KeyService::KeyService(Secrets::KeyVault *keys, AbstractEndpointResolver *endpoints, Net::ApiClient *client,
                       QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_endpoints(endpoints)
    , m_client(client)
{
}

void KeyService::describe(const Profile &profile, QObject *context, Done done)
{
    if (!m_keys) {
        later(context, [done] { done(noVault()); });
        return;
    }
    m_keys->read(profile.name, answerWith(context, std::move(done), [](const SecretResult &r) {
                     const QString last4 = Net::maskedKey(r.key).mid(4);
                     return r.ok()
                         // A key of 8 characters or fewer would be half given away by its last four.
                         ? Answer {true,
                                   last4.isEmpty() ? tr("a key of 8 characters or fewer (too short to show its end)")
                                                   : tr("a key ending in %1").arg(last4)}
                         : Answer {false, r.message};
                 }));
}

QString KeyService::problemWith(const QString &typed)
{
    const QString found = Net::HeaderPolicy::keyControlCharacter(typed.trimmed());
    if (found.isEmpty())
        return {};
    return tr("This key holds %1: a key is one line of text without control characters, so it cannot be saved. "
              "Copy it again without it.")
        .arg(found);
}

void KeyService::save(const Profile &profile, const QString &key, QObject *context, Done done)
{
    if (!m_keys) {
        later(context, [done] { done(noVault()); });
        return;
    }
    if (const QString problem = problemWith(key); !problem.isEmpty()) {
        later(context, [done, problem] { done({false, problem}); });
        return;
    }
    m_keys->write(profile.name, key.trimmed(), KeyVault::Fallback::AllowMemory,
                  answerWith(context, std::move(done), [](const SecretResult &r) {
                      // A key held in memory only is saved too, with the vault's warning as the line.
                      if (r.ok())
                          return Answer {true, r.message.isEmpty() ? tr("Saved in the system keychain.") : r.message};
                      return Answer {false, r.message};
                  }));
}

void KeyService::forget(const Profile &profile, QObject *context, Done done)
{
    if (!m_keys) {
        later(context, [done] { done(noVault()); });
        return;
    }
    m_keys->remove(profile.name, answerWith(context, std::move(done), [](const SecretResult &r) {
                       return r.ok() ? Answer {true, tr("The key is forgotten.")} : Answer {false, r.message};
                   }));
}

void KeyService::test(const Profile &profile, const QString &typed, QObject *context, Done done)
{
    const QString key = typed.trimmed();
    if (!key.isEmpty() && !profile.isSandbox()) {
        testAt(profile, Endpoint {profile.baseUrl, key, {}, Endpoint::Problem::None}, context, std::move(done));
        return;
    }
    // The work belongs to this service (it stops if the service goes); the answer to the caller.
    m_endpoints->resolve(profile, this,
                         [this, profile, alive = QPointer<QObject>(context), done](const Endpoint &endpoint) {
                             if (!alive)
                                 return;
                             if (endpoint.ok())
                                 testAt(profile, endpoint, alive, done);
                             else
                                 done({false, endpoint.error});
                         });
}

void KeyService::testAt(const Profile &profile, const Endpoint &endpoint, QPointer<QObject> context, Done done)
{
    Net::ApiCall *call = m_client->testKey(endpoint.callOptions(profile.timeoutSeconds), this);
    connect(call, &Net::ApiCall::finished, this, [call, context, done](const SendResult &r) {
        call->deleteLater();
        if (!context)
            return;
        if (r.outcome == Outcome::Succeeded)
            done({true, tr("The server accepted the key.")});
        else if (r.outcome == Outcome::Rejected)
            done({false, tr("The server refused the key: %1").arg(ApiError::parse(r.httpStatus, r.body).summary())});
        else
            done({false, r.summary});
    });
    call->start();
}

} // namespace AssertDesk::Session
