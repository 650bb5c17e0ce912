#include "historylock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace AssertDesk::History;
using namespace std::chrono_literals;

// Taking turns at the history: a holder that lets go is waited for, one that does not is named.
class TestHistoryLock final : public QObject
{
    Q_OBJECT

private:
    QString lockPath() const { return m_dir.filePath(QStringLiteral("history.lock")); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { QFile::remove(lockPath()); }

    void waitsForAHolderThatLetsGo()
    {
        auto held = std::make_unique<QLockFile>(lockPath());
        QVERIFY(held->tryLock(0));
        std::thread letGo([&held] {
            std::this_thread::sleep_for(400ms);
            held->unlock();
        });
        HistoryLock lock(lockPath());
        QString said;
        QElapsedTimer waited;
        waited.start();
        const bool got = lock.acquire({5000ms, 5000ms, 10000ms}, [&said](const QString &who) { said = who; });
        letGo.join();
        QVERIFY(got);
        QVERIFY(waited.elapsed() >= 350);
        QVERIFY(!lock.leftByACrash());
    }

    void namesAHolderThatStays()
    {
        QLockFile held(lockPath());
        QVERIFY(held.tryLock(0));
        HistoryLock lock(lockPath());
        QString said;
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!lock.acquire({300ms, 1200ms, 10000ms}, [&said](const QString &who) { said = who; }));
        // This test program is no command-line tool: it got the shorter patience for a window.
        QVERIFY2(waited.elapsed() >= 1100 && waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        const QString me = QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid());
        QVERIFY2(lock.holder().contains(me), qPrintable(lock.holder()));
        QVERIFY2(lock.holder().startsWith(QCoreApplication::applicationName()), qPrintable(lock.holder()));
        QCOMPARE(said, lock.holder()); // told while it waited, after a second
    }

    void aLockLeftByAProcessThatIsGoneIsTakenAndSaysACrash()
    {
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted(5000));
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished(5000));
        QFile f(lockPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(pid) + "\nassertdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        f.close();
        HistoryLock lock(lockPath());
        QVERIFY(lock.acquire({100ms, 100ms, 1000ms}));
        QVERIFY(lock.leftByACrash());
    }
};

QTEST_GUILESS_MAIN(TestHistoryLock)
#include "tst_historylock.moc"
