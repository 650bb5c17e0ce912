#include "endpointpolicy.h"
#include "profilestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Net;
using namespace AssertDesk::Profiles;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("assertdesk.conf")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void builtInProfilesExistFromTheStart()
    {
        const ProfileStore store(file());
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        const auto reevo = store.profile(QStringLiteral("Reevo"));
        QVERIFY(reevo);
        QCOMPARE(reevo->baseUrl, QUrl(QStringLiteral("https://api.reevo.ai/api/v2")));
        QVERIFY(reevo->production);
        const auto sandbox = store.profile(QStringLiteral("sandbox"));
        QVERIFY(sandbox && sandbox->isSandbox());
        QVERIFY(!store.hasUserProfile());
    }

    void addSetRemove()
    {
        ProfileStore store(file());
        QString error;
        Profile p {QStringLiteral("Staging"), QUrl(QStringLiteral("https://staging.example.com/api/v2")), false, 12,
                   false};
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(store.hasUserProfile());
        // Another store on the same file (another process) sees it.
        const ProfileStore other(file());
        QCOMPARE(*other.profile(QStringLiteral("staging")), p);
        p.production = true;
        p.timeoutSeconds = 60;
        QVERIFY(store.save(p, &error));
        QCOMPARE(store.profile(QStringLiteral("Staging"))->timeoutSeconds, 60);
        QCOMPARE(store.profiles().size(), 3);
        QVERIFY(store.remove(QStringLiteral("STAGING"), &error));
        QVERIFY(!store.profile(QStringLiteral("Staging")));
        QVERIFY(!store.hasUserProfile());
    }

    void builtInsCanBeAdjustedNotRemoved()
    {
        ProfileStore store(file());
        QString error;
        QVERIFY(!store.remove(QStringLiteral("Reevo"), &error));
        QVERIFY(error.contains(QStringLiteral("built in")));
        Profile reevo = *store.profile(QStringLiteral("Reevo"));
        reevo.timeoutSeconds = 90;
        QVERIFY(store.save(reevo, &error));
        QCOMPARE(store.profile(QStringLiteral("Reevo"))->timeoutSeconds, 90);
        QVERIFY(store.profile(QStringLiteral("Reevo"))->builtIn);
        QCOMPARE(store.profiles().size(), 2);
    }

    void badProfilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("http off this machine") << QStringLiteral("X") << QStringLiteral("http://api.example.com/api/v2")
                                               << 30 << QStringLiteral("unencrypted");
        QTest::newRow("not a url") << QStringLiteral("X") << QStringLiteral("api.example.com") << 30
                                   << QStringLiteral("not a complete URL");
        QTest::newRow("credentials in url") << QStringLiteral("X") << QStringLiteral("https://u:p@api.example.com")
                                            << 30 << QStringLiteral("user name");
        QTest::newRow("slash in name") << QStringLiteral("a/b") << QStringLiteral("https://api.example.com") << 30
                                       << QStringLiteral("cannot be a profile name");
        QTest::newRow("empty name") << QString() << QStringLiteral("https://api.example.com") << 30
                                    << QStringLiteral("cannot be a profile name");
        QTest::newRow("timeout") << QStringLiteral("X") << QStringLiteral("https://api.example.com") << 0
                                 << QStringLiteral("timeout");
    }

    void badProfilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, timeout);
        QFETCH(QString, messagePart);
        ProfileStore store(file());
        QString error;
        QVERIFY(!store.save(Profile {name, QUrl(url), false, timeout, false}, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(store.profiles().size(), 2);
    }

    void loopbackMayUsePlainHttp()
    {
        QVERIFY(EndpointPolicy::check(QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2"))).isEmpty());
        QVERIFY(EndpointPolicy::check(QUrl(QStringLiteral("http://localhost/api/v2"))).isEmpty());
        QVERIFY(EndpointPolicy::check(QUrl(QStringLiteral("http://[::1]:9/api"))).isEmpty());
        QVERIFY(!EndpointPolicy::check(QUrl(QStringLiteral("http://10.0.0.5/api"))).isEmpty());
        QCOMPARE(EndpointPolicy::resolve(QUrl(QStringLiteral("https://h/api/v2/")), QStringLiteral("/contact/_assert")),
                 QUrl(QStringLiteral("https://h/api/v2/contact/_assert")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
