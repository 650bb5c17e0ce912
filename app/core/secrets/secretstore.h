#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace AssertDesk::Secrets {

// What became of a keychain operation, told apart because each needs a different fix.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,   // no key saved for the profile: normal, not an error
        NoKeychain, // no keychain service on this machine or in this session
        Locked,     // the keychain exists but is locked or refused access
        Other,      // anything else; message carries the backend's own text
    };
    Status status = Status::Ok;
    QString key;     // for a successful read
    QString message; // for a person; never contains the key

    bool ok() const { return status == Status::Ok; }
};

// One API key per profile. Implementations are asynchronous because real keychains are.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void read(const QString &profile, Callback done) = 0;
    virtual void write(const QString &profile, const QString &key, Callback done) = 0;
    virtual void remove(const QString &profile, Callback done) = 0;
    // False for a store that forgets everything when the app quits.
    virtual bool isPersistent() const = 0;
};

} // namespace AssertDesk::Secrets
