#include "profilefallback.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;
using Session::ProfileFallback;

// Which profile the window shows when the one it would show is not there.
class TestProfileFallback final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Profiles::ProfileStore> store()
    {
        return std::make_unique<Profiles::ProfileStore>(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    }

    static void add(Profiles::ProfileStore &s, const QString &name)
    {
        QString error;
        QVERIFY2(s.save({name, QUrl(QStringLiteral("https://api.example.com/api/v2")), false, 30, false}, &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void aNewUserIsOnTheSandbox()
    {
        const auto s = store();
        QCOMPARE(ProfileFallback::choose(*s, QString()), QStringLiteral("Sandbox"));
        QCOMPARE(ProfileFallback::choose(*s, QStringLiteral("Gone")), QStringLiteral("Sandbox"));
        QCOMPARE(ProfileFallback::choose(*s, QStringLiteral("Reevo")), QStringLiteral("Reevo"));
        QVERIFY(ProfileFallback::startOnSandbox(*s, false));
    }

    void theWantedProfileWhileItExists()
    {
        const auto s = store();
        add(*s, QStringLiteral("Acme"));
        add(*s, QStringLiteral("Beta"));
        QCOMPARE(ProfileFallback::choose(*s, QStringLiteral("Beta")), QStringLiteral("Beta"));
        QCOMPARE(ProfileFallback::choose(*s, QStringLiteral("Sandbox")), QStringLiteral("Sandbox"));
        QVERIFY(!ProfileFallback::startOnSandbox(*s, false));
        QVERIFY(ProfileFallback::startOnSandbox(*s, true)); // --sandbox
    }

    void anAccountHolderFallsBackToTheirAccountNotTheSandbox()
    {
        const auto s = store();
        add(*s, QStringLiteral("Acme"));
        add(*s, QStringLiteral("Beta"));
        QString error;
        QVERIFY(s->remove(QStringLiteral("Beta"), &error));
        QCOMPARE(ProfileFallback::choose(*s, QStringLiteral("Beta")), QStringLiteral("Acme"));
        QCOMPARE(ProfileFallback::choose(*s, QString()), QStringLiteral("Acme"));
    }
};

QTEST_MAIN(TestProfileFallback)
#include "tst_profilefallback.moc"
