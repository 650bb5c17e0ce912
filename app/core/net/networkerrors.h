#pragma once

#include "sendresult.h"

#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace AssertDesk::Net {

// The one place a network failure becomes an outcome and a sentence.
namespace NetworkErrors {

struct Verdict
{
    Contract::Outcome outcome;
    QString summary;
};

// `bodySent`: the whole request body had left when it failed; after that the server may have
// acted on it, so the outcome is unknown rather than "not sent".
Verdict classify(QNetworkReply::NetworkError error, const QString &errorText, bool bodySent, bool timedOut,
                 int timeoutSeconds);
QString describeSslErrors(const QList<QSslError> &errors);
// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date), or -1 if unreadable.
qint64 retryAfterSeconds(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace NetworkErrors
} // namespace AssertDesk::Net
