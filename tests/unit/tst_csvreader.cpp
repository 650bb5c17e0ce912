#include "csvreader.h"

#include <QBuffer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace AssertDesk::Batch;

namespace {

struct Read
{
    QList<CsvRecord> records;
    CsvError error;
    char delimiter = 0;
    bool bom = false;
};

Read readAll(const QByteArray &data, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read out;
    CsvRecord record;
    while (reader.next(record))
        out.records << record;
    out.error = reader.error();
    out.delimiter = reader.delimiter();
    out.bom = reader.hadByteOrderMark();
    return out;
}

QStringList cells(const char *a, const char *b = nullptr, const char *c = nullptr)
{
    QStringList out {QString::fromUtf8(a)};
    if (b)
        out << QString::fromUtf8(b);
    if (c)
        out << QString::fromUtf8(c);
    return out;
}

} // namespace

// Reading CSV as spreadsheets and CRMs export it, and saying clearly, with the line, what is not CSV.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerThenRowsWithTheirLines()
    {
        const Read r = readAll("primary_email,first_name\na@x.example,Ann\nb@x.example,Bob\n");
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(0).fields, cells("primary_email", "first_name"));
        QCOMPARE(r.records.at(0).line, 1);
        QCOMPARE(r.records.at(2).fields, cells("b@x.example", "Bob"));
        QCOMPARE(r.records.at(2).line, 3);
    }

    void quotedDelimitersAndDoubledQuotesAreText()
    {
        const Read r = readAll("a,b,c\n\"VP, Engineering\",\"say \"\"hi\"\"\",\"\"\n");
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records.at(1).fields, cells("VP, Engineering", "say \"hi\"", ""));
    }

    // A line break inside quotes is part of the cell, and moves the next rows' lines down.
    void lineBreaksInsideQuotesCountAsLines()
    {
        const Read r = readAll("a,b\n\"one\r\ntwo\r\nthree\",x\r\nnext,y\r\n\"\nleading\",z\r\n");
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records.at(1).fields, cells("one\ntwo\nthree", "x"));
        QCOMPARE(r.records.at(1).line, 2);
        QCOMPARE(r.records.at(2).line, 5);
        QCOMPARE(r.records.at(3).fields, cells("\nleading", "z"));
        QCOMPARE(r.records.at(3).line, 6);
    }

    void byteOrderMarkIsNotPartOfTheFirstHeader()
    {
        const Read r = readAll("\xEF\xBB\xBFprimary_email;first_name\nj@x.example;J\xC3\xB6rg\n");
        QVERIFY(!r.error.isError());
        QVERIFY(r.bom);
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.records.at(0).fields.first(), QStringLiteral("primary_email"));
        QCOMPARE(r.records.at(1).fields.last(), QStringLiteral("Jörg"));
    }

    void delimiterIsDetectedFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<int>("columns");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',' << 3;
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << ';' << 3;
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t' << 3;
        QTest::newRow("semicolons inside quotes do not count") << QByteArray("\"a;b;c\",d\n1,2\n") << ',' << 2;
        QTest::newRow("one column") << QByteArray("primary_email\na@x.example\n") << ',' << 1;
        QTest::newRow("tab with empty cells") << QByteArray("a\tb\tc\n\t\tx\n") << '\t' << 3;
    }

    void delimiterIsDetectedFromTheHeader()
    {
        QFETCH(QByteArray, data);
        QFETCH(char, delimiter);
        QFETCH(int, columns);
        const Read r = readAll(data);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.delimiter, delimiter);
        QCOMPARE(r.records.at(0).fields.size(), columns);
        QCOMPARE(r.records.at(1).fields.size(), columns);
    }

    void delimiterCanBeGiven()
    {
        CsvReader::Options options;
        options.delimiter = '|';
        const Read r = readAll("a;x|b,y\n1;2|3,4\n", options);
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records.at(1).fields, cells("1;2", "3,4"));
    }

    void crlfAndLfReadTheSame()
    {
        const Read lf = readAll("a,b\n1,2\n3,4\n");
        const Read crlf = readAll("a,b\r\n1,2\r\n3,4\r\n");
        QCOMPARE(crlf.records.size(), lf.records.size());
        for (qsizetype i = 0; i < lf.records.size(); ++i) {
            QCOMPARE(crlf.records.at(i).fields, lf.records.at(i).fields);
            QCOMPARE(crlf.records.at(i).line, lf.records.at(i).line);
        }
    }

    // Excel's "CSV (Macintosh)" ends lines with a bare CR; its "sep=;" line names the delimiter.
    void excelsOwnLineEndsAndSeparatorLine()
    {
        const Read mac = readAll("a,b\r1,\"x\ry\"\r3,4\r");
        QVERIFY(!mac.error.isError());
        QCOMPARE(mac.records.size(), 3);
        QCOMPARE(mac.records.at(1).fields, cells("1", "x\ny"));
        QCOMPARE(mac.records.at(2).line, 4);
        const Read sep = readAll("\xEF\xBB\xBFsep=;\r\na,b;c\r\n1,5;2\r\n");
        QVERIFY(!sep.error.isError());
        QCOMPARE(sep.delimiter, ';');
        QCOMPARE(sep.records.at(0).fields, cells("a,b", "c"));
        QCOMPARE(sep.records.at(0).line, 2);
        QCOMPARE(sep.records.at(1).line, 3);
    }

    // Blank lines, and the ",,," rows spreadsheets leave at the end, are not rows.
    void blankLinesAndEmptyRowsAreSkipped()
    {
        const Read r = readAll("a,b,c\n\n1,2,3\n   \n,,\n\"\",,\n4,5,6");
        QVERIFY(!r.error.isError());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records.at(1).line, 3);
        QCOMPARE(r.records.at(2).fields, cells("4", "5", "6"));
        QCOMPARE(r.records.at(2).line, 7);
    }

    void spacesAroundUnquotedCellsAreNotKept()
    {
        const Read r = readAll("a,b\n  x@y.example , \" kept \"\n");
        QCOMPARE(r.records.at(1).fields, cells("x@y.example", " kept "));
    }

    void rowsWithAnotherNumberOfCellsAreErrorsAtTheirLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("more") << QByteArray("a,b\n1,2\n3,4,5\n") << qint64(3) << QStringLiteral("more cells");
        QTest::newRow("fewer") << QByteArray("a,b,c\n1,2,3\n4,5\n") << qint64(3)
                               << QStringLiteral("the header has 3 columns, this row 2");
        QTest::newRow("after a cell on three lines") << QByteArray("a,b\n\"x\ny\nz\",1\n2\n") << qint64(5)
                                                     << QStringLiteral("the header has 2 columns, this row 1");
        QTest::newRow("an unquoted comma")
            << QByteArray("name,title\nAnn,VP, Sales\n") << qint64(2) << QStringLiteral("in quotes");
    }

    void rowsWithAnotherNumberOfCellsAreErrorsAtTheirLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, line);
        QFETCH(QString, says);
        const Read r = readAll(data);
        QCOMPARE(r.error.code, CsvError::Code::FieldCount);
        QCOMPARE(r.error.line, line);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("Line %1: ").arg(line)), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(says), qPrintable(r.error.message));
    }

    void whatIsNotCsvIsSaidWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("line");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << qint64(1);
        QTest::newRow("only blank lines and a BOM")
            << QByteArray("\xEF\xBB\xBF\n\n") << QStringLiteral("empty") << qint64(1);
        QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\nx\0y,3\n", 14) << QStringLiteral("binary") << qint64(3);
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("binary") << qint64(1);
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8)
                                << QStringLiteral("utf16") << qint64(1);
        QTest::newRow("Windows-1252") << QByteArray("a,b\n1,2\nJ\xF6rg,3\n") << QStringLiteral("invalid_utf8")
                                      << qint64(3);
        QTest::newRow("overlong") << QByteArray("a\n\xC0\xAF\n") << QStringLiteral("invalid_utf8") << qint64(2);
        QTest::newRow("surrogate") << QByteArray("a\nx\ny\xED\xA0\x80\n") << QStringLiteral("invalid_utf8")
                                   << qint64(3);
        QTest::newRow("past U+10FFFF") << QByteArray("a\n\xF4\x90\x80\x80\n") << QStringLiteral("invalid_utf8")
                                       << qint64(2);
        QTest::newRow("cut at the end") << QByteArray("a\nx\xE2\x82") << QStringLiteral("invalid_utf8") << qint64(2);
        QTest::newRow("invalid UTF-8 inside quotes")
            << QByteArray("a,b\n\"one\ntwo \xE9\",x\n") << QStringLiteral("invalid_utf8") << qint64(3);
        QTest::newRow("quote inside a cell")
            << QByteArray("a,b\n1,2\nx,5\" screen\n") << QStringLiteral("stray_quote") << qint64(3);
        QTest::newRow("text after a closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("stray_quote") << qint64(2);
        QTest::newRow("quote never closed")
            << QByteArray("a,b\n1,2\n3,\"four\nfive\n") << QStringLiteral("unterminated_quote") << qint64(3);
    }

    void whatIsNotCsvIsSaidWithItsLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(qint64, line);
        const Read r = readAll(data);
        QCOMPARE(r.error.codeName(), code);
        QCOMPARE(r.error.line, line);
        QVERIFY(r.error.message.startsWith(QStringLiteral("Line %1: ").arg(line)));
    }

    void windows1252IsNamedByItsByte()
    {
        const Read r = readAll("a\nJ\xF6rg\n");
        QVERIFY2(r.error.message.contains(QStringLiteral("0xF6")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(QStringLiteral("UTF-8")));
    }

    // A quote that is never closed would make one cell of the rest of the file: it is stopped at
    // the reader's limit, at the row where it starts.
    void aRunawayCellStopsAtTheLimit()
    {
        QByteArray data = "a,b\n1,2\n3,\"never closed\n";
        for (int i = 0; i < 5000; ++i)
            data += "x@y.example,more text on this line\n";
        CsvReader::Options options;
        options.maxFieldBytes = 16 * 1024;
        const Read r = readAll(data, options);
        QCOMPARE(r.error.code, CsvError::Code::FieldTooLong);
        QCOMPARE(r.error.line, 3);
        QCOMPARE(r.records.size(), 2);
    }

    void aHeaderTooWideIsRefused()
    {
        CsvReader::Options options;
        options.maxColumns = 10;
        const Read r = readAll(QByteArray(",").repeated(50) + "\n", options);
        QCOMPARE(r.error.code, CsvError::Code::TooManyColumns);
    }

    // Chunks of a few bytes cut cells, CRLF pairs and UTF-8 characters in two: nothing changes.
    void tinyChunksReadTheSame()
    {
        const QByteArray data = "\xEF\xBB\xBFname;city\r\n\"M\xC3\xBCller, \"\"J\xC3\xB6rg\"\"\";M\xC3\xBCnchen\r\n"
                                "\"multi\r\nline\";\xF0\x9F\x98\x80\r\n\r\nlast;row";
        const Read whole = readAll(data);
        QVERIFY(!whole.error.isError());
        for (const qsizetype chunk : {1, 2, 3, 5, 7}) {
            CsvReader::Options options;
            options.chunkBytes = chunk;
            const Read pieces = readAll(data, options);
            QVERIFY2(!pieces.error.isError(), qPrintable(pieces.error.message));
            QCOMPARE(pieces.records.size(), whole.records.size());
            for (qsizetype i = 0; i < whole.records.size(); ++i) {
                QCOMPARE(pieces.records.at(i).fields, whole.records.at(i).fields);
                QCOMPARE(pieces.records.at(i).line, whole.records.at(i).line);
            }
        }
        QCOMPARE(whole.records.at(1).fields, cells("Müller, \"Jörg\"", "München"));
        QCOMPARE(whole.records.at(2).fields.last(), QStringLiteral("\U0001F600"));
        QCOMPARE(whole.records.at(3).line, 6);
    }

    // The window reads on a worker thread: the UI thread watches bytesRead() and may cancel().
    void aWorkerThreadReadsWhileAnotherWatchesAndCancels()
    {
        QByteArray data = "primary_email,first_name\n";
        for (int i = 0; i < 20000; ++i)
            data += "person" + QByteArray::number(i) + "@x.example,Name\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvReader::Options {0, 1024 * 1024, 1000, 4096});
        QCOMPARE(reader.totalBytes(), data.size());
        std::atomic<bool> started {false};
        std::atomic<bool> cancelled {false};
        qint64 rows = 0;
        std::thread worker([&] {
            CsvRecord record;
            while (reader.next(record)) {
                ++rows;
                started = true;
                while (rows == 100 && !cancelled)
                    std::this_thread::yield(); // hold here until the other thread has cancelled
            }
        });
        while (!started)
            std::this_thread::yield();
        const qint64 seen = reader.bytesRead();
        reader.cancel();
        cancelled = true;
        worker.join();
        QVERIFY(seen > 0);
        QVERIFY(seen < data.size());
        QCOMPARE(reader.error().code, CsvError::Code::Cancelled);
        QVERIFY(rows < 20000);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
