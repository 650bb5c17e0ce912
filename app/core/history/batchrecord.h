#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace AssertDesk::History {

// A batch as the history keeps it: which file (path, size, SHA-256, header), how its columns were
// mapped and with which options, so a resume reads the same rows the same way. Never a key.
struct BatchRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString profile;
    QString baseUrl;
    QString sourcePath;
    qint64 sourceSize = 0;
    QByteArray sourceSha256; // hex
    QStringList header;
    QByteArray mapping; // Batch::MappingChoices::toJson()
    QString matchColumn;
    // {"empty_clears", "concurrency", "skip_invalid", "delimiter"}
    QJsonObject options;
    qint64 totalRows = 0; // every row after the header
    qint64 invalidRows = 0;
    qint64 repeatedRows = 0;
    QString state; // sending, done, cancelled
};

// Where one row of a batch stands, from its attempts in the history (bodies left out): the
// attempt that says most (one that may have reached the server over a later "not sent"), and
// what a resume's read-back found for it.
struct BatchRowState
{
    qint64 row = 0;
    qint64 line = 0;
    qint64 historyId = 0;
    // As the history has it: succeeded, rejected, unknown, not sent, cancelled, interrupted; empty
    // while the attempt is in flight (another process is sending it).
    QString outcome;
    int httpStatus = 0;
    QString action;
    QString contactId;
    QString errorCode;
    QString errorMessage;
    QString check; // landed, not_landed, unchecked; empty when never checked
    int attempts = 0;
};

// A batch in the list of past batches: the batch and how many of its rows stand where, by the
// outcome its attempt says most about (succeeded, rejected, unknown, not sent, cancelled,
// interrupted; "landed" for an unknown or interrupted one a read-back found landed). Rows with
// no attempt are not counted.
struct BatchListing
{
    BatchRecord batch;
    QMap<QString, qint64> outcomes;
};

} // namespace AssertDesk::History
