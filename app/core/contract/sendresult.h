#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace AssertDesk::Contract {

class AssertResponse;

// Every attempt to send ends as exactly one of these; each tells the user something different
// about whether the contact was changed.
enum class Outcome {
    NotSent,   // nothing reached the server: refused, DNS, TLS, invalid URL or key
    Rejected,  // the server answered 3xx or 4xx: nothing was changed
    Succeeded, // 2xx
    Unknown,   // 5xx, timeout or connection lost after the body left: it may or may not have happened
    Cancelled, // the user stopped it
};

QString outcomeName(Outcome outcome); // "not sent", "rejected", "succeeded", "unknown", "cancelled"

struct SendResult
{
    Outcome outcome = Outcome::NotSent;
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString summary;          // one line a person reads
    QString detail;           // more, such as a certificate's details
    QString redirectLocation; // for a 3xx
    // For a throttled request given up on: when the server said it may be sent again (invalid
    // when it did not say, or said nothing readable).
    QDateTime retryAt;
    bool bodyTruncated = false;
    int attempts = 0;
    qint64 elapsedMs = 0;
    QDateTime sentAt;
    QDateTime answeredAt;
    // The body read as the API's answer to an assert, once checkAssertAnswer() has (off the UI
    // thread): whoever shows or records the answer uses this rather than parsing the body again.
    // Null when it was not read (not a 2xx, cut at the size cap, or a past answer).
    std::shared_ptr<const AssertResponse> answer;

    QByteArray header(const QByteArray &name) const;
};

} // namespace AssertDesk::Contract
