#include "keychainsecretstore.h"
#include "keyvault.h"
#include "secretwait.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace AssertDesk::Secrets;
using AssertDesk::Test::testKeychainService;
using AssertDesk::Test::waitForSecret;

// No session bus at all (a bare SSH or container session): the keychain says so accurately and
// the key can still be used for the session, with the warning.
class TestKeychainNoBus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything in this process touches D-Bus.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void keychainReportsNoKeychain()
    {
        KeychainSecretStore store(testKeychainService());
        const SecretResult w
            = waitForSecret([&](auto done) { store.write(QStringLiteral("P"), QStringLiteral("nobus-key"), done); });
        QCOMPARE(w.status, SecretResult::Status::NoKeychain);
        QVERIFY(w.message.contains(QStringLiteral("No keychain")));
        const SecretResult r = waitForSecret([&](auto done) { store.read(QStringLiteral("P"), done); });
        QCOMPARE(r.status, SecretResult::Status::NoKeychain);
    }

    void vaultFallsBackToASessionKey()
    {
        KeychainSecretStore store(testKeychainService());
        KeyVault vault(&store);
        const SecretResult w = waitForSecret([&](auto done) {
            vault.write(QStringLiteral("P"), QStringLiteral("nobus-key"), KeyVault::Fallback::AllowMemory, done);
        });
        QVERIFY(w.ok());
        QVERIFY(vault.isSessionOnly());
        QVERIFY(vault.warning().contains(QStringLiteral("memory only")));
        QVERIFY(vault.warning().contains(QStringLiteral("No keychain")));
        const SecretResult r = waitForSecret([&](auto done) { vault.read(QStringLiteral("P"), done); });
        QVERIFY(r.ok());
        QCOMPARE(r.key, QStringLiteral("nobus-key"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoBus)
#include "tst_keychainnobus.moc"
