#pragma once

#include "secretstore.h"

namespace AssertDesk::Secrets {

// Keys in the operating system's keychain through QtKeychain: one entry per profile, named
// "assertdesk:<profile>" so the name alone says whose it is (Windows ignores the service).
// The plaintext fallback of QtKeychain is never used.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = defaultService(), QObject *parent = nullptr);

    // "assertdesk", or $ASSERTDESK_KEYCHAIN_SERVICE when set: a separate set of keys, so tests
    // (and a second installation) never read or overwrite the person's own entries.
    static QString defaultService();

    void read(const QString &profile, Callback done) override;
    void write(const QString &profile, const QString &key, Callback done) override;
    void remove(const QString &profile, Callback done) override;
    bool isPersistent() const override { return true; }

    static QString entryName(const QString &profile);
    QString service() const { return m_service; }

private:
    void readOnce(const QString &profile, bool retry, Callback done);

    QString m_service;
};

} // namespace AssertDesk::Secrets
