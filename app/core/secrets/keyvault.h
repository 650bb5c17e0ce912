#pragma once

#include "memorysecretstore.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>

namespace AssertDesk::Secrets {

// The app's one way to keys: the keychain first; when no keychain works and the caller allows
// it, the key is held in memory for the session and a warning says so until the app quits.
class KeyVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVault)

public:
    enum class Fallback { Refuse, AllowMemory };

    explicit KeyVault(SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &profile, SecretStore::Callback done);
    void write(const QString &profile, const QString &key, Fallback fallback, SecretStore::Callback done);
    void remove(const QString &profile, SecretStore::Callback done);

    bool isSessionOnly() const { return !m_warning.isEmpty(); }
    QString warning() const { return m_warning; }

Q_SIGNALS:
    void sessionOnlyChanged(const QString &warning);

private:
    QPointer<SecretStore> m_keychain;
    MemorySecretStore m_memory;
    QString m_warning;
};

} // namespace AssertDesk::Secrets
