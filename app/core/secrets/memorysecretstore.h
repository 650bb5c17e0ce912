#pragma once

#include "secretstore.h"

#include <QHash>

namespace AssertDesk::Secrets {

// Keys held for this session only, when no keychain works. Never written anywhere.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    void read(const QString &profile, Callback done) override;
    void write(const QString &profile, const QString &key, Callback done) override;
    void remove(const QString &profile, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_keys;
};

} // namespace AssertDesk::Secrets
