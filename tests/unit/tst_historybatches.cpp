#include "historystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk::Contract;
using namespace AssertDesk::History;

// A batch in the history: the file it came from, each row's attempts tagged from the intent row
// on, and where every row stands, read back without bodies (what status and resume work from).
class TestHistoryBatches final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static BatchRecord batch()
    {
        BatchRecord b;
        b.profile = QStringLiteral("Sandbox");
        b.baseUrl = QStringLiteral("http://127.0.0.1:1/api/v2");
        b.sourcePath = QStringLiteral("/tmp/people.csv");
        b.sourceSize = 1234;
        b.sourceSha256 = "ab12";
        b.header = {QStringLiteral("primary_email"), QStringLiteral("first_name")};
        b.mapping = "{\"columns\":{\"primary_email\":\"primary_email\"}}";
        b.matchColumn = QStringLiteral("primary_email");
        b.options = {{QStringLiteral("concurrency"), 4}};
        b.totalRows = 5;
        b.invalidRows = 1;
        return b;
    }
    static HistoryIntent rowIntent(qint64 batchId, qint64 row)
    {
        HistoryIntent i;
        i.profile = QStringLiteral("Sandbox");
        i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        const QString email = QStringLiteral("row%1@x.example").arg(row);
        i.requestBody = QStringLiteral("{\"match\":{\"primary_email\":\"%1\"},\"attributes\":{\"first_name\":\"R\"}}")
                            .arg(email)
                            .toUtf8();
        i.matchKey = QStringLiteral("primary_email");
        i.matchValue = email;
        i.batchId = batchId;
        i.batchRow = row;
        i.batchLine = row + 1;
        return i;
    }
    static SendResult result(Outcome outcome, int status)
    {
        SendResult r;
        r.outcome = outcome;
        r.httpStatus = status;
        r.summary = QStringLiteral("s");
        r.answeredAt = QDateTime::currentDateTimeUtc();
        return r;
    }

private Q_SLOTS:
    void aBatchIsKeptWithItsFileAndOptions()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("a")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 id = store.createBatch(batch(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const auto read = store.batch(id);
        QVERIFY(read);
        QCOMPARE(read->sourcePath, QStringLiteral("/tmp/people.csv"));
        QCOMPARE(read->sourceSize, 1234);
        QCOMPARE(read->sourceSha256, QByteArray("ab12"));
        QCOMPARE(read->header, batch().header);
        QCOMPARE(read->options.value(QStringLiteral("concurrency")).toInt(), 4);
        QCOMPARE(read->totalRows, 5);
        QCOMPARE(read->invalidRows, 1);
        QCOMPARE(read->state, QStringLiteral("sending"));
        QVERIFY(store.setBatchState(id, QStringLiteral("done"), &error));
        QCOMPARE(store.batch(id)->state, QStringLiteral("done"));
        QVERIFY(!store.batch(id + 1));
    }

    void eachRowStandsAtTheAttemptThatSaysMost()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("b")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 id = store.createBatch(batch(), &error);
        // Row 1 succeeded; row 2 was throttled for good; row 3 was lost on the wire and a later
        // try could not connect: it stays "unknown", never "not sent"; row 4 is still in flight.
        const qint64 one = store.beginAttempt(rowIntent(id, 1), &error);
        QVERIFY(store.completeAttempt(one, result(Outcome::Succeeded, 201), &error));
        const qint64 two = store.beginAttempt(rowIntent(id, 2), &error);
        QVERIFY(store.completeAttempt(two, result(Outcome::Rejected, 429), &error));
        const qint64 three = store.beginAttempt(rowIntent(id, 3), &error);
        QVERIFY(store.completeAttempt(three, result(Outcome::Unknown, 502), &error));
        const qint64 threeAgain = store.beginAttempt(rowIntent(id, 3), &error);
        QVERIFY(store.completeAttempt(threeAgain, result(Outcome::NotSent, 0), &error));
        const qint64 four = store.beginAttempt(rowIntent(id, 4), &error);
        QVERIFY(four > 0);
        // A single send at the same time is no row of the batch.
        HistoryIntent single = rowIntent(0, 0);
        QVERIFY(store.beginAttempt(single, &error) > 0);

        const QList<BatchRowState> rows = store.batchRows(id);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).row, 1);
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).outcome, QStringLiteral("succeeded"));
        QCOMPARE(rows.at(1).httpStatus, 429);
        QCOMPARE(rows.at(1).outcome, QStringLiteral("rejected"));
        QCOMPARE(rows.at(2).historyId, three);
        QCOMPARE(rows.at(2).outcome, QStringLiteral("unknown"));
        QCOMPARE(rows.at(2).attempts, 2);
        QCOMPARE(rows.at(3).historyId, four);
        QVERIFY(rows.at(3).outcome.isEmpty());

        QVERIFY(store.setBatchCheck(three, QStringLiteral("landed"), &error));
        QCOMPARE(store.batchRows(id).at(2).check, QStringLiteral("landed"));
    }

    void anInterruptedRowIsReadAsInterruptedAfterACrash()
    {
        const QString dir = m_dir.filePath(QStringLiteral("c"));
        qint64 id = 0;
        {
            HistoryStore store(dir);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            id = store.createBatch(batch(), &error);
            QVERIFY(store.beginAttempt(rowIntent(id, 1), &error) > 0);
        } // closed with the row in flight, as a kill -9 leaves it
        HistoryStore store(dir);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<BatchRowState> rows = store.batchRows(id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).outcome, QStringLiteral("interrupted"));
        QCOMPARE(store.batch(id)->state, QStringLiteral("sending"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryBatches)
#include "tst_historybatches.moc"
