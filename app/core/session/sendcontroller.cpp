#include "sendcontroller.h"

#include <QJsonDocument>

namespace AssertDesk::Session {

using namespace AssertDesk::Contract;
using Profiles::Profile;

SendController::SendController(AbstractEndpointResolver *endpoints, Net::ApiClient *client,
                               History::HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_client(client)
    , m_history(history)
    , m_confirm([](const QString &) { return false; })
{
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_retryIn > 0)
            return;
        Q_EMIT progress(tr("Sending… %1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    });
}

void SendController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool SendController::send(const Profile &profile, const QByteArray &body)
{
    if (m_state != State::Idle)
        return false;
    const quint64 attempt = ++m_attempt;
    m_sentBody = QJsonDocument::fromJson(body).object();
    // Resolving already: a second Send while the question is open is refused.
    setState(State::Resolving);
    if (profile.production
        && !m_confirm(tr("Send this assert to the production profile \"%1\" (%2)? It changes real contacts.")
                          .arg(profile.name, profile.baseUrl.host()))) {
        if (attempt == m_attempt)
            endUnsent(Outcome::NotSent, tr("You chose not to send to production."));
        return true;
    }
    if (attempt != m_attempt)
        return true; // cancelled while the question was open
    m_endpoints->resolve(profile, this, [this, attempt, profile, body](const Endpoint &endpoint) {
        if (attempt != m_attempt || m_state != State::Resolving)
            return; // cancelled meanwhile
        if (!endpoint.ok()) {
            endUnsent(Outcome::NotSent, endpoint.errorWithFix());
            return;
        }
        begin(profile, endpoint, body);
    });
    return true;
}

void SendController::begin(const Profile &profile, const Endpoint &endpoint, const QByteArray &body)
{
    if (!m_previewFirst) {
        startSend(profile, endpoint, body, std::nullopt);
        return;
    }
    auto *read = new PreviewRead(
        m_client, endpoint.callOptions(qMin(profile.timeoutSeconds, PreviewRead::kBeforeSendSeconds)), body, this);
    m_preflight = read;
    const quint64 attempt = m_attempt;
    connect(read, &PreviewRead::finished, this, [this, read, attempt, profile, endpoint, body](const MatchPreview &p) {
        read->deleteLater();
        if (attempt != m_attempt || m_state != State::Resolving)
            return; // cancelled meanwhile
        Q_EMIT previewed(p);
        startSend(profile, endpoint, body, p);
    });
    read->start();
}

void SendController::startSend(const Profile &profile, const Endpoint &endpoint, const QByteArray &body,
                               const std::optional<MatchPreview> &preview)
{
    auto *send
        = new AssertSend(m_client, m_history, profile.name, endpoint.callOptions(profile.timeoutSeconds), body, this);
    if (preview)
        send->setPreview(*preview);
    m_send = send;
    connect(send, &AssertSend::waitingToRetry, this, [this](int seconds, int attempt) {
        m_retryIn = seconds;
        Q_EMIT progress(tr("Throttled by the server (HTTP 429): try %1 in %2 s").arg(attempt).arg(seconds));
        if (seconds <= 1)
            m_retryIn = 0;
    });
    connect(send, &AssertSend::finished, this, [this, send](const SendResult &result) {
        send->deleteLater();
        m_send = nullptr;
        if (!send->surprise().isEmpty())
            Q_EMIT surprised(send->surprise(), send->historyId());
        finishWith(result, send->historyId(), {send->historyError(), send->historyKeptIn()});
    });
    m_clock.start();
    m_tick.start();
    setState(State::Sending);
    Q_EMIT started();
    send->start();
}

void SendController::cancel()
{
    if (m_state == State::Sending && m_send)
        m_send->cancel();
    else if (m_state == State::Resolving) {
        if (m_preflight)
            m_preflight->deleteLater(); // its reads are aborted with it
        endUnsent(Outcome::Cancelled, tr("Cancelled before anything was sent."));
    }
}

void SendController::endUnsent(Outcome outcome, const QString &why)
{
    SendResult r;
    r.outcome = outcome;
    r.summary = why;
    finishWith(r, -1);
}

void SendController::finishWith(const SendResult &result, qint64 historyId, const HistoryNote &history)
{
    ++m_attempt; // whatever still answers for this send is too late
    m_tick.stop();
    m_retryIn = 0;
    setState(State::Done);
    Q_EMIT finished(result, m_sentBody, historyId, history);
    setState(State::Idle);
}

} // namespace AssertDesk::Session
