#include "assertsend.h"

#include <QJsonDocument>

namespace AssertDesk::Core {

AssertSend::AssertSend(ApiClient *client, HistoryStore *history, QString profile, ApiCall::Options options,
                       QByteArray body, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_body(std::move(body))
{
}

void AssertSend::start()
{
    const QJsonObject match = QJsonDocument::fromJson(m_body).object().value(QLatin1String("match")).toObject();
    HistoryIntent intent;
    intent.profile = m_profile;
    intent.baseUrl = m_options.baseUrl;
    intent.requestBody = m_body;
    intent.matchKey = match.isEmpty() ? QString() : match.begin().key();
    intent.matchValue = match.isEmpty() ? QString() : match.begin().value().toString();
    intent.sentAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_history || (m_historyId = m_history->beginAttempt(intent, &error)) < 0) {
        SendResult refused;
        refused.outcome = Outcome::NotSent;
        refused.summary = tr("Nothing was sent: the history could not record this assert first (%1). Every send is "
                             "recorded before it leaves, so that none is ever lost.")
                              .arg(m_history ? error : tr("no history"));
        refused.sentAt = refused.answeredAt = intent.sentAt;
        finish(refused);
        return;
    }
    m_call = m_client->assertContact(m_options, m_body, this);
    connect(m_call, &ApiCall::waitingToRetry, this, &AssertSend::waitingToRetry);
    connect(m_call, &ApiCall::finished, this, [this](const SendResult &result) {
        QString e;
        if (!m_history->completeAttempt(m_historyId, result, &e))
            m_historyError = e;
        finish(result);
    });
    m_call->start();
}

void AssertSend::cancel()
{
    if (m_call)
        m_call->cancel();
}

void AssertSend::finish(const SendResult &result)
{
    m_result = result;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace AssertDesk::Core
