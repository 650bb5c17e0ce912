#include "httpclient.h"
#include "sandboxlauncher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <sys/types.h>

using namespace AssertDesk;
using Session::SandboxEndpoint;
using Session::SandboxLauncher;

namespace {

const QString sandboxExe = QStringLiteral(ASSERTDESK_SANDBOX_EXE);

SandboxEndpoint waitFor(QFuture<SandboxEndpoint> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return {{}, {}, QStringLiteral("the test gave up waiting")};
    return future.result();
}

// Alive and not a zombie (in a container nobody may reap a reparented child).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

// Starts the desktop app on the sandbox in a throw-away home and waits until its sandbox child
// runs: the sandbox starts once the window is painted, so by then the app is fully up.
bool startDesktopApp(QProcess *app, const QTemporaryDir &home, QList<qint64> *children)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    app->setProcessEnvironment(env);
    app->start(QStringLiteral(ASSERTDESK_GUI_EXE), {QStringLiteral("--sandbox")});
    if (!app->waitForStarted(10000))
        return false;
    return QTest::qWaitFor(
        [&] {
            *children = childrenOf(app->processId());
            return !children->isEmpty();
        },
        20000);
}

} // namespace

// The built-in sandbox of the desktop app: a child process started on demand.
class TestSandboxLauncher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnFirstUseAndAnswersWithItsKey()
    {
        SandboxLauncher launcher(sandboxExe, {QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(!launcher.isRunning());
        const QFuture<SandboxEndpoint> first = launcher.endpoint();
        const QFuture<SandboxEndpoint> second = launcher.endpoint();
        const SandboxEndpoint endpoint = waitFor(first);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error));
        QVERIFY(second.isFinished());
        QCOMPARE(second.result().baseUrl, endpoint.baseUrl);
        QCOMPARE(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(endpoint.baseUrl.path(), QStringLiteral("/api/v2"));
        QVERIFY(endpoint.key.startsWith(QStringLiteral("sbx_")));
        QVERIFY(launcher.isRunning());
        // Once started, it is the same sandbox for every caller.
        QCOMPARE(waitFor(launcher.endpoint()).key, endpoint.key);

        Test::HttpClient withKey(endpoint.baseUrl, endpoint.key.toUtf8());
        const Test::HttpResult listed = withKey.post(QStringLiteral("/contact/_query"), "{}");
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.count("\"record_type\":\"contact\""), 3);
        Test::HttpClient withoutKey(endpoint.baseUrl);
        QCOMPARE(withoutKey.post(QStringLiteral("/contact/_query"), "{}").status, 401);

        // The key came over a pipe: other users listing processes do not see it.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(launcher.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(endpoint.key.toUtf8()));
    }

    // A real key exported for the CLI stays with the app: the sandbox child's environment
    // (readable in /proc by the same user's processes) never has it.
    void theUsersApiKeyIsNotPassedToTheSandbox()
    {
        const QByteArray before = qgetenv("ASSERTDESK_API_KEY");
        qputenv("ASSERTDESK_API_KEY", "sk_live_real_key_9f3a");
        const auto restore = qScopeGuard([&before] {
            if (before.isNull())
                qunsetenv("ASSERTDESK_API_KEY");
            else
                qputenv("ASSERTDESK_API_KEY", before);
        });
        SandboxLauncher launcher(sandboxExe, {});
        QVERIFY2(waitFor(launcher.endpoint()).ok(), "the sandbox did not start");
        QFile environ(QStringLiteral("/proc/%1/environ").arg(launcher.processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray env = environ.readAll();
        QVERIFY(env.contains("PATH=")); // it was read
        QVERIFY(!env.contains("sk_live_real_key_9f3a"));
    }

    void goesAwayWithTheLauncher()
    {
        qint64 pid = 0;
        {
            SandboxLauncher launcher(sandboxExe);
            QVERIFY(waitFor(launcher.endpoint()).ok());
            pid = launcher.processId();
            QVERIFY(processAlive(pid));
        }
        QVERIFY(!processAlive(pid));
    }

    void startsAgainAfterItStops()
    {
        SandboxLauncher launcher(sandboxExe);
        const SandboxEndpoint before = waitFor(launcher.endpoint());
        QVERIFY(before.ok());
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        const qint64 pid = launcher.processId();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(stopped.wait(10000));
        QVERIFY2(stopped.at(0).at(0).toString().contains(QLatin1String("crashed")),
                 qPrintable(stopped.at(0).at(0).toString()));
        QVERIFY(!launcher.isRunning());

        const SandboxEndpoint after = waitFor(launcher.endpoint());
        QVERIFY2(after.ok(), qPrintable(after.error));
        QVERIFY(launcher.processId() != pid);
        QVERIFY(after.key != before.key);
        QCOMPARE(
            Test::HttpClient(after.baseUrl, after.key.toUtf8()).post(QStringLiteral("/contact/_query"), "{}").status,
            200);
    }

    void aMissingProgramIsNamed()
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-dir/assertdesk-sandbox"));
        SandboxLauncher launcher(missing);
        const SandboxEndpoint endpoint = waitFor(launcher.endpoint());
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error.contains(missing), qPrintable(endpoint.error));
        QVERIFY(endpoint.error.contains(QLatin1String("could not be started")));
    }

    void anEarlyExitReportsWhatTheSandboxSaid()
    {
        SandboxLauncher launcher(sandboxExe, {QStringLiteral("--port"), QStringLiteral("seventy")});
        const SandboxEndpoint endpoint = waitFor(launcher.endpoint());
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error.contains(QLatin1String("--port must be a number")), qPrintable(endpoint.error));
        QVERIFY(endpoint.error.contains(QLatin1String("exited with code")));
    }

    void aSilentProgramTimesOutAndIsKilled()
    {
        SandboxLauncher launcher(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        launcher.setStartTimeout(500);
        const QFuture<SandboxEndpoint> future = launcher.endpoint();
        QTRY_VERIFY(launcher.processId() > 0 || future.isFinished());
        const qint64 pid = launcher.processId();
        const SandboxEndpoint endpoint = waitFor(future);
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error.contains(QLatin1String("did not report its address within 0.5 s")),
                 qPrintable(endpoint.error));
        QVERIFY(!launcher.isRunning());
        QVERIFY(!processAlive(pid));
    }

    void theSandboxDiesWithTheDesktopApp()
    {
        // The app killed outright runs no destructors; the kernel must still stop its sandbox.
        QTemporaryDir home;
        QProcess app;
        QList<qint64> children;
        QVERIFY(startDesktopApp(&app, home, &children));
        QCOMPARE(children.size(), 1);
        // Found right after the fork, the child may not have run exec yet (its command line is
        // still the app's): wait for it to become the sandbox.
        const auto commandLine = [pid = children.first()] {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(commandLine().contains("assertdesk-sandbox"), 10000);
        app.kill();
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(children.first()), 10000);
    }

    void theDesktopAppClosesInOrderWhenTerminated()
    {
        // SIGTERM (logout, kill, Ctrl+C) closes the app as the user would: window state saved,
        // history closed and unlocked, sandbox stopped, exit status 0.
        QTemporaryDir home;
        QProcess app;
        QList<qint64> children;
        QVERIFY(startDesktopApp(&app, home, &children));
        const QString lock = home.filePath(QStringLiteral("data/assertdesk/history.lock"));
        QVERIFY(QFile::exists(lock));
        QCOMPARE(::kill(pid_t(app.processId()), SIGTERM), 0);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QFile::exists(lock));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(children.first()), 10000);
        bool stateSaved = false;
        QDirIterator it(home.filePath(QStringLiteral("config")), {QStringLiteral("*.conf")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("geometry"))
                stateSaved = true;
        }
        QVERIFY(stateSaved);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
