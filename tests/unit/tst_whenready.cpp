#include "futures.h"

#include <QPromise>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using AssertDesk::History::whenReady;

// whenReady is how the window and the send wait for the history thread. A task can end without
// a result (the service stopped mid-task, a cancelled or empty future); reading one then is
// undefined behaviour (a crash in the window), so the caller hears "no result" instead.
class TestWhenReady final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aResultFromAnotherThreadArrivesOnTheContextsThread()
    {
        QObject context;
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        std::optional<int> got;
        QThread *seenOn = nullptr;
        whenReady(future, &context, [&](int v) {
            got = v;
            seenOn = QThread::currentThread();
        });
        std::unique_ptr<QThread> worker(QThread::create([p = std::move(promise)]() mutable {
            p.start();
            p.addResult(42);
            p.finish();
        }));
        worker->start();
        QTRY_VERIFY(got.has_value());
        QCOMPARE(*got, 42);
        QCOMPARE(seenOn, QThread::currentThread());
        worker->wait();
    }

    void aPromiseDroppedUnfinishedSaysSoInsteadOfReadingNothing()
    {
        QObject context;
        bool called = false;
        bool noResult = false;
        {
            QPromise<qint64> promise;
            promise.start();
            whenReady(
                promise.future(), &context, [&](qint64) { called = true; }, [&] { noResult = true; });
        } // the service went away with the task unfinished
        QTRY_VERIFY(noResult);
        QVERIFY(!called);
    }

    void aCancelledFutureIsNoResult()
    {
        QObject context;
        QPromise<bool> promise;
        promise.start();
        bool called = false;
        bool noResult = false;
        whenReady(
            promise.future(), &context, [&](bool) { called = true; }, [&] { noResult = true; });
        promise.future().cancel();
        promise.finish();
        QTRY_VERIFY(noResult);
        QVERIFY(!called);
    }

    void anEmptyFutureIsNoResultAndWithoutAHandlerNothingHappens()
    {
        QObject context;
        bool noResult = false;
        bool called = false;
        whenReady(
            QFuture<QString>(), &context, [&](const QString &) { called = true; }, [&] { noResult = true; });
        QTRY_VERIFY(noResult);
        // Without a "no result" handler the caller is simply not called (before: result() on
        // an empty future).
        whenReady(QFuture<QString>(), &context, [&](const QString &) { called = true; });
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void nothingRunsOnceTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        QPromise<int> promise;
        promise.start();
        bool called = false;
        whenReady(
            promise.future(), context.get(), [&](int) { called = true; }, [&] { called = true; });
        context.reset();
        promise.addResult(1);
        promise.finish();
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestWhenReady)
#include "tst_whenready.moc"
