#include "previewread.h"

#include "apiclient.h"
#include "contactdiff.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace AssertDesk::Session {

using Contract::MatchPrediction;
using Why = Contract::MatchPrediction::Why;

namespace {

QJsonObject attributesOf(const QJsonObject &body)
{
    return body.value(QLatin1String("attributes")).toObject();
}

} // namespace

PreviewRead::PreviewRead(Net::ApiClient *client, Net::ApiCall::Options options, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_request(QJsonDocument::fromJson(body).object())
{
    m_preview.body = std::move(body);
}

QString PreviewRead::matchAddress(const QJsonObject &body)
{
    const QJsonObject match = body.value(QLatin1String("match")).toObject();
    if (match.size() != 1)
        return QString();
    const QString key = match.begin().key();
    const QJsonValue value = match.begin().value();
    if ((key != QLatin1String("primary_email") && key != QLatin1String("contact_emails")) || !value.isString())
        return QString();
    return value.toString().trimmed();
}

void PreviewRead::start()
{
    m_address = matchAddress(m_request);
    if (m_address.isEmpty()) {
        finishWith(MatchPrediction::unknown(
            Why::NoMatchKey, tr("the request has no match key (primary_email or contact_emails) to look up.")));
        return;
    }
    if (m_options.key.isEmpty()) {
        finishWith(MatchPrediction::unknown(Why::NoKey, tr("there is no API key for this profile.")));
        return;
    }
    m_call = m_client->queryContacts(m_options, MatchPrediction::queryBody(m_address), this);
    connect(m_call, &Net::ApiCall::finished, this, &PreviewRead::onQueried);
    ++m_preview.requests;
    m_call->start();
}

void PreviewRead::cancel()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->disconnect(this);
    delete m_call;
    finishWith(MatchPrediction::unknown(Why::Cancelled, tr("cancelled.")));
}

void PreviewRead::onQueried(const Contract::SendResult &result)
{
    m_call->deleteLater();
    if (result.outcome != Contract::Outcome::Succeeded) {
        finishUnreachable(result);
        return;
    }
    const QDateTime readAt = result.answeredAt.isValid() ? result.answeredAt : QDateTime::currentDateTimeUtc();
    MatchPrediction prediction = MatchPrediction::fromQueryAnswer(result.body, m_address, readAt);
    if (prediction.kind() != MatchPrediction::Kind::Update
        || prediction.recordHolds(MatchPrediction::fieldsNeeded(attributesOf(m_request)))) {
        finishWith(prediction);
        return;
    }
    // The answer named the contact but not all of it: read it whole, once.
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$"));
    if (!plainId.match(prediction.contactId()).hasMatch()) {
        m_preview.diffProblem = tr("the contact's id cannot be put in a URL, so it was not read.");
        finishWith(prediction);
        return;
    }
    m_preview.prediction = prediction;
    m_call = m_client->readContact(m_options, prediction.contactId(), this);
    connect(m_call, &Net::ApiCall::finished, this, &PreviewRead::onRead);
    ++m_preview.requests;
    m_call->start();
}

void PreviewRead::onRead(const Contract::SendResult &result)
{
    m_call->deleteLater();
    MatchPrediction prediction = m_preview.prediction;
    const QJsonObject data = QJsonDocument::fromJson(result.body).object().value(QLatin1String("data")).toObject();
    if (result.outcome == Contract::Outcome::Succeeded && data.value(QLatin1String("id")) == prediction.contactId()
        && data.value(QLatin1String("attributes")).isObject())
        prediction.setRecord(data);
    else
        m_preview.diffProblem
            = tr("the contact could not be read: %1")
                  .arg(result.outcome == Contract::Outcome::Succeeded ? tr("the answer is not that contact's record.")
                                                                      : result.summary);
    finishWith(prediction);
}

void PreviewRead::finishUnreachable(const Contract::SendResult &result)
{
    finishWith(unreachable(result, m_options.timeoutSeconds));
}

MatchPrediction PreviewRead::unreachable(const Contract::SendResult &result, int timeoutSeconds)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Why why = Why::Offline;
    QString reason = result.summary;
    if (result.httpStatus == 401 || result.httpStatus == 403) {
        why = Why::Refused;
        reason = tr("the server refused the key (HTTP %1).").arg(result.httpStatus);
    } else if (result.httpStatus > 0) {
        why = Why::ServerError;
        reason = tr("the server could not answer the query (HTTP %1).").arg(result.httpStatus);
    } else if (result.outcome == Contract::Outcome::Cancelled) {
        why = Why::Cancelled;
    } else if (result.outcome == Contract::Outcome::Unknown && result.elapsedMs >= qint64(timeoutSeconds) * 1000 - 50) {
        why = Why::Timeout;
        reason = tr("the server did not answer within %1 s.").arg(timeoutSeconds);
    }
    return MatchPrediction::unknown(why, reason, at);
}

void PreviewRead::finishWith(MatchPrediction prediction)
{
    if (m_finished)
        return;
    const QJsonObject attributes = attributesOf(m_request);
    if (prediction.kind() == MatchPrediction::Kind::Update && !prediction.record().isEmpty()
        && m_preview.diffProblem.isEmpty()) {
        m_preview.before = prediction.record();
        m_preview.changes = Contract::ContactDiff::compare(
            attributes, m_preview.before.value(QLatin1String("attributes")).toObject(), m_address, false);
    } else if (prediction.kind() == MatchPrediction::Kind::Create) {
        m_preview.changes = Contract::ContactDiff::compare(attributes, {}, m_address, true);
    }
    m_preview.prediction = std::move(prediction);
    m_finished = true;
    Q_EMIT finished(m_preview);
}

} // namespace AssertDesk::Session
