// The pace a batch keeps after a server's 429: learned from what the server answered in the
// second before, evenly spaced, lowered by another 429, raised slowly without one. Times are
// given, so nothing here waits.
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
