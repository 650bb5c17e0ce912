#include "httpclient.h"
#include "sandboxlauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace AssertDesk;
using Session::SandboxEndpoint;
using Session::SandboxLauncher;

namespace {

const QString sandboxExe = QStringLiteral(ASSERTDESK_SANDBOX_EXE);
const QStringList seedThree = {QStringLiteral("--seed"), QStringLiteral("3")};

SandboxEndpoint waitFor(QFuture<SandboxEndpoint> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return {{}, {}, QStringLiteral("the test gave up waiting")};
    return future.result();
}

// Asserts a contact of our own; its id, or empty.
QString createContact(const SandboxEndpoint &sandbox, const QByteArray &email)
{
    const Test::HttpResult r
        = Test::HttpClient(sandbox.baseUrl, sandbox.key.toUtf8())
              .post(QStringLiteral("/contact/_assert"),
                    "{\"match\":{\"primary_email\":\"" + email + "\"},\"attributes\":{\"first_name\":\"Kept\"}}");
    return r.status == 201 ? r.json().value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString()
                           : QString();
}

int contactStatus(const SandboxEndpoint &sandbox, const QString &id)
{
    return Test::HttpClient(sandbox.baseUrl, sandbox.key.toUtf8()).get(QStringLiteral("/contact/") + id).status;
}

int contactCount(const SandboxEndpoint &sandbox)
{
    const Test::HttpResult r
        = Test::HttpClient(sandbox.baseUrl, sandbox.key.toUtf8()).post(QStringLiteral("/contact/_query"), "{}");
    return int(r.body.count("\"record_type\":\"contact\""));
}

bool killChild(SandboxLauncher &launcher)
{
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    return ::kill(pid_t(launcher.processId()), SIGKILL) == 0 && stopped.wait(10000);
}

} // namespace

// The built-in sandbox keeps its contacts in a file, so the history's contact ids still point
// somewhere after its child process is restarted; losing them is said, and only a reset asked
// for starts afresh.
class TestSandboxData final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newDataFile() { return m_dir.filePath(QStringLiteral("d%1/sandbox/contacts.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void contactsOutliveAKilledChild()
    {
        SandboxLauncher launcher(sandboxExe, seedThree);
        launcher.setDataFile(newDataFile());
        QSignalSpy problems(&launcher, &SandboxLauncher::dataProblem);
        const SandboxEndpoint first = waitFor(launcher.endpoint());
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QString id = createContact(first, "kept@x.example");
        QVERIFY(!id.isEmpty());
        QCOMPARE(contactCount(first), 4);

        QVERIFY(killChild(launcher));
        const SandboxEndpoint second = waitFor(launcher.endpoint());
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.key != first.key);
        QCOMPARE(contactStatus(second, id), 200); // the history's id still points at it
        QCOMPARE(contactCount(second), 4);        // and the seed was not added again
        QCOMPARE(problems.count(), 0);
        // The folder is the user's alone.
        const QFile::Permissions p = QFileInfo(QFileInfo(launcher.dataFile()).absolutePath()).permissions();
        QCOMPARE(p & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void aFileGoneWhileTheAppRunsIsSaid()
    {
        SandboxLauncher launcher(sandboxExe, seedThree);
        launcher.setDataFile(newDataFile());
        QSignalSpy problems(&launcher, &SandboxLauncher::dataProblem);
        const SandboxEndpoint first = waitFor(launcher.endpoint());
        QVERIFY(first.ok());
        const QString id = createContact(first, "lost@x.example");
        QVERIFY(killChild(launcher));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(launcher.dataFile() + suffix);

        const SandboxEndpoint second = waitFor(launcher.endpoint());
        QVERIFY(second.ok());
        QTRY_COMPARE(problems.count(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("is gone")) && message.contains(launcher.dataFile()),
                 qPrintable(message));
        QCOMPARE(contactStatus(second, id), 404);
    }

    void aFileGoneBetweenRunsIsSaidButAFirstStartIsNot()
    {
        const QString file = newDataFile();
        {
            SandboxLauncher launcher(sandboxExe, seedThree);
            launcher.setDataFile(file);
            QSignalSpy problems(&launcher, &SandboxLauncher::dataProblem);
            QVERIFY(waitFor(launcher.endpoint()).ok());
            QTest::qWait(50);
            QCOMPARE(problems.count(), 0); // the first start has nothing to lose
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        SandboxLauncher next(sandboxExe, seedThree);
        next.setDataFile(file);
        QSignalSpy problems(&next, &SandboxLauncher::dataProblem);
        QVERIFY(waitFor(next.endpoint()).ok());
        QTRY_COMPARE(problems.count(), 1);
    }

    void anUnreadableFileIsSaidAndNotReplaced()
    {
        const QString file = newDataFile();
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray noise(8192, '\x5a');
        garbage.write(noise);
        garbage.close();
        SandboxLauncher launcher(sandboxExe, seedThree);
        launcher.setDataFile(file);
        QSignalSpy problems(&launcher, &SandboxLauncher::dataProblem);
        const SandboxEndpoint endpoint = waitFor(launcher.endpoint());
        QVERIFY(!endpoint.ok());
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("cannot read its contacts file")),
                 qPrintable(problems.first().first().toString()));
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QCOMPARE(garbage.readAll(), noise); // left for the user to look at or reset
    }

    void resetMovesTheContactsAsideAndSeedsAfresh()
    {
        SandboxLauncher launcher(sandboxExe, seedThree);
        launcher.setDataFile(newDataFile());
        QSignalSpy problems(&launcher, &SandboxLauncher::dataProblem);
        const SandboxEndpoint first = waitFor(launcher.endpoint());
        QVERIFY(first.ok());
        const QString id = createContact(first, "before@x.example");
        QVERIFY(!id.isEmpty());

        QString movedTo;
        const SandboxEndpoint after = waitFor(launcher.reset(&movedTo));
        QVERIFY2(after.ok(), qPrintable(after.error));
        QVERIFY2(movedTo.contains(QStringLiteral("contacts-before-reset-")), qPrintable(movedTo));
        QVERIFY(QFileInfo::exists(movedTo));
        QCOMPARE(contactStatus(after, id), 404);
        QCOMPARE(contactCount(after), 3); // seeded again
        QTest::qWait(50);
        QCOMPARE(problems.count(), 0); // asked for: not a loss to warn about

        // The old contacts are all in the file moved aside, readable by a sandbox of its own.
        SandboxLauncher old(sandboxExe);
        old.setDataFile(movedTo);
        const SandboxEndpoint oldEndpoint = waitFor(old.endpoint());
        QVERIFY2(oldEndpoint.ok(), qPrintable(oldEndpoint.error));
        QCOMPARE(contactStatus(oldEndpoint, id), 200);
    }

    // The desktop app gives its sandbox a file in the app's data folder.
    void theDesktopAppKeepsTheContactsInItsDataFolder()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ASSERTDESK_GUI_EXE), {QStringLiteral("--sandbox")});
        QVERIFY(app.waitForStarted(10000));
        const QString file = home.filePath(QStringLiteral("data/assertdesk/sandbox/contacts.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 20000);
        app.terminate();
        QVERIFY(app.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
