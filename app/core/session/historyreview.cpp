#include "historyreview.h"

#include <QJsonDocument>

namespace AssertDesk::Session {

HistoryReview HistoryReview::fromRecord(const History::HistoryRecord &record)
{
    HistoryReview review;
    review.record = record;
    const QJsonDocument doc = QJsonDocument::fromJson(record.requestBody);
    if (doc.isObject())
        review.request = Contract::AssertRequest::fromJson(doc.object());
    else
        review.bodyText = QString::fromUtf8(record.requestBody);
    review.sentAtLocal = record.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return review;
}

} // namespace AssertDesk::Session
