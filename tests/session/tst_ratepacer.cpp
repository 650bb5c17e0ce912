// The pace a batch keeps after a server's 429s: learned from what the server answered in the
// second before, evenly spaced, lowered by more 429s (once for those of one moment), raised slowly
// without them; a 429 alone (a busy moment, a fault) teaches nothing. Times are given, so nothing
// here waits.
#include "ratepacer.h"

#include <QTest>

using AssertDesk::Session::RatePacer;

namespace {

// A server at its limit refuses the workers' requests together.
void refusedTogether(RatePacer &p, qint64 t)
{
    p.throttled(t);
    p.throttled(t);
}

} // namespace

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
        // 100 answers in the second before the 429s, and 50 more before that, which no longer count.
        for (int i = 0; i < 50; ++i)
            p.answered(i);
        for (int i = 0; i < 100; ++i)
            p.answered(1000 + i * 10);
        refusedTogether(p, 1994);
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
        refusedTogether(p, 1000);
        const double first = p.pace();
        for (int i = 0; i < 50; ++i)
            p.answered(2000 + i * 20);
        refusedTogether(p, 3000);
        QVERIFY2(p.pace() < first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(p.pace())));
    }

    void the429sOfOneMomentLowerItOnce()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        refusedTogether(p, 1000);
        QCOMPARE(p.pace(), 100 * RatePacer::kMargin);
        for (int i = 0; i < 95; ++i)
            p.answered(2501 + i * 10);
        refusedTogether(p, 3500); // met again, past the settling time
        const double lowered = p.pace();
        QVERIFY(lowered < 100 * RatePacer::kMargin);
        // The other workers' 429s of that moment, and more a second later: the same answer.
        p.throttled(3503);
        p.throttled(3505);
        refusedTogether(p, 4500);
        QCOMPARE(p.pace(), lowered);
    }

    void aWhileWithoutOneRaisesItALittle()
    {
        RatePacer p;
        for (int i = 0; i < 50; ++i)
            p.answered(i * 20);
        refusedTogether(p, 1000);
        const double learned = p.pace();
        p.waitMs(1000 + RatePacer::kProbeEveryMs - 1);
        QCOMPARE(p.pace(), learned);
        p.waitMs(1000 + RatePacer::kProbeEveryMs);
        QCOMPARE(p.pace(), learned * 1.01);
    }

    // A 429 alone, as a server throws in now and then (a busy moment, or the sandbox's
    // --fault-rate 429=0.02), is waited out but teaches no pace: the first of a batch does not
    // set it to the few rows answered so far, and over two minutes of one in fifty the batch
    // keeps what it learned. Each used to take 3 % off: such a batch ended at a row or two a second.
    void a429AloneTeachesNothing()
    {
        RatePacer p;
        for (int i = 0; i < 24; ++i) {
            p.started(1000 + i * 4);
            p.answered(1000 + i * 4);
        }
        p.throttled(1100);
        QCOMPARE(p.pace(), 0.0);
        for (int i = 0; i < 100; ++i)
            p.answered(2001 + i * 10);
        refusedTogether(p, 3000);
        const double learned = p.pace();
        QCOMPARE(learned, 100 * RatePacer::kMargin);
        int sent = 0;
        for (qint64 t = 3000; t < 123000; ++t) {
            if (p.waitMs(t) != 0)
                continue;
            p.started(t);
            if (++sent % 50 == 0)
                p.throttled(t);
            else
                p.answered(t);
        }
        QVERIFY2(p.pace() >= RatePacer::kLoneFloor * learned - 0.001,
                 qPrintable(QStringLiteral("learned %1, now %2").arg(learned).arg(p.pace())));
        QVERIFY2(sent >= 120 * 85, qPrintable(QString::number(sent)));
    }

    // At a real limit a probe above it meets a 429 alone (one request too many): the pace goes
    // back to where the last 429s set it; lone ones after that take a little off, to a floor.
    void aLone429UndoesTheProbe()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        refusedTogether(p, 1000);
        const double learned = p.pace();
        p.waitMs(1000 + RatePacer::kProbeEveryMs);
        QVERIFY(p.pace() > learned);
        p.throttled(1000 + RatePacer::kProbeEveryMs + 500);
        QCOMPARE(p.pace(), learned);
        // Lone ones again: a little off, once a moment, never under nine tenths of it.
        for (qint64 t = 1000 + RatePacer::kProbeEveryMs + 2600; t < 60000; t += 2100)
            p.throttled(t);
        QCOMPARE(p.pace(), RatePacer::kLoneFloor * learned);
    }

    // The server answered far fewer than the pace before its 429s: its limit is now lower
    // (another client shares the key), and the pace follows it at once.
    void aLowerLimitIsFollowedAtOnce()
    {
        RatePacer p;
        for (int i = 0; i < 100; ++i)
            p.answered(1 + i * 10);
        refusedTogether(p, 1000);
        for (int i = 0; i < 40; ++i)
            p.answered(5001 + i * 25);
        refusedTogether(p, 6000);
        QCOMPARE(p.pace(), 40 * RatePacer::kMargin);
    }

    void aServerThatAnsweredNothingStillGetsOneASecond()
    {
        RatePacer p;
        refusedTogether(p, 5000);
        QCOMPARE(p.pace(), 1.0);
        p.started(6000);
        QCOMPARE(p.waitMs(6000), 1000);
    }
};

QTEST_APPLESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
