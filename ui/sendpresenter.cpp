#include "sendpresenter.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "throttleretry.h"

#include "assertresponse.h"

#include "profilestore.h"

#include <QAction>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QStyleHints>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using Session::SendController;

SendPresenter::SendPresenter(SendController *sender, RequestPanel *request, ResponsePanel *response, Actions actions,
                             std::function<Profiles::Profile()> currentProfile, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_request(request)
    , m_response(response)
    , m_actions(actions)
    , m_currentProfile(std::move(currentProfile))
{
    if (m_actions.send)
        m_actions.send->setAutoRepeat(false); // a held Ctrl+Enter is one press
    connect(m_sender, &SendController::stateChanged, this, &SendPresenter::showSendState);
    connect(m_sender, &SendController::progress, m_request, &RequestPanel::setProgressText);
    connect(m_sender, &SendController::progress, m_response, &ResponsePanel::showProgress);
    connect(m_sender, &SendController::finished, this, &SendPresenter::onSendFinished);
    connect(m_request, &RequestPanel::problemsChanged, this, &SendPresenter::updateResponseFreshness);
    // Through the same path as a press of Send: the request as it is on screen, a new history row.
    connect(m_response->retryAction(), &ThrottleRetry::retryRequested, this, &SendPresenter::send);
    showSendState(m_sender->state());
}

QString SendPresenter::sendStateText(SendController::State state) const
{
    switch (state) {
    case SendController::State::Idle: return {};
    case SendController::State::Resolving:
        return m_sendingTo == Profiles::ProfileStore::sandboxName()
            ? tr("Getting the built-in sandbox ready (it starts on first use)…")
            : tr("Getting ready to send to %1: reading its API key…").arg(m_sendingTo);
    case SendController::State::Sending: return tr("Sending to %1…").arg(m_sendingTo);
    case SendController::State::Done: return tr("Reading the answer…");
    }
    return {};
}

// From the press of Send to its outcome, a second Send is off (button, menu and shortcut) and
// says why, and Cancel is on: a double click or a second Ctrl+Enter sends nothing more.
void SendPresenter::showSendState(SendController::State state)
{
    const bool busy = state != SendController::State::Idle;
    const QString text = sendStateText(state);
    m_request->setSending(busy, busy ? text + QLatin1Char(' ') + tr("Send is off until the answer comes.") : QString());
    if (m_actions.send) {
        m_actions.send->setEnabled(!busy);
        m_actions.send->setToolTip(busy ? text : tr("Send the assert (Ctrl+Enter)"));
    }
    if (m_actions.cancel)
        m_actions.cancel->setEnabled(busy);
    if (state == SendController::State::Resolving || state == SendController::State::Sending)
        m_response->showSending(text);
}

void SendPresenter::send()
{
    if (!m_sender->isIdle()) {
        Q_EMIT message(tr("Already sending; this press sent nothing more."), 5000);
        return;
    }
    if (m_request->isReviewMode())
        return;
    if (m_request->hasErrors()) {
        Q_EMIT message(tr("Not sent: %1").arg(m_request->firstError()), 8000);
        return;
    }
    const Profiles::Profile profile = m_currentProfile();
    m_sendingTo = profile.name;
    m_sender->send(profile, m_request->bodyBytes());
}

void SendPresenter::pressSend()
{
    const QByteArray body = m_request->bodyBytes();
    const bool again = m_lastPress.isValid()
        && m_lastPress.elapsed() < QGuiApplication::styleHints()->mouseDoubleClickInterval()
        && body == m_lastPressedBody;
    m_lastPress.start();
    m_lastPressedBody = body;
    if (again) {
        Q_EMIT message(tr("Send was pressed twice; the request was sent once."), 5000);
        return;
    }
    send();
}

void SendPresenter::answerShown(const QJsonObject &requestBody, const QByteArray &requestText, const QString &profile)
{
    m_answeredBody = requestBody;
    m_answeredText = requestText;
    m_answeredProfile = profile;
    m_request->setServerProblems({}, {}); // a rejection in the new answer marks its own
}

void SendPresenter::updateResponseFreshness()
{
    if (!m_response->hasAnswer())
        return;
    const QByteArray text = m_request->bodyText().toUtf8();
    const bool sameRequest = QJsonDocument::fromJson(text).isObject()
        ? QJsonDocument::fromJson(m_request->bodyBytes()).object() == m_answeredBody
        : text == m_answeredText;
    const bool stale = !sameRequest || m_currentProfile().name != m_answeredProfile;
    m_response->setStale(stale);
    // The retry was for the request and profile that were throttled: not for these.
    if (stale)
        m_response->retryAction()->withdraw();
}

void SendPresenter::onSendFinished(const SendResult &result, const QJsonObject &sentBody, qint64 historyId,
                                   const Session::HistoryNote &history)
{
    answerShown(sentBody, QJsonDocument(sentBody).toJson(QJsonDocument::Compact), m_sendingTo);
    m_response->showResult(result, sentBody);
    if (result.outcome == Outcome::Rejected && result.httpStatus == 429)
        m_response->retryAction()->offer(result.retryAt);
    updateResponseFreshness();
    Q_EMIT finished(historyId);
    reportHistory(result, historyId, history);
}

namespace {

// What the send did to the contact, in one sentence that stands alone.
QString whatHappened(const SendResult &result)
{
    switch (result.outcome) {
    case Outcome::Succeeded:
        if (result.answer && result.answer->action() == AssertResponse::Action::Created)
            return SendPresenter::tr("The contact WAS created (id %1)").arg(result.answer->recordId());
        if (result.answer && result.answer->action() == AssertResponse::Action::Updated)
            return SendPresenter::tr("The contact WAS updated (id %1)").arg(result.answer->recordId());
        return SendPresenter::tr("The assert succeeded (HTTP %1)").arg(result.httpStatus);
    case Outcome::Rejected:
        return SendPresenter::tr("The server refused the assert (HTTP %1); nothing was changed").arg(result.httpStatus);
    case Outcome::Unknown:
        return SendPresenter::tr("The outcome is unknown: the contact may or may not have been changed");
    case Outcome::NotSent: return SendPresenter::tr("Nothing was sent");
    case Outcome::Cancelled: return SendPresenter::tr("The send was cancelled");
    }
    return {};
}

} // namespace

// The status bar says where the outcome went. When the history could not take it, that is said
// plainly, in a note that stays, with what happened to the contact first: never "recorded".
void SendPresenter::reportHistory(const SendResult &result, qint64 historyId, const Session::HistoryNote &history)
{
    if (history.recorded()) {
        Q_EMIT message(historyId > 0
                           ? tr("%1; recorded in the history as #%2.").arg(outcomeName(result.outcome)).arg(historyId)
                           : outcomeName(result.outcome),
                       8000);
        return;
    }
    const QString what = whatHappened(result);
    Q_EMIT notice(tr("%1; the history could not be written: %2").arg(what, history.problem));
    Q_EMIT message(history.keptIn.isEmpty()
                       ? tr("%1; NOT recorded in the history (see the note above).").arg(what)
                       : tr("%1; NOT recorded in the history yet: the outcome is kept aside in %2 and will be written "
                            "when the history can be written again.")
                             .arg(what, history.keptIn),
                   0);
}

} // namespace AssertDesk::Ui
