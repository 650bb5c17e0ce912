#pragma once

#include "profilestore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace AssertDesk::Secrets {
class KeyVault;
}

namespace AssertDesk::Session {

// Adds, changes, renames and removes profiles, and keeps each profile's key with it: a renamed
// profile takes its key to its new name, a removed one leaves none behind in the keychain.
class ProfileService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileService)

public:
    // ok false: nothing changed and `message` says why. ok true: done; `message` is empty or
    // tells of something left over (a key the keychain would not delete).
    using Done = std::function<void(bool ok, const QString &message)>;

    ProfileService(Profiles::ProfileStore *store, Secrets::KeyVault *keys, QObject *parent = nullptr);

    QList<Profiles::Profile> profiles() const { return m_store->profiles(); }
    std::optional<Profiles::Profile> profile(const QString &name) const { return m_store->profile(name); }

    // A new profile; a name already taken (in any case) is refused.
    bool add(const Profiles::Profile &profile, QString *error);
    // New settings for the profile of that name.
    bool update(const Profiles::Profile &profile, QString *error);
    // `profile` under a new name, with the key moved to it: read under the old name, written
    // under the new, then deleted under the old. If the key cannot be written nothing is renamed;
    // a name another profile has is refused. `done` runs on `context`'s thread unless it is gone.
    void rename(const QString &from, const Profiles::Profile &profile, QObject *context, Done done);
    // Removes the profile at once (false with `error` if it cannot be), then deletes its key;
    // `keyLeft` runs on `context`'s thread only if the keychain kept the key, saying so.
    using Note = std::function<void(const QString &message)>;
    bool remove(const QString &name, QString *error, QObject *context = nullptr, Note keyLeft = {});

private:
    struct Rename;
    void moveKey(const std::shared_ptr<Rename> &rename);
    void finishRename(const std::shared_ptr<Rename> &rename, bool keyMoved);
    void undoRename(const std::shared_ptr<Rename> &rename, const QString &why);

    Profiles::ProfileStore *m_store;
    QPointer<Secrets::KeyVault> m_keys;
};

} // namespace AssertDesk::Session
