#include "apicall.h"

#include "buildinfo.h"
#include "endpointpolicy.h"
#include "headerpolicy.h"
#include "maskedkey.h"
#include "networkerrors.h"
#include "oneshotbody.h"

#include "netlog.h"
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AssertDesk::Net {

namespace {

// A buffer reserved from a Content-Length this much larger than what came is given back.
constexpr qsizetype kSlack = 64 * 1024;
// Of an answer past the size cap, this much is kept: enough to see what it was (a page, a dump),
// without holding the cap's worth of it.
constexpr qint64 kKeptOfOversized = 1024 * 1024;

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *nam, QByteArray method, QString path, QByteArray body, Options options,
                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_options(std::move(options))
{
    m_retryTimer.setInterval(1000);
    // A coarse timer may fire early, and a server counts Retry-After to the millisecond.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (--m_retryCountdown > 0) {
            Q_EMIT waitingToRetry(m_retryCountdown, m_result.attempts + 1);
            return;
        }
        m_retryTimer.stop();
        attempt();
    });
    // Qt's transfer timeout restarts on every byte, so an answer trickled a byte at a time would
    // hold a send for as long as the server likes; this one holds for the whole exchange.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        readAnswer(m_reply, m_options.maxResponseBytes); // what came in time is kept, marked as cut
        m_reply->abort();
    });
}

ApiCall::~ApiCall()
{
    if (m_reply)
        m_reply->abort();
}

QUrl ApiCall::url() const
{
    return EndpointPolicy::resolve(m_options.baseUrl, m_path);
}

void ApiCall::start()
{
    m_clock.start();
    m_result.sentAt = QDateTime::currentDateTimeUtc();
    const QString problem = EndpointPolicy::check(m_options.baseUrl);
    if (!problem.isEmpty()) {
        finish(Contract::Outcome::NotSent, problem);
        return;
    }
    if (m_options.key.isEmpty()) {
        finish(Contract::Outcome::NotSent, tr("There is no API key for this profile; nothing was sent."));
        return;
    }
    QString refused = HeaderPolicy::checkKey(m_options.key);
    for (qsizetype i = 0; refused.isEmpty() && i < m_options.extraHeaders.size(); ++i)
        refused
            = HeaderPolicy::checkExtraHeader(m_options.extraHeaders.at(i).first, m_options.extraHeaders.at(i).second);
    if (!refused.isEmpty()) {
        finish(Contract::Outcome::NotSent, refused);
        return;
    }
    if (!m_nam) {
        finish(Contract::Outcome::NotSent, tr("The network is not available."));
        return;
    }
    attempt();
}

void ApiCall::attempt()
{
    if (m_options.throttle && m_options.throttle->isHeld()) {
        waitForThrottle();
        return;
    }
    ++m_result.attempts;
    m_bodySent = false;
    m_tooLarge = false;
    m_timedOut = false;
    m_sslErrors.clear();
    m_result.body = QByteArray(); // an earlier try's answer (a 429's) is not part of this one's

    QNetworkRequest request(url());
    // Never follow a redirect: the next hop would get the body and the Authorization header.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutSeconds * 1000);
    // The key is built into this request only, which goes to the profile's own host.
    request.setRawHeader("Authorization", "Bearer " + m_options.key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("AssertDesk/" ASSERTDESK_VERSION));
    if (!m_body.isEmpty() || m_method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // No cookie jar: a cookie set by one answer (a 429's, a proxy's) is never sent back.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &h : std::as_const(m_options.extraHeaders))
        request.setRawHeader(h.first, h.second);

    QNetworkReply *reply = nullptr;
    if (m_options.atMostOnce) {
        // Qt cannot rewind this body, so where it would resend it ends with ContentReSendError.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        // HTTP/1.1: the measured guarantee above is for its channel; HTTP/2 streams have their own.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(m_body, this);
        reply = m_nam->sendCustomRequest(request, m_method, body);
        connect(reply, &QObject::destroyed, body, &QObject::deleteLater);
    } else {
        reply = m_nam->sendCustomRequest(request, m_method, m_body);
    }
    m_reply = reply;
    m_deadline.start(m_options.timeoutSeconds * 1000);
    qCInfo(lcNet).noquote() << m_method << url().toDisplayString(QUrl::RemoveUserInfo) << "attempt" << m_result.attempts
                            << "key" << maskedKey(m_options.key);

    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0 || sent >= total)
            m_bodySent = true;
    });
    // The answer stays in the reply until it is complete and is then copied once into a buffer
    // of its size, freeing the reply's as it goes: the peak is the answer and a little. (Taking it
    // as it arrives measured worse: the allocator keeps what the reply frees meanwhile.)
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { reserveForAnswer(reply); });
    // Checked at every piece (Qt's progress signal is choked to one every few ms, by when it may
    // hold far more than the cap).
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { cutIfOversized(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded to show the user, never ignored.
        m_sslErrors += errors;
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_deadline.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    m_result.httpStatus = status;
    m_result.headers = reply->rawHeaderPairs();
    cutIfOversized(reply);
    readAnswer(reply, m_options.maxResponseBytes);
    if (m_result.body.capacity() > m_result.body.size() + kSlack)
        m_result.body.squeeze(); // an answer shorter than its Content-Length said
    if (status > 0 || error == QNetworkReply::ContentReSendError)
        m_bodySent = true; // an answer, or Qt wanting to send it again, means it went out

    if (m_cancelled) {
        finish(Contract::Outcome::Cancelled,
               tr("Cancelled. If the request had already reached the server, the contact may "
                  "have been changed."));
    } else if (m_tooLarge) {
        finishOversized(status);
    } else if (m_timedOut && status > 0 && (status < 300 || status >= 500)) {
        // A status line came, but the answer did not arrive in full by the deadline.
        m_result.bodyTruncated = true;
        finish(Contract::Outcome::Unknown,
               tr("No complete answer within %1 s after the request was sent: the contact may or may not have "
                  "been changed. Check it before sending again.")
                   .arg(m_options.timeoutSeconds));
    } else if (status >= 300 && status < 400) {
        m_result.redirectLocation = QString::fromUtf8(reply->rawHeader("Location"));
        finish(Contract::Outcome::Rejected,
               tr("The server redirected the request (HTTP %1) to %2. Assert Desk does not follow "
                  "redirects, so nothing was sent there; check the profile's base URL.")
                   .arg(status)
                   .arg(m_result.redirectLocation.isEmpty() ? tr("nowhere") : m_result.redirectLocation));
    } else if (status == 429) {
        handleThrottled(reply->rawHeader("Retry-After"));
    } else if (status > 0) {
        finishWithStatus(status, error == QNetworkReply::NoError ? QString() : reply->errorString());
    } else {
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        const auto verdict
            = NetworkErrors::classify(error, reply->errorString(), m_bodySent, timedOut, m_options.timeoutSeconds);
        if (!m_sslErrors.isEmpty())
            m_result.detail = NetworkErrors::describeSslErrors(m_sslErrors);
        finish(verdict.outcome, verdict.summary);
    }
}

// Sized once from the Content-Length, so that the answer is not copied as it grows.
void ApiCall::reserveForAnswer(QNetworkReply *reply)
{
    bool known = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_result.body.capacity() && length <= m_options.maxResponseBytes)
        m_result.body.reserve(length);
}

// An answer past the cap, or announced past it: only its first part is kept, and the reply stops.
void ApiCall::cutIfOversized(QNetworkReply *reply)
{
    if (m_tooLarge || !reply->isOpen())
        return;
    bool known = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    const qint64 held = reply->bytesAvailable();
    const qint64 kept = qMin(kKeptOfOversized, m_options.maxResponseBytes);
    if (held <= m_options.maxResponseBytes && !(known && announced > m_options.maxResponseBytes && held >= kept))
        return;
    m_tooLarge = true;
    readAnswer(reply, kept);
    if (!reply->isFinished())
        reply->abort();
}

// Appends what the reply holds to the answer, up to `limit` bytes in all.
void ApiCall::readAnswer(QNetworkReply *reply, qint64 limit)
{
    QByteArray &body = m_result.body;
    const qint64 available = reply->isOpen() ? reply->bytesAvailable() : 0;
    const qint64 wanted = qMin(available, limit - body.size());
    if (wanted <= 0)
        return;
    const qsizetype at = body.size();
    if (body.capacity() < at + wanted)
        body.reserve(at + qsizetype(wanted)); // exactly: no growth to spare
    body.resize(at + qsizetype(wanted));
    const qint64 got = reply->read(body.data() + at, wanted);
    body.resize(at + qsizetype(qMax<qint64>(got, 0)));
}

void ApiCall::finishOversized(int status)
{
    m_result.bodyTruncated = true;
    const Contract::Outcome o = status >= 200 && status < 300 ? Contract::Outcome::Succeeded
        : status >= 300 && status < 500                       ? Contract::Outcome::Rejected
                                                              : Contract::Outcome::Unknown;
    finish(o,
           tr("The answer (HTTP %1) was larger than %2 MB and was not read in full; its first %3 KB are kept.")
               .arg(status)
               .arg(m_options.maxResponseBytes / (1024 * 1024))
               .arg(m_result.body.size() / 1024));
}

// An answer with a status line (not a redirect, not a 429); `bodyError` when its body broke off.
void ApiCall::finishWithStatus(int status, const QString &bodyError)
{
    if (status >= 200 && status < 300 && !bodyError.isEmpty()) {
        // The status line said yes, but the body stopped short (a close before the promised
        // Content-Length, a reset): what the server did cannot be read from it.
        m_result.bodyTruncated = true;
        finish(Contract::Outcome::Unknown,
               tr("The server answered HTTP %1 but the answer was cut short (%2): the contact may or may not "
                  "have been changed. Check it before sending again.")
                   .arg(status)
                   .arg(bodyError));
    } else if (status >= 200 && status < 300) {
        finish(Contract::Outcome::Succeeded, tr("HTTP %1").arg(status));
    } else if (status >= 400 && status < 500) {
        finish(Contract::Outcome::Rejected,
               tr("The server refused the request (HTTP %1); nothing was changed.").arg(status));
    } else {
        // 5xx (or 1xx) is never retried: the server may have done the work before it failed.
        finish(Contract::Outcome::Unknown,
               tr("The server failed (HTTP %1): the contact may or may not have been changed. "
                  "Check it before sending again.")
                   .arg(status));
    }
}

// A readable wait the client can afford (within what is left of its total waiting budget) is
// waited out, a bounded number of times; a wait beyond it, unreadable or absent ends the
// attempt as throttled, with the server's time: never an early retry the server did not allow.
void ApiCall::handleThrottled(const QByteArray &retryAfter)
{
    const qint64 wait = NetworkErrors::retryAfterSeconds(retryAfter);
    const qint64 budget = m_options.maxRetryWaitSeconds - m_waitedSeconds;
    if (wait >= 0 && wait <= budget && m_result.attempts <= m_options.max429Retries) {
        m_waitedSeconds += int(wait);
        if (m_options.throttle) {
            // Every call sharing the throttle waits, and this one tries again when it lets go.
            m_options.throttle->holdFor(int(wait));
            if (wait > 0)
                Q_EMIT waitingToRetry(int(wait), m_result.attempts + 1);
            attempt();
            return;
        }
        scheduleRetry(int(wait));
        return;
    }
    QString when;
    if (wait >= 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_result.retryAt = wait > 10LL * 365 * 24 * 3600 ? QDateTime() : now.addSecs(wait);
        when = m_result.retryAt.isValid()
            ? tr(" It asks to wait %1 s, until %2.")
                  .arg(wait)
                  .arg(QLocale().toString(m_result.retryAt.toLocalTime(), QLocale::ShortFormat))
            : tr(" It asks to wait longer than ten years.");
    } else {
        when = retryAfter.trimmed().isEmpty() ? tr(" It did not say how long to wait.")
                                              : tr(" Its Retry-After could not be read.");
    }
    const QString tries = m_result.attempts > 1 ? tr(" (after %1 tries)").arg(m_result.attempts) : QString();
    finish(Contract::Outcome::Rejected,
           tr("Throttled: the server refused the request for now (HTTP 429)%1; nothing "
              "was changed.%2 Send again after that.")
               .arg(tries, when));
}

void ApiCall::scheduleRetry(int seconds)
{
    if (seconds <= 0) {
        attempt();
        return;
    }
    m_retryCountdown = seconds;
    Q_EMIT waitingToRetry(seconds, m_result.attempts + 1);
    m_retryTimer.start();
}

void ApiCall::waitForThrottle()
{
    disconnect(m_throttleWait);
    m_throttleWait = connect(m_options.throttle, &Throttle::released, this, [this] {
        disconnect(m_throttleWait);
        attempt();
    });
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    m_retryTimer.stop();
    disconnect(m_throttleWait);
    finish(Contract::Outcome::Cancelled,
           m_result.attempts == 0 ? tr("Cancelled before anything was sent.")
                                  : tr("Cancelled while waiting to retry; the last try had been refused (HTTP 429), "
                                       "so nothing was changed."));
}

void ApiCall::finish(Contract::Outcome outcome, const QString &summary)
{
    m_finished = true;
    m_result.outcome = outcome;
    m_result.summary = summary;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.answeredAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcNet).noquote() << m_method << url().toDisplayString(QUrl::RemoveUserInfo) << "->"
                            << Contract::outcomeName(outcome) << m_result.httpStatus << "in" << m_result.elapsedMs
                            << "ms";
    Q_EMIT finished(m_result);
}

} // namespace AssertDesk::Net
