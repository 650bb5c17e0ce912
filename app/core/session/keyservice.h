#pragma once

#include "abstractendpointresolver.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace AssertDesk::Net {
class ApiClient;
}
namespace AssertDesk::Secrets {
class KeyVault;
}

namespace AssertDesk::Session {

// A profile's API key as a person manages it: what is saved (named by its last four characters
// only), saving a new one, testing one against the server without changing data, forgetting it.
// Every answer is a line to show; each runs later on the caller's thread, never once the caller
// (`context`) is gone.
class KeyService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyService)

public:
    struct Answer
    {
        bool ok = false;
        QString text;
    };
    using Done = std::function<void(const Answer &answer)>;

    KeyService(Secrets::KeyVault *keys, AbstractEndpointResolver *endpoints, Net::ApiClient *client,
               QObject *parent = nullptr);

    // Why a typed or pasted key cannot be saved: a line break or another control character
    // inside it (it would be refused at every send, and a CR or LF would start a header of its
    // own). White space at the ends is never part of a key and is not counted. Empty: it may be.
    static QString problemWith(const QString &typed);

    // ok: a key is saved ("a key ending in 1234"); else why there is none.
    void describe(const Profiles::Profile &profile, QObject *context, Done done);
    // In the keychain; if no keychain works, in memory for this session, and the answer says so.
    // A key with a problemWith() is refused, and nothing is saved.
    void save(const Profiles::Profile &profile, const QString &key, QObject *context, Done done);
    // The typed key if there is one, else the saved one (the sandbox: its session key).
    void test(const Profiles::Profile &profile, const QString &typed, QObject *context, Done done);
    void forget(const Profiles::Profile &profile, QObject *context, Done done);

private:
    void testAt(const Profiles::Profile &profile, const Endpoint &endpoint, QPointer<QObject> context, Done done);

    QPointer<Secrets::KeyVault> m_keys;
    AbstractEndpointResolver *m_endpoints;
    Net::ApiClient *m_client;
};

} // namespace AssertDesk::Session
