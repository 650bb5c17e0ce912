#pragma once

#include "sendresult.h"
#include "throttle.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace AssertDesk::Net {

// One request to the API and everything that can happen to it: refused URLs, redirects not
// followed, a deadline for the whole exchange told apart from a cancel, a size cap, certificate
// problems reported and never ignored, and 429s waited out and retried a bounded number of times.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    struct Options
    {
        QUrl baseUrl;
        QString key;
        int timeoutSeconds = 30;
        qint64 maxResponseBytes = 64 * 1024 * 1024;
        int max429Retries = 3;
        int maxRetryWaitSeconds = 60;                      // in total, over all retries of one call
        QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. the sandbox's fault header
        // A write (the assert): its body goes to Qt as a OneShotBody over HTTP/1.1, so the
        // stack can never resend it; reads keep the stack's own retries.
        bool atMostOnce = false;
        // Shared by the calls of a batch: a 429's wait holds them all, and none starts a try
        // while it holds. Without it each call waits out its own 429s.
        QPointer<Throttle> throttle;
    };

    ApiCall(QNetworkAccessManager *nam, QByteArray method, QString path, QByteArray body, Options options,
            QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    // A try is on the wire: the request may have reached the server (not while waiting to retry).
    bool isOnTheWire() const { return !m_reply.isNull(); }
    const Contract::SendResult &result() const { return m_result; }
    QUrl url() const;

Q_SIGNALS:
    // Throttled: the next try starts in `seconds` (counts down once a second).
    void waitingToRetry(int seconds, int attempt);
    void finished(const AssertDesk::Contract::SendResult &result);

private:
    void attempt();
    void onReplyFinished();
    void reserveForAnswer(QNetworkReply *reply);
    void cutIfOversized(QNetworkReply *reply);
    void readAnswer(QNetworkReply *reply, qint64 limit);
    void finishOversized(int status);
    void finishWithStatus(int status, const QString &bodyError);
    void handleThrottled(const QByteArray &retryAfter);
    void scheduleRetry(int seconds);
    void waitForThrottle();
    void finish(Contract::Outcome outcome, const QString &summary);

    QPointer<QNetworkAccessManager> m_nam;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QMetaObject::Connection m_throttleWait;
    QTimer m_deadline; // from the request's start to its last byte, per attempt
    int m_retryCountdown = 0;
    int m_waitedSeconds = 0; // waited out for 429s so far, against maxRetryWaitSeconds
    QElapsedTimer m_clock;
    Contract::SendResult m_result;
    QList<QSslError> m_sslErrors;
    bool m_bodySent = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace AssertDesk::Net
