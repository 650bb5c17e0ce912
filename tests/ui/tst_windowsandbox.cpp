#include "appfixture.h"
#include "findchild.h"

#include "mainwindow.h"
#include "question.h"
#include "responsepanel.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// Sends what the window shows; the outcome banner's text.
QString sendAndWait(MainWindow &window)
{
    QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
    window.send();
    return shown.wait(20000) ? window.responsePanel()->bannerText() : QStringLiteral("<no answer>");
}

bool killSandbox(Test::AppFixture &app)
{
    QSignalSpy stopped(app.sandbox.get(), &Session::SandboxLauncher::stopped);
    return ::kill(pid_t(app.sandbox->processId()), SIGKILL) == 0 && stopped.wait(10000);
}

} // namespace

// The built-in sandbox as the window shows it: its contacts outlive its child process, their loss
// is said above the panes, and Sandbox › Reset starts afresh only when asked and confirmed.
class TestWindowSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Ui::Question::setNextAnswer(std::nullopt); }

    void aKilledSandboxStillFindsTheContact()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        QVERIFY2(sendAndWait(window).startsWith(QStringLiteral("Created")), "the first send did not create");
        QVERIFY(killSandbox(app));
        const QString again = sendAndWait(window);
        QVERIFY2(again.startsWith(QStringLiteral("Updated")), qPrintable(again));
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        QVERIFY(!notice->isVisibleTo(&window));
    }

    void contactsGoneAreSaid()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        QVERIFY(sendAndWait(window).startsWith(QStringLiteral("Created")));
        QVERIFY(killSandbox(app));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(app.sandbox->dataFile() + suffix);
        const QString again = sendAndWait(window);
        QVERIFY2(again.startsWith(QStringLiteral("Created")), qPrintable(again)); // a new sandbox
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        QTRY_VERIFY(notice->isVisibleTo(&window));
        QVERIFY2(notice->text().contains(QStringLiteral("is gone")) && notice->text().contains(QStringLiteral("Reset")),
                 qPrintable(notice->text()));
    }

    void resetAsksFirstThenSeedsAfreshAndSaysSo()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        QVERIFY(sendAndWait(window).startsWith(QStringLiteral("Created")));
        const qint64 pid = app.sandbox->processId();

        Ui::Question::setNextAnswer(false);
        window.resetSandbox();
        QVERIFY(Ui::Question::lastQuestion().contains(QStringLiteral("new sample contacts")));
        QCOMPARE(app.sandbox->processId(), pid); // not reset
        QVERIFY(sendAndWait(window).startsWith(QStringLiteral("Updated")));

        Ui::Question::setNextAnswer(true);
        window.resetSandbox();
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisibleTo(&window), 20000);
        QVERIFY2(notice->text().contains(QStringLiteral("was reset"))
                     && notice->text().contains(QStringLiteral("before-reset")),
                 qPrintable(notice->text()));
        QVERIFY(app.sandbox->processId() != pid);
        const QString fresh = sendAndWait(window);
        QVERIFY2(fresh.startsWith(QStringLiteral("Created")), qPrintable(fresh));
    }
};

QTEST_MAIN(TestWindowSandbox)
#include "tst_windowsandbox.moc"
