#include "memorysecretstore.h"

#include <QCoreApplication>

namespace AssertDesk::Secrets {

void MemorySecretStore::read(const QString &profile, Callback done)
{
    SecretResult r;
    if (m_keys.contains(profile)) {
        r.key = m_keys.value(profile);
    } else {
        r.status = SecretResult::Status::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "No key is held for profile \"%1\" in this session.")
                        .arg(profile);
    }
    done(r);
}

void MemorySecretStore::write(const QString &profile, const QString &key, Callback done)
{
    m_keys.insert(profile, key);
    done({});
}

void MemorySecretStore::remove(const QString &profile, Callback done)
{
    m_keys.remove(profile);
    done({});
}

} // namespace AssertDesk::Secrets
