#include "keychainsecretstore.h"

#include "secretslog.h"
#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace AssertDesk::Secrets {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// QtKeychain reports most Linux failures as OtherError, and its text is not a contract. What
// the session offers is: so the cause is found by asking D-Bus, not by reading the message.
SecretResult::Status diagnoseOtherError()
{
#if defined(Q_OS_LINUX)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return SecretResult::Status::NoKeychain;
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(secrets))
        return SecretResult::Status::Locked;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    if (activatable.isValid() && activatable.value().contains(secrets))
        return SecretResult::Status::Locked;
    return SecretResult::Status::NoKeychain;
#else
    return SecretResult::Status::Other;
#endif
}

SecretResult resultOf(const QKeychain::Job *job, const QString &profile)
{
    SecretResult r;
    const QString backend = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError: return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        // A keyring unlocked with the wrong password also says "not found" for existing keys.
        r.message = Tr::tr("No API key is saved for profile \"%1\" (if you saved one, the keychain may be locked).")
                        .arg(profile);
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: r.status = SecretResult::Status::Locked; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: r.status = SecretResult::Status::NoKeychain; break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: r.status = diagnoseOtherError(); break;
    }
    switch (r.status) {
    case SecretResult::Status::NoKeychain:
        r.message = Tr::tr("No keychain is available in this session (no secret service such as GNOME Keyring or "
                           "KWallet answers).");
        break;
    case SecretResult::Status::Locked:
        r.message = Tr::tr("The keychain is locked or refused access. Unlock it (for example by logging in to the "
                           "desktop) and try again. Keychain said: %1")
                        .arg(backend);
        break;
    default:
        r.status = SecretResult::Status::Other;
        r.message = Tr::tr("The keychain failed: %1").arg(backend);
        break;
    }
    return r;
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    const QString chosen = qEnvironmentVariable("ASSERTDESK_KEYCHAIN_SERVICE").trimmed();
    return chosen.isEmpty() ? QStringLiteral("assertdesk") : chosen;
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::entryName(const QString &profile)
{
    return QStringLiteral("assertdesk:") + profile;
}

void KeychainSecretStore::read(const QString &profile, Callback done)
{
#if defined(Q_OS_LINUX)
    // The secret service is often started on demand by the first call, which can fail.
    readOnce(profile, true, std::move(done));
#else
    readOnce(profile, false, std::move(done));
#endif
}

void KeychainSecretStore::readOnce(const QString &profile, bool retry, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(profile));
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, retry, done = std::move(done)] {
        SecretResult r = resultOf(job, profile);
        if (r.ok()) {
            r.key = job->textData();
        } else if (retry && r.status != SecretResult::Status::NotFound) {
            qCInfo(lcSecrets) << "first keychain read failed; retrying once";
            QTimer::singleShot(400, this, [this, profile, done] { readOnce(profile, false, done); });
            return;
        }
        done(r);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &profile, const QString &key, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(profile));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
            [job, profile, done = std::move(done)] { done(resultOf(job, profile)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &profile, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(profile));
    connect(job, &QKeychain::Job::finished, this, [job, profile, done = std::move(done)] {
        SecretResult r = resultOf(job, profile);
        // Forgetting a key that was never saved is not a failure.
        if (r.status == SecretResult::Status::NotFound)
            r = {};
        done(r);
    });
    job->start();
}

} // namespace AssertDesk::Secrets
