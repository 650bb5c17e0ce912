#include "keychainsecretstore.h"
#include "secretwait.h"

#include "processrunner.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace AssertDesk::Secrets;
using AssertDesk::Test::runProcess;
using AssertDesk::Test::testKeychainService;
using AssertDesk::Test::waitForSecret;

namespace {
const QString kProbe = QStringLiteral("tst-probe");
} // namespace

// A round trip through the real secret service (gnome-keyring under scripts/test.sh), read back
// from outside with secret-tool, the way a user would check what was stored.
class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // scripts/test.sh always gives the suite a private bus and an unlocked keyring: without them
    // the set-up is broken, and a skip would hide that behind a green run.
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session bus: run the tests through scripts/test.sh, which starts one with an unlocked "
                 "keyring");
        KeychainSecretStore store(testKeychainService());
        const SecretResult probe
            = waitForSecret([&](auto done) { store.write(kProbe, QStringLiteral("probe"), done); });
        QVERIFY2(probe.ok(),
                 qPrintable(QStringLiteral("the keychain refused a test key (%1); run the tests through "
                                           "scripts/test.sh, which provides an unlocked keyring")
                                .arg(probe.message)));
        QVERIFY(waitForSecret([&](auto done) { store.remove(kProbe, done); }).ok());
    }

    // Nothing is left behind when a test stops half-way.
    void cleanupTestCase()
    {
        KeychainSecretStore store(testKeychainService());
        for (const QString &profile : {QStringLiteral("tst-a"), QStringLiteral("tst-b"), kProbe})
            waitForSecret([&](auto done) { store.remove(profile, done); });
    }

    void roundTripVisibleToSecretTool()
    {
        KeychainSecretStore store(testKeychainService());
        const QString profile = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString key = QStringLiteral("kc-secret-") + QUuid::createUuid().toString(QUuid::Id128);

        const SecretResult written = waitForSecret([&](auto done) { store.write(profile, key, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        const auto lookup = runProcess(QStringLiteral("secret-tool"),
                                       {QStringLiteral("lookup"), QStringLiteral("server"), store.service(),
                                        QStringLiteral("user"), KeychainSecretStore::entryName(profile)});
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(lookup.outText().trimmed(), key);
        // Under the test's own service only, never the entry the app itself reads.
        QVERIFY(store.service() != QLatin1String("assertdesk"));
        const auto appEntry
            = runProcess(QStringLiteral("secret-tool"),
                         {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("assertdesk"),
                          QStringLiteral("user"), KeychainSecretStore::entryName(profile)});
        QVERIFY(appEntry.out.trimmed().isEmpty());

        const SecretResult read = waitForSecret([&](auto done) { store.read(profile, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.key, key);

        QVERIFY(waitForSecret([&](auto done) { store.remove(profile, done); }).ok());
        const SecretResult gone = waitForSecret([&](auto done) { store.read(profile, done); });
        QCOMPARE(gone.status, SecretResult::Status::NotFound);
        QVERIFY(!gone.message.contains(key));
        const auto after = runProcess(QStringLiteral("secret-tool"),
                                      {QStringLiteral("lookup"), QStringLiteral("server"), store.service(),
                                       QStringLiteral("user"), KeychainSecretStore::entryName(profile)});
        QVERIFY(after.out.trimmed().isEmpty());
        // Forgetting what is not there is fine.
        QVERIFY(waitForSecret([&](auto done) { store.remove(profile, done); }).ok());
    }

    void profilesHaveSeparateEntries()
    {
        KeychainSecretStore store(testKeychainService());
        QVERIFY(waitForSecret([&](auto done) {
                    store.write(QStringLiteral("tst-a"), QStringLiteral("key-a"), done);
                }).ok());
        QVERIFY(waitForSecret([&](auto done) {
                    store.write(QStringLiteral("tst-b"), QStringLiteral("key-b"), done);
                }).ok());
        QCOMPARE(waitForSecret([&](auto done) { store.read(QStringLiteral("tst-a"), done); }).key,
                 QStringLiteral("key-a"));
        QCOMPARE(waitForSecret([&](auto done) { store.read(QStringLiteral("tst-b"), done); }).key,
                 QStringLiteral("key-b"));
        waitForSecret([&](auto done) { store.remove(QStringLiteral("tst-a"), done); });
        waitForSecret([&](auto done) { store.remove(QStringLiteral("tst-b"), done); });
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
