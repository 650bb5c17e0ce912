#include "matchpreviewer.h"

#include "previewread.h"

#include <QJsonDocument>

namespace AssertDesk::Session {

namespace {

// Equal requests are equal whatever their layout: a reformatted body is not asked again.
QString askedKey(const Profiles::Profile &profile, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return profile.name + QLatin1Char('\n') + profile.baseUrl.toString() + QLatin1Char('\n')
        + QString::fromUtf8(doc.isNull() ? body : doc.toJson(QJsonDocument::Compact));
}

} // namespace

MatchPreviewer::MatchPreviewer(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MatchPreviewer::begin);
}

void MatchPreviewer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MatchPreviewer::requestChanged(const Profiles::Profile &profile, const QByteArray &body)
{
    if (askedKey(profile, body) == m_asked)
        return;
    stopRead();
    ++m_generation;
    m_profile = profile;
    m_body = body;
    m_asked.clear();
    m_debounce.start();
    setState(State::Waiting);
}

void MatchPreviewer::previewNow(const Profiles::Profile &profile, const QByteArray &body)
{
    stopRead();
    ++m_generation;
    m_profile = profile;
    m_body = body;
    m_debounce.stop();
    begin();
}

void MatchPreviewer::cancel()
{
    stopRead();
    ++m_generation;
    m_debounce.stop();
    m_asked.clear();
    setState(State::Idle);
}

void MatchPreviewer::stopRead()
{
    if (!m_read)
        return;
    m_read->disconnect(this);
    m_read->deleteLater(); // its calls are aborted with it
    m_read = nullptr;
}

void MatchPreviewer::begin()
{
    const quint64 generation = m_generation;
    m_asked = askedKey(m_profile, m_body);
    setState(State::Reading);
    Q_EMIT started();
    // Without a match key there is nothing to ask: no endpoint is looked for (nor a sandbox started).
    if (PreviewRead::matchAddress(QJsonDocument::fromJson(m_body).object()).isEmpty()) {
        read({}, generation);
        return;
    }
    m_endpoints->resolve(m_profile, this, [this, generation](const Endpoint &endpoint) {
        if (generation != m_generation)
            return; // the request changed meanwhile
        if (!endpoint.ok() && endpoint.problem != Endpoint::Problem::Key) {
            // No address to ask (the sandbox would not start): say so as the preview.
            MatchPreview unavailable;
            unavailable.body = m_body;
            unavailable.prediction
                = Contract::MatchPrediction::unknown(Contract::MatchPrediction::Why::Offline, endpoint.error);
            report(unavailable);
            return;
        }
        // A profile without a key is still previewed: PreviewRead says why it cannot be.
        read(endpoint.callOptions(m_profile.timeoutSeconds), generation);
    });
}

void MatchPreviewer::read(const Net::ApiCall::Options &options, quint64 generation)
{
    m_read = new PreviewRead(m_client, options, m_body, this);
    connect(m_read, &PreviewRead::finished, this, [this, generation, read = m_read](const MatchPreview &preview) {
        read->deleteLater();
        if (generation == m_generation)
            report(preview);
    });
    m_read->start();
}

void MatchPreviewer::report(const MatchPreview &preview)
{
    m_read = nullptr;
    m_latest = preview;
    setState(State::Idle);
    Q_EMIT finished(preview);
}

} // namespace AssertDesk::Session
