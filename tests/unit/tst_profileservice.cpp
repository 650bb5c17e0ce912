#include "keyvault.h"
#include "profileservice.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace AssertDesk;
using namespace AssertDesk::Secrets;
using namespace AssertDesk::Session;
using Profiles::Profile;

namespace {

// A keychain in a hash whose writes can be made to fail, as a locked one refuses them.
class Keychain final : public SecretStore
{
public:
    QHash<QString, QString> keys;
    bool locked = false;

    void read(const QString &profile, Callback done) override
    {
        if (!keys.contains(profile))
            done({SecretResult::Status::NotFound, {}, QStringLiteral("no key")});
        else
            done({SecretResult::Status::Ok, keys.value(profile), {}});
    }
    void write(const QString &profile, const QString &key, Callback done) override
    {
        if (locked) {
            done({SecretResult::Status::Locked, {}, QStringLiteral("the keychain is locked")});
            return;
        }
        keys.insert(profile, key);
        done({});
    }
    void remove(const QString &profile, Callback done) override
    {
        keys.remove(profile);
        done({});
    }
    bool isPersistent() const override { return true; }
};

Profile account(const QString &name, const QString &host = QStringLiteral("api.example.com"))
{
    return {name, QUrl(QStringLiteral("https://%1/api/v2").arg(host)), false, 30, false};
}

struct Answer
{
    bool ok = false;
    QString message;
};

} // namespace

// Profiles keep their keys: a rename takes the key along, a removal leaves none behind, and a
// rename never overwrites another profile.
class TestProfileService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profiles::ProfileStore> m_store;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<ProfileService> m_service;

    std::optional<Answer> rename(const QString &from, const Profile &to)
    {
        QObject context;
        std::optional<Answer> out;
        m_service->rename(from, to, &context, [&](bool ok, const QString &message) { out = Answer {ok, message}; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 5000);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_store = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(QStringLiteral("p%1.conf").arg(++n)));
        m_keychain = std::make_unique<Keychain>();
        m_vault = std::make_unique<KeyVault>(m_keychain.get());
        m_service = std::make_unique<ProfileService>(m_store.get(), m_vault.get());
        QString error;
        QVERIFY2(m_service->add(account(QStringLiteral("Staging")), &error), qPrintable(error));
        QVERIFY2(m_service->add(account(QStringLiteral("Live"), QStringLiteral("live.example.com")), &error),
                 qPrintable(error));
        m_keychain->keys = {{QStringLiteral("Staging"), QStringLiteral("staging-key")},
                            {QStringLiteral("Live"), QStringLiteral("live-key")}};
    }

    void renameMovesTheKey()
    {
        Profile renamed = account(QStringLiteral("Test"));
        renamed.timeoutSeconds = 45;
        const auto a = rename(QStringLiteral("Staging"), renamed);
        QVERIFY(a);
        QVERIFY2(a->ok, qPrintable(a->message));
        QVERIFY(a->message.isEmpty());
        QVERIFY(!m_store->profile(QStringLiteral("Staging")));
        QCOMPARE(m_store->profile(QStringLiteral("Test"))->timeoutSeconds, 45);
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Test")), QStringLiteral("staging-key"));
        QVERIFY(!m_keychain->keys.contains(QStringLiteral("Staging"))); // nothing left under the old name
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Live")), QStringLiteral("live-key"));
    }

    void renameInCaseAloneKeepsTheKey()
    {
        const auto a = rename(QStringLiteral("Staging"), account(QStringLiteral("STAGING")));
        QVERIFY(a && a->ok);
        QCOMPARE(m_store->profile(QStringLiteral("staging"))->name, QStringLiteral("STAGING"));
        QCOMPARE(m_keychain->keys.value(QStringLiteral("STAGING")), QStringLiteral("staging-key"));
        QVERIFY(!m_keychain->keys.contains(QStringLiteral("Staging")));
    }

    void renameOfAProfileWithoutAKey()
    {
        m_keychain->keys.remove(QStringLiteral("Staging"));
        const auto a = rename(QStringLiteral("Staging"), account(QStringLiteral("Test")));
        QVERIFY(a && a->ok);
        QVERIFY(m_store->profile(QStringLiteral("Test")));
        QVERIFY(!m_keychain->keys.contains(QStringLiteral("Test")));
    }

    void renameOntoAnotherProfileIsRefused()
    {
        const Profile before = *m_store->profile(QStringLiteral("Live"));
        const auto a = rename(QStringLiteral("Staging"), account(QStringLiteral("live")));
        QVERIFY(a);
        QVERIFY(!a->ok);
        QCOMPARE(a->message, QStringLiteral("There is a profile \"Live\" already."));
        // Nothing changed: both profiles and both keys as they were.
        QCOMPARE(*m_store->profile(QStringLiteral("Live")), before);
        QVERIFY(m_store->profile(QStringLiteral("Staging")));
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Live")), QStringLiteral("live-key"));
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Staging")), QStringLiteral("staging-key"));

        QString error;
        QVERIFY(!m_service->add(account(QStringLiteral("STAGING")), &error));
        QCOMPARE(error, QStringLiteral("There is a profile \"Staging\" already."));
    }

    void failedKeyWriteLeavesTheOldNameIntact()
    {
        m_keychain->locked = true;
        const auto a = rename(QStringLiteral("Staging"), account(QStringLiteral("Test")));
        QVERIFY(a);
        QVERIFY(!a->ok);
        QVERIFY2(a->message.contains(QStringLiteral("the keychain is locked")), qPrintable(a->message));
        QVERIFY2(a->message.contains(QStringLiteral("not renamed")), qPrintable(a->message));
        QVERIFY(m_store->profile(QStringLiteral("Staging")));
        QVERIFY(!m_store->profile(QStringLiteral("Test")));
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Staging")), QStringLiteral("staging-key"));
        QVERIFY(!m_vault->isSessionOnly()); // not quietly moved into memory either
    }

    void invalidNewSettingsNeverReachTheKeychain()
    {
        Profile bad = account(QStringLiteral("Test"));
        bad.baseUrl = QUrl(QStringLiteral("http://plain.example.com/api/v2"));
        const auto a = rename(QStringLiteral("Staging"), bad);
        QVERIFY(a && !a->ok);
        QVERIFY(m_store->profile(QStringLiteral("Staging")));
        QVERIFY(!m_store->profile(QStringLiteral("Test")));
        QCOMPARE(m_keychain->keys.size(), 2);
    }

    void builtInProfilesKeepTheirNames()
    {
        const auto a = rename(QStringLiteral("Reevo"), account(QStringLiteral("Mine")));
        QVERIFY(a && !a->ok);
        QVERIFY(m_store->profile(QStringLiteral("Reevo")));
        QVERIFY(!m_store->profile(QStringLiteral("Mine")));
    }

    void removeDeletesTheKey()
    {
        QString error;
        QVERIFY2(m_service->remove(QStringLiteral("Staging"), &error), qPrintable(error));
        QVERIFY(!m_store->profile(QStringLiteral("Staging")));
        QVERIFY(!m_keychain->keys.contains(QStringLiteral("Staging")));
        QCOMPARE(m_keychain->keys.value(QStringLiteral("Live")), QStringLiteral("live-key"));

        QVERIFY(!m_service->remove(QStringLiteral("Sandbox"), &error)); // built in
        QVERIFY(m_store->profile(QStringLiteral("Sandbox")));
    }
};

QTEST_MAIN(TestProfileService)
#include "tst_profileservice.moc"
