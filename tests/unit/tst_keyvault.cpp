#include "keyvault.h"
#include "maskedkey.h"

#include <QSignalSpy>
#include <QTest>

using namespace AssertDesk::Net;
using namespace AssertDesk::Secrets;

namespace {

// A keychain that answers every call with one result, as a locked or missing one does.
class FixedKeychain final : public SecretStore
{
public:
    SecretResult answer;
    QStringList written;
    void read(const QString &, Callback done) override { done(answer); }
    void write(const QString &, const QString &key, Callback done) override
    {
        if (answer.ok())
            written << key;
        done(answer);
    }
    void remove(const QString &, Callback done) override { done({}); }
    bool isPersistent() const override { return true; }
};

SecretResult sync(const std::function<void(SecretStore::Callback)> &op)
{
    SecretResult out;
    op([&](const SecretResult &r) { out = r; });
    return out;
}

} // namespace

class TestKeyVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainFirst()
    {
        FixedKeychain keychain;
        KeyVault vault(&keychain);
        QVERIFY(sync([&](auto d) {
                    vault.write(QStringLiteral("P"), QStringLiteral("k1"), KeyVault::Fallback::AllowMemory, d);
                }).ok());
        QCOMPARE(keychain.written, QStringList {QStringLiteral("k1")});
        QVERIFY(!vault.isSessionOnly());
    }

    void noKeychainFallsBackToMemoryWithAWarning_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("no keychain") << int(SecretResult::Status::NoKeychain);
        QTest::newRow("locked") << int(SecretResult::Status::Locked);
    }

    void noKeychainFallsBackToMemoryWithAWarning()
    {
        QFETCH(int, status);
        FixedKeychain keychain;
        keychain.answer = {SecretResult::Status(status), {}, QStringLiteral("the reason")};
        KeyVault vault(&keychain);
        QSignalSpy warned(&vault, &KeyVault::sessionOnlyChanged);
        const SecretResult w = sync([&](auto d) {
            vault.write(QStringLiteral("P"), QStringLiteral("k2"), KeyVault::Fallback::AllowMemory, d);
        });
        QVERIFY(w.ok());
        QVERIFY(vault.isSessionOnly());
        QVERIFY(vault.warning().contains(QStringLiteral("memory only")));
        QVERIFY(vault.warning().contains(QStringLiteral("the reason")));
        QVERIFY(!vault.warning().contains(QStringLiteral("k2")));
        QCOMPARE(warned.count(), 1);
        const SecretResult r = sync([&](auto d) { vault.read(QStringLiteral("P"), d); });
        QVERIFY(r.ok());
        QCOMPARE(r.key, QStringLiteral("k2"));
        QVERIFY(keychain.written.isEmpty());
        // Forgetting clears the session copy too.
        sync([&](auto d) { vault.remove(QStringLiteral("P"), d); });
        QVERIFY(!sync([&](auto d) { vault.read(QStringLiteral("P"), d); }).ok());
    }

    void refusingTheFallbackReportsTheKeychainProblem()
    {
        FixedKeychain keychain;
        keychain.answer = {SecretResult::Status::NoKeychain, {}, QStringLiteral("none")};
        KeyVault vault(&keychain);
        const SecretResult w = sync(
            [&](auto d) { vault.write(QStringLiteral("P"), QStringLiteral("k3"), KeyVault::Fallback::Refuse, d); });
        QCOMPARE(w.status, SecretResult::Status::NoKeychain);
        QVERIFY(!vault.isSessionOnly());
        QVERIFY(!sync([&](auto d) { vault.read(QStringLiteral("P"), d); }).ok());
    }

    void otherFailuresAreNotHiddenByTheFallback()
    {
        FixedKeychain keychain;
        keychain.answer = {SecretResult::Status::Other, {}, QStringLiteral("disk full")};
        KeyVault vault(&keychain);
        const SecretResult w = sync([&](auto d) {
            vault.write(QStringLiteral("P"), QStringLiteral("k4"), KeyVault::Fallback::AllowMemory, d);
        });
        QCOMPARE(w.status, SecretResult::Status::Other);
        QVERIFY(!vault.isSessionOnly());
    }

    void maskShowsTheLastFourOfLongKeysOnly()
    {
        QCOMPARE(maskedKey(QStringLiteral("sk_live_1234567890abcd")), QStringLiteral("****abcd"));
        QCOMPARE(maskedKey(QStringLiteral("short")), QStringLiteral("****"));
    }
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
