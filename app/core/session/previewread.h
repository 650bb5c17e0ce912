#pragma once

#include "apicall.h"
#include "matchpreview.h"

#include <QObject>
#include <QPointer>

namespace AssertDesk::Net {
class ApiClient;
}

namespace AssertDesk::Session {

// One preview of one request at one endpoint: asks the server which contact the match key
// identifies (POST /contact/_query, the server's own rule) and, only when that answer does not
// hold the whole record, reads it (GET /contact/{id}): two requests at most, both reads, so a
// read-only key does. Never writes. Deleting it (or cancel()) stops what is under way.
class PreviewRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRead)

public:
    // How long the preview taken just before a send may take: a slow server delays the send by
    // no more than this, and the send goes ahead whatever became of it.
    static constexpr int kBeforeSendSeconds = 5;

    PreviewRead(Net::ApiClient *client, Net::ApiCall::Options options, QByteArray body, QObject *parent = nullptr);

    void start();
    // Ends it as "Preview unavailable: cancelled" (finished is emitted).
    void cancel();
    bool isFinished() const { return m_finished; }
    const MatchPreview &result() const { return m_preview; }

    // The address a body's match key holds, or empty when it has no usable one.
    static QString matchAddress(const QJsonObject &body);
    // Why a read that did not succeed left the prediction unmade (refused, timeout, offline ...),
    // for a person; `timeoutSeconds` tells a deadline that ran out from other failures.
    static Contract::MatchPrediction unreachable(const Contract::SendResult &result, int timeoutSeconds);

Q_SIGNALS:
    void finished(const AssertDesk::Session::MatchPreview &preview);

private:
    void onQueried(const Contract::SendResult &result);
    void onRead(const Contract::SendResult &result);
    void finishWith(Contract::MatchPrediction prediction);
    void finishUnreachable(const Contract::SendResult &result);

    Net::ApiClient *m_client;
    Net::ApiCall::Options m_options;
    QJsonObject m_request;
    QString m_address;
    QPointer<Net::ApiCall> m_call;
    MatchPreview m_preview;
    bool m_finished = false;
};

} // namespace AssertDesk::Session
