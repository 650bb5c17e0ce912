#include "pacedserver.h"

#include "apiclient.h"
#include "batchrun.h"
#include "historyservice.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <memory>

using namespace AssertDesk;
using namespace AssertDesk::Session;
using AssertDesk::Test::PacedServer;

namespace {

// Rows from a list, as a file would give them: row n writes rowN@batch.example.
class ListSource final : public BatchSource
{
public:
    explicit ListSource(int rows)
        : m_rows(rows)
    {
    }
    bool next(BatchItem &item) override
    {
        if (m_next >= m_rows)
            return false;
        ++m_next;
        item.row = m_next;
        item.line = m_next + 1;
        item.body = QStringLiteral("{\"match\":{\"primary_email\":\"%1\"},\"attributes\":{\"first_name\":\"R\"}}")
                        .arg(address(m_next))
                        .toUtf8();
        return true;
    }
    QString error() const override { return {}; }
    static QString address(qint64 row) { return QStringLiteral("row%1@batch.example").arg(row); }
    int handedOut() const { return m_next; }

private:
    int m_rows;
    int m_next = 0;
};

} // namespace

// BatchRun sends rows side by side at the server's pace: every row once, a 429 holding every
// worker, a 5xx never sent again, and pause, resume and cancel as a person uses them.
class TestBatchRun final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    int m_run = 0;

    struct Fixture
    {
        History::HistoryService history;
        Net::ApiClient client;
        ListSource source;
        qint64 batchId = 0;
        Fixture(const QString &dir, QNetworkAccessManager *nam, int rows)
            : history(dir)
            , client(nam)
            , source(rows)
        {
        }
    };

    std::unique_ptr<Fixture> fixture(int rows)
    {
        auto f = std::make_unique<Fixture>(m_dir.filePath(QString::number(++m_run)), &m_nam, rows);
        if (!f->history.open().result().ok)
            return nullptr;
        History::BatchRecord b;
        b.profile = QStringLiteral("Local");
        b.totalRows = rows;
        f->batchId = f->history.createBatch(b).result().id;
        return f;
    }
    static BatchRun::Settings settings(const PacedServer &server, const Fixture &f, int rows, int concurrency = 4)
    {
        BatchRun::Settings s;
        s.profile = QStringLiteral("Local");
        s.batchId = f.batchId;
        s.call.baseUrl = server.baseUrl();
        s.call.key = QStringLiteral("batch-key");
        s.call.timeoutSeconds = 10;
        s.concurrency = concurrency;
        s.total = rows;
        return s;
    }
    static bool runToEnd(BatchRun &run)
    {
        QSignalSpy done(&run, &BatchRun::finished);
        run.start();
        return done.count() > 0 || done.wait(30000);
    }

private Q_SLOTS:
    void withoutAHistoryNothingIsSentAndEveryRowSaysWhy()
    {
        PacedServer server([](int, const QByteArray &) { return PacedServer::Answer {201, {}, 0}; });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(6);
        QVERIFY(f);
        BatchRun run(&f->client, nullptr, &f->source, settings(server, *f, 6));
        QSignalSpy rows(&run, &BatchRun::rowFinished);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), BatchRun::State::Finished);
        QCOMPARE(server.arrivals().size(), 0);
        QCOMPARE(run.progress().notSent, 6);
        QCOMPARE(rows.size(), 6);
        const auto first = rows.first().first().value<BatchRowResult>();
        QVERIFY2(first.result.summary.contains(QStringLiteral("no history")), qPrintable(first.result.summary));
    }

    void aCancelTakesBackTheRowsWrittenAheadThatNeverLeft()
    {
        PacedServer server([](int, const QByteArray &) { return PacedServer::Answer {201, {}, 0}; });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(30);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 30));
        run.start();
        run.pause(); // before the first window of intents is written
        QTRY_VERIFY_WITH_TIMEOUT(run.rowsWrittenAhead() > 0, 10000);
        // They are in the history, in flight, before any of them has left.
        QCOMPARE(f->history.batchRows(f->batchId).result().size(), run.rowsWrittenAhead());
        QCOMPARE(server.arrivals().size(), 0);
        QSignalSpy done(&run, &BatchRun::finished);
        run.cancel();
        QVERIFY(done.count() > 0 || done.wait(10000));
        QCOMPARE(run.state(), BatchRun::State::Cancelled);
        QCOMPARE(server.arrivals().size(), 0);
        // Never sent, so no attempt: a resume sends them all.
        QCOMPARE(f->history.batchRows(f->batchId).result().size(), 0);
        QCOMPARE(run.progress().done, 0);
    }

    void everyRowIsSentOnceAndRecordedWithItsRow()
    {
        PacedServer server([](int, const QByteArray &) { return PacedServer::Answer {201, {}, 30}; });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(24);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 24));
        QSignalSpy progress(&run, &BatchRun::progressChanged);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.state(), BatchRun::State::Finished);
        QCOMPARE(server.arrivals().size(), 24);
        for (int row = 1; row <= 24; ++row)
            QCOMPARE(server.requestsContaining(ListSource::address(row).toUtf8() + '"'), 1);
        // Side by side, never more than asked.
        QVERIFY2(server.maxConcurrent() >= 2 && server.maxConcurrent() <= 4,
                 qPrintable(QString::number(server.maxConcurrent())));
        const BatchProgress last = progress.last().first().value<BatchProgress>();
        QCOMPARE(last.done, 24);
        QCOMPARE(last.succeeded, 24);
        QCOMPARE(last.secondsLeft, 0);
        QVERIFY(last.rowsPerSecond > 0);
        const QList<History::BatchRowState> rows = f->history.batchRows(f->batchId).result();
        QCOMPARE(rows.size(), 24);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).row, i + 1);
            QCOMPARE(rows.at(i).line, i + 2);
            QCOMPARE(rows.at(i).outcome, QStringLiteral("succeeded"));
            QCOMPARE(rows.at(i).attempts, 1);
        }
    }

    void a429HoldsEveryWorkerAndTheRowGoesAgainAfterTheWait()
    {
        // The sixth request is throttled for a second; the others take 80 ms each.
        PacedServer server([](int n, const QByteArray &) {
            return n == 5 ? PacedServer::Answer {429, "1", 10} : PacedServer::Answer {201, {}, 80};
        });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(16);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 16));
        QSignalSpy throttled(&run, &BatchRun::throttled);
        QVERIFY(runToEnd(run));
        QCOMPARE(throttled.count(), 1);
        QCOMPARE(throttled.first().first().toInt(), 1);
        const QList<PacedServer::Arrival> arrivals = server.arrivals();
        QCOMPARE(arrivals.size(), 17); // every row once, the throttled one twice
        const qint64 held = arrivals.at(5).answeredAtMs;
        for (const PacedServer::Arrival &a : arrivals)
            QVERIFY2(a.atMs <= held || a.atMs >= held + 950,
                     qPrintable(
                         QStringLiteral("a request came %1 ms into the server's one-second wait").arg(a.atMs - held)));
        const QByteArray throttledRow = arrivals.at(5).body;
        QCOMPARE(std::count_if(arrivals.cbegin(), arrivals.cend(),
                               [&](const PacedServer::Arrival &a) { return a.body == throttledRow; }),
                 2);
        // One history row per file row: the wait is part of the row's one attempt.
        const QList<History::BatchRowState> rows = f->history.batchRows(f->batchId).result();
        QCOMPARE(rows.size(), 16);
        for (const History::BatchRowState &r : rows) {
            QCOMPARE(r.outcome, QStringLiteral("succeeded"));
            QCOMPARE(r.attempts, 1);
        }
        QCOMPARE(run.progress().succeeded, 16);
    }

    void afterA429TheBatchKeepsUnderTheServersLimit()
    {
        // A server that admits 40 requests in any second and throttles the rest for a second, as
        // the sandbox's --rate-limit does. Left to run into it, 200 rows meet up to four 429s
        // (one per worker) every 40 or so, 15 to 20 in all; paced after the first wave, none or
        // one or two more.
        auto admitted = std::make_shared<std::deque<qint64>>();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        PacedServer server([admitted, clock](int, const QByteArray &) {
            const qint64 now = clock->elapsed();
            while (!admitted->empty() && admitted->front() <= now - 1000)
                admitted->pop_front();
            if (admitted->size() >= 40)
                return PacedServer::Answer {429, "1", 0};
            admitted->push_back(now);
            return PacedServer::Answer {201, {}, 5};
        });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(200);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 200));
        QSignalSpy progress(&run, &BatchRun::progressChanged);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.progress().succeeded, 200);
        const QList<PacedServer::Arrival> arrivals = server.arrivals();
        const auto throttled = std::count_if(arrivals.cbegin(), arrivals.cend(),
                                             [](const PacedServer::Arrival &a) { return a.status == 429; });
        QVERIFY2(throttled >= 1 && throttled <= 6, qPrintable(QStringLiteral("%1 429s").arg(throttled)));
        const double paced = progress.last().first().value<BatchProgress>().pacedAt;
        QVERIFY2(paced > 30 && paced < 40, qPrintable(QString::number(paced)));
    }

    void aServerErrorIsNeverSentAgain()
    {
        PacedServer server([](int, const QByteArray &body) {
            return body.contains("row3@") ? PacedServer::Answer {500, {}, 10} : PacedServer::Answer {201, {}, 20};
        });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(6);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 6));
        QList<BatchRowResult> results;
        connect(&run, &BatchRun::rowFinished, this, [&](const BatchRowResult &r) { results << r; });
        QVERIFY(runToEnd(run));
        QCOMPARE(server.requestsContaining("row3@"), 1);
        QCOMPARE(server.arrivals().size(), 6);
        QCOMPARE(results.size(), 6);
        const auto third
            = std::find_if(results.cbegin(), results.cend(), [](const BatchRowResult &r) { return r.row == 3; });
        QCOMPARE(third->result.outcome, Contract::Outcome::Unknown);
        QCOMPARE(run.progress().unknown, 1);
        QCOMPARE(run.progress().succeeded, 5);
        QCOMPARE(f->history.batchRows(f->batchId).result().at(2).outcome, QStringLiteral("unknown"));
    }

    void pauseHoldsNewRowsAndCancelLeavesTheRestUnsent()
    {
        PacedServer server([](int, const QByteArray &) { return PacedServer::Answer {201, {}, 60}; });
        QString error;
        QVERIFY(server.listen(&error));
        auto f = fixture(40);
        QVERIFY(f);
        BatchRun run(&f->client, &f->history, &f->source, settings(server, *f, 40, 2));
        connect(&run, &BatchRun::rowFinished, &run, [&run](const BatchRowResult &r) {
            if (r.row == 3)
                run.pause();
        });
        run.start();
        // Rows start once their intents are written ahead: wait for the pause, then for the rows under way.
        QTRY_COMPARE_WITH_TIMEOUT(run.state(), BatchRun::State::Paused, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(run.rowsInFlight(), 0, 10000);
        const qsizetype whenPaused = server.arrivals().size();
        QTest::qWait(400);
        QCOMPARE(server.arrivals().size(), whenPaused); // nothing new while paused
        run.resume();
        QTRY_VERIFY_WITH_TIMEOUT(server.arrivals().size() >= whenPaused + 4, 10000);
        QSignalSpy done(&run, &BatchRun::finished);
        run.cancel();
        QVERIFY(done.count() > 0 || done.wait(10000));
        QCOMPARE(run.state(), BatchRun::State::Cancelled);
        const qsizetype sent = server.arrivals().size();
        QVERIFY(sent < 40);
        QTest::qWait(200);
        QCOMPARE(server.arrivals().size(), sent);
        // Rows under way when cancelled finished; the rest have no attempt, so a resume sends them.
        const QList<History::BatchRowState> rows = f->history.batchRows(f->batchId).result();
        qsizetype succeeded = 0;
        for (const History::BatchRowState &r : rows)
            succeeded += r.outcome == QLatin1String("succeeded") ? 1 : 0;
        QCOMPARE(succeeded, sent);
        QCOMPARE(run.progress().done, qint64(rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
