#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace AssertDesk::History {

// What is known before a request leaves: written first, so a crash cannot lose the attempt.
struct HistoryIntent
{
    QString profile;
    QUrl baseUrl;
    QByteArray requestBody; // exactly the bytes sent
    QString matchKey;
    QString matchValue;
    QDateTime sentAt;
    // The contact as read just before sending ({id, attributes, ...}; for an update), and what the
    // preview taken just before predicted (Contract::MatchPrediction::toJson). Empty when not taken.
    QJsonObject beforeState;
    QJsonObject prediction;
    // A row of a batch: its batch, its row (1 = the first after the header) and the line it starts
    // on; 0 for a single send.
    qint64 batchId = 0;
    qint64 batchRow = 0;
    qint64 batchLine = 0;
};

// One send attempt as the history keeps it. Never holds a key.
struct HistoryRecord
{
    qint64 id = 0;
    QString state; // in_flight, complete, interrupted
    QDateTime sentAt;
    QDateTime answeredAt;
    QString profile;
    QString baseUrl;
    QByteArray requestBody;
    QString matchKey;
    QString matchValue;
    QString outcome; // as Contract::outcomeName(), or "interrupted"
    int httpStatus = 0;
    QJsonObject responseHeaders;
    QByteArray responseBody; // decompressed
    qint64 responseSize = 0; // as received, before any cap
    bool responseTruncated = false;
    qint64 durationMs = 0;
    QString contactId;
    QString action;
    QJsonObject matchedOn;
    QString errorCode;
    QString errorMessage;
    QString appVersion;
    QJsonObject beforeState; // see HistoryIntent; left out of lists
    QJsonObject prediction;  // left out of lists
    QString surprise;        // what differed from the prediction; empty when nothing did
    // A row of a batch (see HistoryIntent); 0 for a single send.
    qint64 batchId = 0;
    qint64 batchRow = 0;
    qint64 batchLine = 0;
};

// What a read could not return because the history file is damaged. Reads return every entry
// they can; this says how many they could not, so a list or an export is never short in silence.
struct Unreadable
{
    qint64 rows = 0; // entries of the file that cannot be read; -1 when they cannot even be counted
    QString reason;  // one sentence for the user; empty when nothing was missed
    bool any() const { return !reason.isEmpty(); }
};

struct HistoryFilter
{
    QString text;    // full-text: emails, names, contact ids, error codes
    QString outcome; // e.g. "succeeded"
    QString profile;
    QString action;         // created / updated
    QDateTime from;         // sent at or after
    QDateTime to;           // sent before
    bool surprises = false; // only sends whose outcome was not the one predicted
    qint64 batchId = 0;     // only the rows of this batch; 0 for every send
};

} // namespace AssertDesk::History
