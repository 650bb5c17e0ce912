#include "keyvault.h"

#include <QCoreApplication>

namespace AssertDesk::Secrets {

KeyVault::KeyVault(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
}

void KeyVault::read(const QString &profile, SecretStore::Callback done)
{
    m_memory.read(profile, [this, profile, done = std::move(done)](const SecretResult &inMemory) {
        if (inMemory.ok() || !m_keychain) {
            done(inMemory);
            return;
        }
        m_keychain->read(profile, done);
    });
}

void KeyVault::write(const QString &profile, const QString &key, Fallback fallback, SecretStore::Callback done)
{
    if (!m_keychain) {
        done({SecretResult::Status::NoKeychain, {}, QStringLiteral("No keychain.")});
        return;
    }
    m_keychain->write(profile, key, [this, profile, key, fallback, done = std::move(done)](const SecretResult &r) {
        const bool unusable = r.status == SecretResult::Status::NoKeychain || r.status == SecretResult::Status::Locked;
        if (r.ok()) {
            // A key now in the keychain replaces any session copy.
            m_memory.remove(profile, [](const SecretResult &) {});
            done(r);
            return;
        }
        if (!unusable || fallback == Fallback::Refuse) {
            done(r);
            return;
        }
        m_memory.write(profile, key, [](const SecretResult &) {});
        m_warning = QCoreApplication::translate("KeyVault",
                                                "The API key is held in memory only and will be forgotten when Assert "
                                                "Desk quits: %1")
                        .arg(r.message);
        Q_EMIT sessionOnlyChanged(m_warning);
        SecretResult held;
        held.message = m_warning;
        done(held);
    });
}

void KeyVault::remove(const QString &profile, SecretStore::Callback done)
{
    m_memory.remove(profile, [](const SecretResult &) {});
    if (!m_keychain) {
        done({});
        return;
    }
    m_keychain->remove(profile, std::move(done));
}

} // namespace AssertDesk::Secrets
