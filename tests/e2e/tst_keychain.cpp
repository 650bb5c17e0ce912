#include "keychainsecretstore.h"
#include "secretwait.h"

#include "processrunner.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace AssertDesk::Secrets;
using AssertDesk::Test::runProcess;

using AssertDesk::Test::waitForSecret;

// A round trip through the real secret service (gnome-keyring under scripts/test.sh), read back
// from outside with secret-tool, the way a user would check what was stored.
class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session bus: run the suite through scripts/test.sh, which starts one with a keyring");
    }

    void roundTripVisibleToSecretTool()
    {
        KeychainSecretStore store;
        const QString profile = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString key = QStringLiteral("kc-secret-") + QUuid::createUuid().toString(QUuid::Id128);

        const SecretResult written = waitForSecret([&](auto done) { store.write(profile, key, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        const auto lookup = runProcess(QStringLiteral("secret-tool"),
                                       {QStringLiteral("lookup"), QStringLiteral("server"), store.service(),
                                        QStringLiteral("user"), KeychainSecretStore::entryName(profile)});
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(lookup.outText().trimmed(), key);

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
        KeychainSecretStore store;
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
