#pragma once

#include "apiclient.h"
#include "historyservice.h"
#include "matchpreview.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace AssertDesk::Session {

// One assert from intent to history: the history row is committed before the request leaves
// (if it cannot be, nothing is sent), and completed with whatever came back. The history work
// runs on the history's own thread; this object only waits for it.
class AssertSend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssertSend)

public:
    AssertSend(Net::ApiClient *client, History::HistoryService *history, QString profile, Net::ApiCall::Options options,
               QByteArray body, QObject *parent = nullptr);

    // What the preview taken just before sending found: kept in the history row (the contact as
    // read: the before-state; the prediction) and compared with the outcome (surprise()).
    void setPreview(const MatchPreview &preview) { m_preview = preview; }
    // A row of a batch: the intent row carries the batch, the row and its line from the start.
    void setBatchRow(qint64 batchId, qint64 row, qint64 line)
    {
        m_batchId = batchId;
        m_batchRow = row;
        m_batchLine = line;
    }
    // A batch's row whose intent was written ahead (BatchRun) and released: start() sends at once.
    void setWrittenAhead(qint64 historyId)
    {
        m_historyId = historyId;
        m_writtenAhead = true;
    }
    // The answer may wait a moment to be written with others (a batch's rows).
    void setGathered(bool gathered) { m_gathered = gathered; }
    // The intent row for a body (a batch writes its rows' ahead; the send adds its own tags).
    static History::HistoryIntent intentFor(const QString &profile, const QUrl &baseUrl, const QByteArray &body);
    void start();
    // Before the request has left (before start(), or while the history row is written) it
    // never leaves, and the result says nothing was sent; after, the call is cancelled.
    void cancel();
    qint64 historyId() const { return m_historyId; }
    // Set when the answer arrived but could not be written to the history: what happened, and
    // where the answer is kept until it can be (historyKeptIn(); empty when in memory only).
    QString historyError() const { return m_historyError; }
    QString historyKeptIn() const { return m_historyKeptIn; }
    const Contract::SendResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    // The request is on the wire (it may have reached the server); false before it left, while
    // it waits to retry after a 429, and once answered.
    bool isOnTheWire() const { return m_call && m_call->isOnTheWire(); }
    // Once finished: what differed from the preview's prediction ("predicted a new contact, but it
    // updated ..."); empty when nothing did or there was no preview.
    QString surprise() const { return m_surprise; }

    // What a send cancelled before it left ends with.
    static Contract::SendResult cancelledBeforeSending();

Q_SIGNALS:
    void waitingToRetry(int seconds, int attempt);
    // Nothing more of this send goes to the server: its answer is in (or it never left), and
    // only its answer is still being read (parsed) and written to the history. finished() follows.
    void answered();
    void finished(const AssertDesk::Contract::SendResult &result);

private:
    History::HistoryIntent intent() const; // this send's, with its batch tags and preview
    // Why the call would refuse to send (the URL, the key, a header); empty when it would not.
    QString refusalBeforeSending() const;
    void finish(const Contract::SendResult &result);
    void record(const Contract::SendResult &result);
    void complete(const Contract::SendResult &result);
    void markAnswered(); // answered(), once
    void startCall();

    Net::ApiClient *m_client;
    QPointer<History::HistoryService> m_history;
    QString m_profile;
    Net::ApiCall::Options m_options;
    QByteArray m_body;
    QPointer<Net::ApiCall> m_call;
    qint64 m_historyId = -1;
    QString m_historyError;
    QString m_historyKeptIn;
    Contract::SendResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<MatchPreview> m_preview;
    QString m_surprise;
    qint64 m_batchId = 0;
    qint64 m_batchRow = 0;
    qint64 m_batchLine = 0;
    bool m_writtenAhead = false;
    bool m_gathered = false;
    bool m_answered = false;
};

} // namespace AssertDesk::Session
