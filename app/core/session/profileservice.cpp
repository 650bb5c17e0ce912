#include "profileservice.h"

#include "keyvault.h"
#include "later.h"

namespace AssertDesk::Session {

using Profiles::Profile;
using Secrets::KeyVault;
using Secrets::SecretResult;

// One rename on its way through the keychain.
struct ProfileService::Rename
{
    Profile from;
    Profile to;
    QPointer<QObject> context;
    Done done;
    QString key; // only while a name that differs in case alone is being moved

    bool caseOnly() const { return from.name.compare(to.name, Qt::CaseInsensitive) == 0; }
};

ProfileService::ProfileService(Profiles::ProfileStore *store, Secrets::KeyVault *keys, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
{
}

bool ProfileService::add(const Profile &profile, QString *error)
{
    if (const auto taken = m_store->profile(profile.name)) {
        *error = tr("There is a profile \"%1\" already.").arg(taken->name);
        return false;
    }
    return m_store->save(profile, error);
}

bool ProfileService::update(const Profile &profile, QString *error)
{
    if (!m_store->profile(profile.name)) {
        *error = tr("There is no profile \"%1\".").arg(profile.name);
        return false;
    }
    return m_store->save(profile, error);
}

void ProfileService::rename(const QString &from, const Profile &profile, QObject *context, Done done)
{
    const auto answer = [context, done](bool ok, const QString &message) {
        later(context, [done, ok, message] { done(ok, message); });
    };
    const auto old = m_store->profile(from);
    if (!old) {
        answer(false, tr("There is no profile \"%1\".").arg(from));
        return;
    }
    if (old->name == profile.name) {
        QString error;
        const bool ok = update(profile, &error);
        answer(ok, error);
        return;
    }
    if (old->builtIn) {
        answer(false, tr("\"%1\" is built in and keeps its name.").arg(old->name));
        return;
    }
    // Saving under the new name overwrote another profile once; a taken name is refused.
    if (const auto taken = m_store->profile(profile.name);
        taken && taken->name.compare(old->name, Qt::CaseInsensitive) != 0) {
        answer(false, tr("There is a profile \"%1\" already.").arg(taken->name));
        return;
    }
    // Saved first, so a name or URL the store refuses never reaches the keychain; undone below
    // if the key cannot follow.
    QString error;
    if (!m_store->save(profile, &error)) {
        answer(false, error);
        return;
    }
    moveKey(std::make_shared<Rename>(Rename {*old, profile, context, std::move(done), {}}));
}

void ProfileService::moveKey(const std::shared_ptr<Rename> &rename)
{
    if (!m_keys) {
        finishRename(rename, false);
        return;
    }
    m_keys->read(rename->from.name, [this, self = QPointer<ProfileService>(this), rename](const SecretResult &read) {
        if (!self)
            return;
        if (read.status == SecretResult::Status::NotFound || read.status == SecretResult::Status::NoKeychain) {
            finishRename(rename, false); // no key to move
            return;
        }
        if (!read.ok()) {
            undoRename(rename,
                       tr("The key of \"%1\" could not be read, so the profile was not renamed: %2")
                           .arg(rename->from.name, read.message));
            return;
        }
        if (rename->caseOnly())
            rename->key = read.key;
        // A key the keychain held must land in the keychain; one held in memory (no keychain
        // works in this session) may stay there.
        const auto fallback = m_keys->isSessionOnly() ? KeyVault::Fallback::AllowMemory : KeyVault::Fallback::Refuse;
        m_keys->write(rename->to.name, read.key, fallback, [this, self, rename](const SecretResult &written) {
            if (!self)
                return;
            if (!written.ok()) {
                undoRename(rename,
                           tr("The key could not be saved under \"%1\", so the profile was not renamed: %2")
                               .arg(rename->to.name, written.message));
                return;
            }
            finishRename(rename, true);
        });
    });
}

void ProfileService::finishRename(const std::shared_ptr<Rename> &rename, bool keyMoved)
{
    const auto reply = [rename](const QString &note) {
        rename->key.clear();
        if (rename->context)
            later(rename->context, [rename, note] { rename->done(true, note); });
    };
    QString error;
    if (!rename->caseOnly())
        m_store->remove(rename->from.name, &error);
    if (!keyMoved) {
        reply({});
        return;
    }
    m_keys->remove(
        rename->from.name, [this, self = QPointer<ProfileService>(this), rename, reply](const SecretResult &removed) {
            if (!self)
                return;
            const QString note = removed.ok() ? QString()
                                              : tr("\"%1\" is renamed, but the keychain kept a copy of its key under "
                                                   "the old name: %2")
                                                    .arg(rename->to.name, removed.message);
            if (!rename->caseOnly()) {
                reply(note);
                return;
            }
            // A keychain that compares names without case held one entry, just deleted: written
            // again under the new name (on one that compares with case, the same key once more).
            m_keys->write(rename->to.name, rename->key, KeyVault::Fallback::AllowMemory,
                          [reply, note](const SecretResult &) { reply(note); });
        });
}

void ProfileService::undoRename(const std::shared_ptr<Rename> &rename, const QString &why)
{
    QString error;
    if (rename->caseOnly())
        m_store->save(rename->from, &error);
    else
        m_store->remove(rename->to.name, &error);
    rename->key.clear();
    if (rename->context)
        later(rename->context, [rename, why] { rename->done(false, why); });
}

bool ProfileService::remove(const QString &name, QString *error, QObject *context, Note keyLeft)
{
    const auto p = m_store->profile(name);
    if (!m_store->remove(name, error))
        return false;
    if (!m_keys)
        return true;
    m_keys->remove(p->name, [alive = QPointer<QObject>(context), keyLeft, name = p->name](const SecretResult &r) {
        // No keychain in this session: there was nothing to delete.
        if (r.ok() || r.status == SecretResult::Status::NoKeychain || !alive || !keyLeft)
            return;
        const QString note = tr("\"%1\" is removed, but the keychain kept its key: %2").arg(name, r.message);
        later(alive, [keyLeft, note] { keyLeft(note); });
    });
    return true;
}

} // namespace AssertDesk::Session
