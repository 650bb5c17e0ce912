// The results file of a batch opens where its source did: written with the source's delimiter
// and byte order mark (a semicolon file from a spreadsheet set to German must not come back as
// one column of commas), every cell formula-safe and quoted where the delimiter needs it, and
// read back to the same cells.
#include "batchresultsfile.h"
#include "csvreader.h"
#include "csvrecord.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using AssertDesk::Batch::CsvReader;
using AssertDesk::Batch::CsvRecord;
using AssertDesk::Session::BatchResultsFile;

namespace {

QByteArray written(const QTemporaryDir &dir, const QByteArray &source, char delimiter)
{
    const QString in = dir.filePath(QStringLiteral("in.csv"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(source) != source.size())
        return {};
    f.close();
    QString error;
    const bool ok = BatchResultsFile::write(
        out, in, delimiter,
        [](qint64 row) {
            return QStringList {QStringLiteral("succeeded"),
                                QStringLiteral("201"),
                                QStringLiteral("created"),
                                QStringLiteral("c-%1").arg(row),
                                QString(),
                                QStringLiteral("HTTP 201; created"),
                                QString::number(100 + row)};
        },
        &error);
    QFile r(out);
    return ok && r.open(QIODevice::ReadOnly) ? r.readAll() : QByteArray("error: " + error.toUtf8());
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::Options());
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows << record.fields;
    return rows;
}

} // namespace

class TestBatchResultsFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSemicolonFileWithAByteOrderMarkComesBackTheSameWay()
    {
        QTemporaryDir dir;
        const QByteArray out = written(dir,
                                       "\xEF\xBB\xBFprimary_email;title;city\r\n"
                                       "a@x.example;\"Sales; EMEA\";S\xC3\xA3o Paulo\r\n"
                                       "b@x.example;=HYPERLINK(1);\"two\r\nlines\"\r\n",
                                       ';');
        QVERIFY2(out.startsWith("\xEF\xBB\xBF"), out.constData());
        QVERIFY2(out.contains("primary_email;title;city;outcome;http_status;action;contact_id;error_code;message;"
                              "history_id\r\n"),
                 out.constData());
        QVERIFY2(out.contains(";\"Sales; EMEA\";"), out.constData());
        QVERIFY2(out.contains(";\"HTTP 201; created\";"), out.constData());
        QVERIFY2(out.contains(";'=HYPERLINK(1);"), out.constData());
        const QList<QStringList> rows = readBack(out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(
            rows.at(1).mid(0, 3),
            (QStringList {QStringLiteral("a@x.example"), QStringLiteral("Sales; EMEA"), QStringLiteral("São Paulo")}));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("two\nlines"));
        QCOMPARE(rows.at(2).at(6), QStringLiteral("c-2"));
        QCOMPARE(rows.at(2).at(8), QStringLiteral("HTTP 201; created"));
    }

    void aCommaFileWithoutOneStaysSo()
    {
        QTemporaryDir dir;
        const QByteArray out = written(dir, "primary_email,title\na@x.example,\"VP, Sales\"\n", ',');
        QVERIFY2(out.startsWith("primary_email,title,outcome,"), out.constData());
        QVERIFY2(out.contains("a@x.example,\"VP, Sales\",succeeded,201,created,c-1,,HTTP 201; created,101\r\n"),
                 out.constData());
    }

    void aTabFileKeepsItsTabs()
    {
        QTemporaryDir dir;
        const QByteArray out = written(dir, "primary_email\ttitle\na@x.example\tVP\n", '\t');
        QVERIFY2(out.startsWith("primary_email\ttitle\toutcome\t"), out.constData());
        QCOMPARE(readBack(out).at(1).at(1), QStringLiteral("VP"));
    }
};

QTEST_GUILESS_MAIN(TestBatchResultsFile)
#include "tst_batchresultsfile.moc"
