#include "batchscan.h"

#include <QBuffer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace AssertDesk::Batch;

namespace {

// A few thousand rows with bad ones and repeats spread through them, and cells on several lines.
QByteArray contacts(int rows)
{
    QByteArray data = "primary_email,first_name,title,linkedin_url,email_1,Notes\r\n";
    for (int i = 1; i <= rows; ++i) {
        const int person = i % 97 == 0 ? i - 40 : i;
        data += (i % 50 == 0 ? QByteArray("broken@") : "p" + QByteArray::number(person) + "@x.example") + ",";
        data += "Name" + QByteArray::number(i) + ",\"Head of \"\"Sales\"\", EMEA\",";
        data += i % 70 == 0 ? "linkedin.com/x," : ",";
        data += "p" + QByteArray::number(person) + "@x.example,";
        data += i % 9 == 0 ? "\"two\r\nlines\"\r\n" : "plain\r\n";
    }
    return data;
}

struct Scanned
{
    QList<BatchRow> rows;
    QList<RowProblem> earlier;
    BatchSummary summary;
    bool ok = false;
    CsvError error;
};

Scanned scan(QByteArray data, int threads, int stopAfter = -1)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    BatchScan s(&buffer, CsvReader::Options {});
    s.setThreads(threads);
    Scanned out;
    QString error;
    if (!s.readHeader() || !s.mapping().chooseMatch(QString(), s.catalogue(), &error))
        qFatal("%s%s", qPrintable(s.error().message), qPrintable(error));
    out.ok = s.run(
        false,
        [&](const BatchRow &r) {
            out.rows << r;
            return out.rows.size() != stopAfter;
        },
        [&](const RowProblem &p) { out.earlier << p; });
    out.summary = s.summary();
    out.error = s.error();
    return out;
}

} // namespace

// A whole file read, mapped and checked, on one thread or several, as the CLI and the window run it.
class TestBatchScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalThreadsFindWhatOneFinds()
    {
        const QByteArray data = contacts(3000);
        const Scanned one = scan(data, 1);
        QVERIFY(one.ok);
        QCOMPARE(one.summary.rows, 3000);
        QVERIFY(one.summary.invalid > 50);
        QVERIFY(one.summary.repeated > 50);
        QCOMPARE(one.summary.rows, one.summary.valid + one.summary.invalid + one.summary.repeated);
        for (const int threads : {2, 4}) {
            const Scanned many = scan(data, threads);
            QVERIFY(many.ok);
            QCOMPARE(many.summary, one.summary);
            QCOMPARE(many.rows.size(), one.rows.size());
            QCOMPARE(many.earlier, one.earlier);
            for (qsizetype i = 0; i < one.rows.size(); ++i) {
                QCOMPARE(many.rows.at(i).line, one.rows.at(i).line);
                QCOMPARE(many.rows.at(i).number, i + 1);
                QCOMPARE(many.rows.at(i).status, one.rows.at(i).status);
                QCOMPARE(many.rows.at(i).problems, one.rows.at(i).problems);
                QCOMPARE(many.rows.at(i).request, one.rows.at(i).request);
            }
        }
        // Lines count the line breaks inside quotes: row 9 takes two.
        QCOMPARE(one.rows.at(8).line, 10);
        QCOMPARE(one.rows.at(9).line, 12);
    }

    void theHandlerCanStopTheScan()
    {
        const Scanned s = scan(contacts(3000), 2, 10);
        QVERIFY(!s.ok);
        QCOMPARE(s.rows.size(), 10);
        QVERIFY(!s.error.isError());
    }

    // A file that turns out not to be CSV further down: the rows before it were checked and
    // counted, and the error says where.
    void anErrorDownTheFileEndsTheScanAtItsLine()
    {
        QByteArray data = contacts(1000);
        data += "late@x.example,Late,,,,,one cell too many\r\n";
        const QByteArray more = contacts(10);
        data += more.mid(more.indexOf('\n') + 1);
        const Scanned s = scan(data, 2);
        QVERIFY(!s.ok);
        QCOMPARE(s.error.code, CsvError::Code::FieldCount);
        QCOMPARE(s.rows.size(), 1000);
        QCOMPARE(s.summary.rows, 1000);
        QCOMPARE(s.error.line, s.rows.last().line + 1);
    }

    void aScanOnAWorkerThreadShowsProgressAndCanBeCancelled()
    {
        QByteArray data = contacts(20000);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        BatchScan s(&buffer, CsvReader::Options {});
        QString error;
        QVERIFY(s.readHeader());
        QVERIFY(s.mapping().chooseMatch(QString(), s.catalogue(), &error));
        std::atomic<qint64> rows {0};
        std::atomic<bool> cancelled {false};
        bool ok = true;
        std::thread worker([&] {
            ok = s.run(false, [&](const BatchRow &) {
                ++rows;
                while (rows == 300 && !cancelled)
                    std::this_thread::yield(); // hold until the other thread has cancelled
                return true;
            });
        });
        while (rows < 300)
            std::this_thread::yield();
        const qint64 progress = s.bytesRead();
        s.cancel();
        cancelled = true;
        worker.join();
        QVERIFY(!ok);
        QCOMPARE(s.error().code, CsvError::Code::Cancelled);
        QVERIFY(progress > 0);
        QVERIFY(progress < s.totalBytes());
        QVERIFY(rows < 20000);
    }
};

QTEST_GUILESS_MAIN(TestBatchScan)
#include "tst_batchscan.moc"
