#include "historyreview.h"

#include <QTest>
#include <QTimeZone>

using namespace AssertDesk;
using Session::HistoryReview;

// A past assert decoded for review, as the request panel shows it.
class TestHistoryReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aJsonBodyBecomesTheRequest()
    {
        History::HistoryRecord record;
        record.requestBody = "{\"match\":{\"primary_email\":\"r@x.example\"},\"attributes\":{\"title\":\"CTO\"}}";
        record.sentAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15), QTimeZone::utc());
        const HistoryReview review = HistoryReview::fromRecord(record);
        QVERIFY(review.request);
        QCOMPARE(review.request->toJsonObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("CTO")));
        QCOMPARE(review.sentAtLocal, record.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(review.sentAtLocal.endsWith(QStringLiteral(":15"))); // to the second
    }

    void bytesThatAreNotAnObjectStayText()
    {
        History::HistoryRecord record;
        record.requestBody = "[1, 2";
        const HistoryReview review = HistoryReview::fromRecord(record);
        QVERIFY(!review.request);
        QCOMPARE(review.bodyText, QStringLiteral("[1, 2"));
    }
};

QTEST_MAIN(TestHistoryReview)
#include "tst_historyreview.moc"
