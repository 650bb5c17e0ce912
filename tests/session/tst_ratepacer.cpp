// The pace a batch keeps after a server's 429: learned from what the server answered in the
// second before, evenly spaced, lowered by another 429 (once for those that come together, and
// not worn down by 429s that come now and then), raised slowly without one. Times are given, so
// nothing here waits.
#include "ratepacer.h"

#include <QTest>

using AssertDesk::Session::RatePacer;

class TestRatePacer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPaceBeforeTheFirst429()
    {
        RatePacer p;
        for (qint64 t = 0; t < 500; t += 2) {
            p.answered(t);
            p.started(t);
            QCOMPARE(p.waitMs(t), 0);
        }
        QCOMPARE(p.pace(), 0.0);
    }

    void a429SetsThePaceJustUnderWhatTheServerAnswered()
    {
        RatePacer p;
        // 100 answers in the second before the 429, and 50 more before that, which no longer count.
        for (int i = 0; i < 50; ++i)
            p.answered(i);
        for (int i = 0; i < 100; ++i)
            p.answered(1000 + i * 10);
        p.throttled(1995);
        QCOMPARE(p.pace(), 100 * RatePacer::kMargin);
        // After the wait, rows leave about 10.3 ms apart, not all at once.
        const qint64 resume = 2995;
        QCOMPARE(p.waitMs(resume), 0);
        p.started(resume);
        const qint64 gap = p.waitMs(resume);
        QVERIFY2(gap >= 10 && gap <= 11, qPrintable(QString::number(gap)));
        QCOMPARE(p.waitMs(resume + gap), 0);
        // Over a whole second, no more than the pace leave.
        int left = 0;
        for (qint64 t = resume + 1; t < resume + 1000; ++t)
            if (p.waitMs(t) == 0) {
                p.started(t);
                ++left;
            }
        QVERIFY2(left <= 97 && left >= 95, qPrintable(QString::number(left)));
    }

    void another429LowersIt()
    {
        RatePacer p;
        for (int i = 0; i < 50; ++i)
            p.answered(i * 20);
        p.throttled(1000);
        const double first = p.pace();
        for (int i = 0; i < 50; ++i)
            p.answered(2000 + i * 20);
        p.throttled(3000);
        QVERIFY2(p.pace() < first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(p.pace())));
    }

    void aWhileWithoutOneRaisesItALittle()
    {
        RatePacer p;
        for (int i = 0; i < 50; ++i)
            p.answered(i * 20);
        p.throttled(1000);
        const double learned = p.pace();
        p.waitMs(1000 + RatePacer::kProbeEveryMs - 1);
        QCOMPARE(p.pace(), learned);
        p.waitMs(1000 + RatePacer::kProbeEveryMs);
        QCOMPARE(p.pace(), learned * 1.01);
    }

    void the429sOfOneMomentLowerItOnce()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        p.throttled(1000); // the workers' first 429
        QCOMPARE(p.pace(), 100 * RatePacer::kMargin);
        for (int i = 0; i < 95; ++i)
            p.answered(2501 + i * 10);
        p.throttled(3500); // met again, past the settling time
        const double lowered = p.pace();
        QVERIFY(lowered < 100 * RatePacer::kMargin);
        // The other workers' 429s of that moment, and one a second later: the same answer.
        p.throttled(3501);
        p.throttled(3503);
        p.throttled(4500);
        QCOMPARE(p.pace(), lowered);
    }

    // A server that throttles one request in fifty at random (a busy moment, or the sandbox's
    // --fault-rate 429=0.02): over two minutes the batch keeps near the pace it learned. Each 429
    // used to take 3 % off, and such a batch ended at a row or two a second.
    void sporadic429sDoNotWearThePaceDown()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        p.throttled(1000);
        const double learned = p.pace();
        int sent = 0;
        for (qint64 t = 1000; t < 121000; ++t) {
            if (p.waitMs(t) != 0)
                continue;
            p.started(t);
            if (++sent % 50 == 0)
                p.throttled(t);
            else
                p.answered(t);
        }
        QVERIFY2(p.pace() >= RatePacer::kFloor * 100 - 0.001,
                 qPrintable(QStringLiteral("learned %1, now %2").arg(learned).arg(p.pace())));
        QVERIFY2(sent >= 120 * 85, qPrintable(QString::number(sent)));
    }

    // The server answered far fewer than the pace before its 429: its limit is now lower (another
    // client shares the key), and the pace follows it at once.
    void aLimitFarUnderThePaceIsANewOne()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        p.throttled(1000);
        for (int i = 0; i < 40; ++i)
            p.answered(5001 + i * 25);
        p.throttled(6000);
        QCOMPARE(p.pace(), 40 * RatePacer::kMargin);
    }

    void aServerThatAnsweredNothingStillGetsOneASecond()
    {
        RatePacer p;
        p.throttled(5000);
        QCOMPARE(p.pace(), 1.0);
        p.started(6000);
        QCOMPARE(p.waitMs(6000), 1000);
    }
};

QTEST_APPLESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
