#include "assertsend.h"
#include "answercheck.h"
#include "endpointpolicy.h"
#include "futures.h"
#include "headerpolicy.h"

#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace AssertDesk::Session {

AssertSend::AssertSend(Net::ApiClient *client, History::HistoryService *history, QString profile,
                       Net::ApiCall::Options options, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_body(std::move(body))
{
}

History::HistoryIntent AssertSend::intentFor(const QString &profile, const QUrl &baseUrl, const QByteArray &body)
{
    const QJsonObject match = QJsonDocument::fromJson(body).object().value(QLatin1String("match")).toObject();
    History::HistoryIntent intent;
    intent.profile = profile;
    intent.baseUrl = baseUrl;
    intent.requestBody = body;
    intent.matchKey = match.isEmpty() ? QString() : match.begin().key();
    intent.matchValue = match.isEmpty() ? QString() : match.begin().value().toString();
    intent.sentAt = QDateTime::currentDateTimeUtc();
    return intent;
}

History::HistoryIntent AssertSend::intent() const
{
    History::HistoryIntent intent = intentFor(m_profile, m_options.baseUrl, m_body);
    intent.batchId = m_batchId;
    intent.batchRow = m_batchRow;
    intent.batchLine = m_batchLine;
    if (m_preview) {
        intent.beforeState = m_preview->before;
        intent.prediction = m_preview->prediction.toJson();
    }
    return intent;
}

void AssertSend::start()
{
    if (m_writtenAhead) {
        // Its row is in the history already: whatever happens now completes it.
        if (m_cancelled) {
            complete(cancelledBeforeSending());
        } else if (const QString problem = refusalBeforeSending(); !problem.isEmpty()) {
            Contract::SendResult refused;
            refused.outcome = Contract::Outcome::NotSent;
            refused.summary = problem;
            refused.sentAt = refused.answeredAt = QDateTime::currentDateTimeUtc();
            complete(refused);
        } else {
            startCall();
        }
        return;
    }
    if (m_cancelled) {
        finish(cancelledBeforeSending());
        return;
    }
    const History::HistoryIntent intent = this->intent();
    const auto refuse = [this, sentAt = intent.sentAt](const QString &why) {
        Contract::SendResult refused;
        refused.outcome = Contract::Outcome::NotSent;
        refused.summary = tr("Nothing was sent: the history could not record this assert first (%1). Every send is "
                             "recorded before it leaves, so that none is ever lost.")
                              .arg(why);
        refused.sentAt = refused.answeredAt = sentAt;
        finish(refused);
    };
    if (!m_history) {
        refuse(tr("there is no history"));
        return;
    }
    // What the call would refuse anyway is refused before the intent row, so that no row
    // stands for a send that never left: a URL the key may not go to (it may carry a password,
    // which must never reach the history), a key or header with a line break or another control
    // character (a key from the keychain or the environment, saved before it was checked).
    if (const QString problem = refusalBeforeSending(); !problem.isEmpty()) {
        Contract::SendResult refused;
        refused.outcome = Contract::Outcome::NotSent;
        refused.summary = problem;
        refused.sentAt = refused.answeredAt = intent.sentAt;
        finish(refused);
        return;
    }
    History::whenReady(
        m_history->beginAttempt(intent), this,
        [this, refuse](const History::HistoryService::BeginResult &r) {
            if (r.id < 0) {
                refuse(r.error);
                return;
            }
            m_historyId = r.id;
            // Cancelled while the row was written: the request never starts, and the row says so.
            if (m_cancelled) {
                complete(cancelledBeforeSending());
                return;
            }
            startCall();
        },
        [refuse] { refuse(tr("the history closed")); });
}

void AssertSend::startCall()
{
    m_call = m_client->assertContact(m_options, m_body, this);
    connect(m_call, &Net::ApiCall::waitingToRetry, this, &AssertSend::waitingToRetry);
    connect(m_call, &Net::ApiCall::finished, this, &AssertSend::record);
    m_call->start();
}

QString AssertSend::refusalBeforeSending() const
{
    if (QString problem = Net::EndpointPolicy::check(m_options.baseUrl); !problem.isEmpty())
        return problem;
    if (QString refused = Net::HeaderPolicy::checkKey(m_options.key); !refused.isEmpty())
        return refused;
    for (const auto &header : m_options.extraHeaders)
        if (QString refused = Net::HeaderPolicy::checkExtraHeader(header.first, header.second); !refused.isEmpty())
            return refused;
    return {};
}

Contract::SendResult AssertSend::cancelledBeforeSending()
{
    Contract::SendResult cancelled;
    cancelled.outcome = Contract::Outcome::Cancelled;
    cancelled.summary = tr("Cancelled before anything was sent.");
    cancelled.sentAt = cancelled.answeredAt = QDateTime::currentDateTimeUtc();
    return cancelled;
}

void AssertSend::record(const Contract::SendResult &result)
{
    // The answer is in: nothing more of this send goes to the server, whatever the parse finds.
    // A batch starts its next row now rather than after the parse.
    markAnswered();
    if (result.outcome != Contract::Outcome::Succeeded) {
        complete(result);
        return;
    }
    // Whether a 2xx really is the API's answer, and whether it is the one predicted, takes a parse
    // of the body: not on this thread.
    const Contract::MatchPrediction prediction = m_preview ? m_preview->prediction : Contract::MatchPrediction();
    History::whenReady(
        QtConcurrent::run([result, prediction] {
            const Contract::SendResult checked = Contract::checkAssertAnswer(result);
            return std::make_pair(checked, prediction.surpriseIn(checked));
        }),
        this,
        [this](const std::pair<Contract::SendResult, QString> &checked) {
            m_surprise = checked.second;
            complete(checked.first);
        },
        [this, result] { complete(result); });
}

void AssertSend::markAnswered()
{
    if (m_answered)
        return;
    m_answered = true;
    Q_EMIT answered();
}

void AssertSend::complete(const Contract::SendResult &result)
{
    markAnswered();
    if (!m_history) {
        m_historyError = tr("the history closed before the answer arrived");
        finish(result);
        return;
    }
    History::whenReady(
        m_history->completeAttempt(m_historyId, result,
                                   m_gathered ? History::HistoryService::Gathering::Gathered
                                              : History::HistoryService::Gathering::Prompt),
        this,
        [this, result](const History::HistoryService::CompleteResult &r) {
            if (!r.written) {
                m_historyError = r.error;
                m_historyKeptIn = r.keptIn;
            }
            finish(result);
        },
        [this, result] {
            m_historyError = tr("the history closed before the answer was recorded");
            finish(result);
        });
}

void AssertSend::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void AssertSend::finish(const Contract::SendResult &result)
{
    m_result = result;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace AssertDesk::Session
