#include "processrunner.h"

#include "buildinfo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using AssertDesk::Test::runProcess;

// What a new user does first with each program: ask for its version and help, and start the
// desktop app where there is no display.
class TestExecutables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("gui") << QStringLiteral(ASSERTDESK_GUI_EXE) << QStringLiteral("assertdesk");
        QTest::newRow("cli") << QStringLiteral(ASSERTDESK_CLI_EXE) << QStringLiteral("assertdesk-cli");
        QTest::newRow("sandbox") << QStringLiteral(ASSERTDESK_SANDBOX_EXE) << QStringLiteral("assertdesk-sandbox");
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        // No display on purpose: --version and --help must not need one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));

        const auto version = runProcess(program, {QStringLiteral("--version")}, {}, env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.outText().trimmed(), name + QLatin1Char(' ') + QStringLiteral(ASSERTDESK_VERSION));

        const auto help = runProcess(program, {QStringLiteral("--help")}, {}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outText().contains(QStringLiteral("Usage: ")), help.out.constData());
        QVERIFY(help.outText().contains(QStringLiteral("--version")));
    }

    void desktopAppWithoutDisplaySaysSoAndFails()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const auto r = runProcess(QStringLiteral(ASSERTDESK_GUI_EXE), {}, {}, env, 20000);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.errText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(QStringLiteral("no display")));
    }

    void desktopAppStartsAndQuitsAfterFirstPaint()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir home;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        for (int run = 0; run < 2; ++run) { // a new history, then the one the first run made
            const auto r = runProcess(QStringLiteral(ASSERTDESK_GUI_EXE), {QStringLiteral("--quit-after-paint")}, {},
                                      env, 60000);
            QVERIFY2(!r.timedOut, "the window never reported its first paint");
            QCOMPARE(r.exitCode, 0);
            // The window's first history query runs after the store is open, not against a closed one.
            QVERIFY2(!r.errText().contains(QLatin1String("not open")), qPrintable(r.errText()));
            QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/assertdesk/history.sqlite"))));
        }
    }

    // The bench and anyone timing start-up read this line; it stays silent unless asked for.
    void desktopAppReportsStartupPhasesWhenAsked()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir home;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const QString marker = QStringLiteral("assertdesk.startup: phases ms:");

        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("assertdesk.startup.info=true"));
        const auto traced
            = runProcess(QStringLiteral(ASSERTDESK_GUI_EXE), {QStringLiteral("--quit-after-paint")}, {}, env, 60000);
        QCOMPARE(traced.exitCode, 0);
        const QStringList lines = traced.errText().split(QLatin1Char('\n')).filter(marker);
        QCOMPARE(lines.size(), 1);
        const QStringList words
            = lines.first().mid(lines.first().indexOf(marker) + marker.size()).simplified().split(QLatin1Char(' '));
        const QStringList expected {QStringLiteral("application"), QStringLiteral("services"),
                                    QStringLiteral("window"),      QStringLiteral("shown"),
                                    QStringLiteral("first-paint"), QStringLiteral("event-loop"),
                                    QStringLiteral("teardown")};
        QCOMPARE(words.size(), 2 * expected.size());
        double previous = 0;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(words.at(2 * i), expected.at(i));
            bool ok = false;
            const double ms = words.at(2 * i + 1).toDouble(&ok);
            QVERIFY2(ok && ms >= previous, qPrintable(lines.first())); // in order, each after the last
            previous = ms;
        }
        QVERIFY2(previous > 0, qPrintable(lines.first()));

        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        const auto quiet
            = runProcess(QStringLiteral(ASSERTDESK_GUI_EXE), {QStringLiteral("--quit-after-paint")}, {}, env, 60000);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.errText().contains(marker), qPrintable(quiet.errText()));
    }

    void cliRejectsUnknownCommand()
    {
        const auto r = runProcess(QStringLiteral(ASSERTDESK_CLI_EXE), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("unknown command \"frobnicate\"")));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
