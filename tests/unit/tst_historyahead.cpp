// A batch writes its intents ahead of their turn, a window at a time with one disk sync, and
// notes each row as released just before it leaves (HistoryStore::beginAhead/release, AheadLog).
// After a crash the next opening must tell a row that never left (taken back: no attempt, so a
// resume sends it without asking) from one that may have reached the server (interrupted: read
// back first), and must trust the log only in the boot of the machine that wrote it.
#include "aheadlog.h"
#include "buyerintent.h"
#include "historyservice.h"
#include "historystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

namespace {

QList<HistoryIntent> batchIntents(int n)
{
    QList<HistoryIntent> out;
    for (int row = 1; row <= n; ++row)
        out << buyerIntent(QStringLiteral("row%1@ahead.example").arg(row));
    return out;
}

QString outcomeOf(const HistoryStore &store, qint64 id)
{
    const auto r = store.record(id);
    return r ? r->state + QLatin1Char('/') + r->outcome : QStringLiteral("missing");
}

// Five rows written ahead, the first two released; the store then goes as in a crash (nothing
// settled, nothing completed). Returns the ids.
QList<qint64> writeAheadAndStop(const QString &dir)
{
    HistoryStore store(dir);
    QString error;
    if (!store.open(&error))
        return {};
    const QList<qint64> ids = store.beginAhead(batchIntents(5), &error);
    if (ids.size() != 5 || !store.release(ids.mid(0, 2), &error))
        return {};
    return ids;
}

} // namespace

class TestHistoryAhead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { AheadLog::setBootIdForTesting({}); }

    void rowsNeverReleasedAreNeverSentAndReleasedOnesInterrupted()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = writeAheadAndStop(dir.path());
        QCOMPARE(ids.size(), 5);
        QCOMPARE(ids.last(), ids.first() + 4);

        HistoryStore store(dir.path());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(outcomeOf(store, ids.at(0)), QStringLiteral("interrupted/interrupted"));
        QCOMPARE(outcomeOf(store, ids.at(1)), QStringLiteral("interrupted/interrupted"));
        for (const qint64 id : ids.mid(2))
            QCOMPARE(outcomeOf(store, id), QStringLiteral("missing"));
        // Only the rows that may have left are told as interrupted.
        QVERIFY2(store.notices().join(QLatin1Char('\n')).contains(QStringLiteral("2 send(s) were interrupted")),
                 qPrintable(store.notices().join(QLatin1Char('\n'))));
        // Nothing of them is left in the search either; the released rows are found.
        HistoryFilter f;
        f.text = QStringLiteral("row4@ahead.example");
        QCOMPARE(store.list(f, 10).size(), 0);
        f.text = QStringLiteral("row2@ahead.example");
        QCOMPARE(store.list(f, 10).size(), 1);
    }

    void aLogFromAnotherBootIsNotTrusted()
    {
        QTemporaryDir dir;
        AheadLog::setBootIdForTesting("boot-before-the-power-cut");
        const QList<qint64> ids = writeAheadAndStop(dir.path());
        QCOMPARE(ids.size(), 5);
        // The machine restarted: what the log says may have been lost with the system's cache.
        AheadLog::setBootIdForTesting("boot-after");
        HistoryStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        for (const qint64 id : ids)
            QCOMPARE(outcomeOf(store, id), QStringLiteral("interrupted/interrupted"));
    }

    void aLineCutShortReleasesNothing()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = writeAheadAndStop(dir.path());
        QCOMPARE(ids.size(), 5);
        // The crash came while the third row's release was written: it never left.
        QFile log(dir.filePath(QStringLiteral("history.ahead")));
        QVERIFY(log.open(QIODevice::Append));
        log.write("r " + QByteArray::number(ids.at(2)));
        log.close();
        HistoryStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(outcomeOf(store, ids.at(1)), QStringLiteral("interrupted/interrupted"));
        QCOMPARE(outcomeOf(store, ids.at(2)), QStringLiteral("missing"));
    }

    void rowsCompletedOrWithdrawnAreLeftAsTheyAre()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        qint64 reused = 0;
        {
            HistoryStore store(dir.path());
            QString error;
            QVERIFY(store.open(&error));
            ids = store.beginAhead(batchIntents(3), &error);
            QCOMPARE(ids.size(), 3);
            QVERIFY(store.release({ids.at(0)}, &error));
            SendResult answered;
            answered.outcome = Outcome::Rejected;
            answered.httpStatus = 422;
            answered.body = R"({"errors":[{"code":"invalid","detail":"bad"}]})";
            QVERIFY(store.completeAttempt(ids.at(0), answered, &error));
            // A cancel takes the rows not started back; their ids may be given again, and are.
            QVERIFY2(store.withdraw(ids.mid(1), &error), qPrintable(error));
            QCOMPARE(outcomeOf(store, ids.at(1)), QStringLiteral("missing"));
            HistoryIntent single = batchIntents(1).first();
            single.matchValue = QStringLiteral("single@ahead.example");
            reused = store.beginAttempt(single, &error);
            QCOMPARE(reused, ids.at(1));
        }
        HistoryStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(outcomeOf(store, ids.at(0)), QStringLiteral("complete/rejected"));
        // The single send that got a withdrawn id may have left: interrupted, never taken back.
        QCOMPARE(outcomeOf(store, reused), QStringLiteral("interrupted/interrupted"));
        QCOMPARE(store.record(reused)->matchValue, QStringLiteral("single@ahead.example"));
        QCOMPARE(outcomeOf(store, ids.at(2)), QStringLiteral("missing"));
    }

    void theLogHoldsIdsOnlyAndIsPrivate()
    {
        QTemporaryDir dir;
        const QList<qint64> ids = writeAheadAndStop(dir.path());
        QCOMPARE(ids.size(), 5);
        QFile log(dir.filePath(QStringLiteral("history.ahead")));
        QCOMPARE(log.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // boot, a, r and the end
        static const QRegularExpression shape(QStringLiteral("^(boot [0-9a-f-]+|[ar]( [0-9]+)+|)$"));
        for (const QByteArray &line : lines)
            QVERIFY2(shape.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    }

    // A batch's next rows wait for their release to be noted: that note must not queue behind a
    // write holding the history's thread (a group of answers takes milliseconds, a slow disk far
    // more). Here a write is held until the release has been noted; with the note behind it, the
    // release would never finish and the test fails on its timeout.
    void aReleaseIsNotedWhileTheHistorysThreadIsBusy()
    {
        QTemporaryDir dir;
        HistoryService service(dir.path());
        QVERIFY(service.open().result().ok);
        const QList<qint64> ids = service.beginAhead(batchIntents(3)).result().ids;
        QCOMPARE(ids.size(), 3);

        QSemaphore entered;
        QSemaphore letGo;
        service.setCompletionFault([&] {
            entered.release();
            letGo.acquire();
            return QString();
        });
        SendResult answer;
        answer.outcome = Outcome::Rejected;
        answer.httpStatus = 422;
        answer.answeredAt = QDateTime::currentDateTimeUtc();
        QFuture<HistoryService::CompleteResult> held = service.completeAttempt(ids.at(0), answer);
        QVERIFY(entered.tryAcquire(1, 10000));                // the history's thread is now inside that write
        auto letItGo = qScopeGuard([&] { letGo.release(); }); // also when a check fails: the service must close

        QFuture<QString> released = service.release(ids.mid(1));
        QTRY_VERIFY_WITH_TIMEOUT(released.isFinished(), 10000);
        QCOMPARE(released.result(), QString());
        QVERIFY(!held.isFinished());
        letItGo.dismiss();
        letGo.release();
        held.waitForFinished();
        QVERIFY2(held.result().written, qPrintable(held.result().error));

        // And the note is what the next opening reads: the released rows may have left.
        const AheadLog::Reading log = AheadLog::read(dir.filePath(QStringLiteral("history.ahead")));
        QVERIFY(log.sameBoot);
        QCOMPARE(log.released, QSet<qint64>(ids.cbegin() + 1, ids.cend()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryAhead)
#include "tst_historyahead.moc"
