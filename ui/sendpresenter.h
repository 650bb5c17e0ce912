#pragma once

#include "profile.h"
#include "sendcontroller.h"
#include "sendresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QAction;

namespace AssertDesk::Ui {

class RequestPanel;
class ResponsePanel;

// A send as the window shows it: what a press of Send does, Send and Cancel on and off (the
// actions, the request panel, the response panel's progress) while a send is under way, the
// answer shown and whether it still answers the request and profile on screen. The rules of the
// send itself are Session::SendController's.
class SendPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPresenter)

public:
    struct Actions
    {
        QAction *send = nullptr;
        QAction *cancel = nullptr;
    };

    SendPresenter(Session::SendController *sender, RequestPanel *request, ResponsePanel *response, Actions actions,
                  std::function<Profiles::Profile()> currentProfile, QObject *parent = nullptr);

    void send();
    // Send pressed (the button, the menu, Ctrl+Enter). A double click or a doubled Ctrl+Enter is
    // one press: the same request pressed again within the double-click interval is not sent
    // again, even when a fast server (the sandbox answers in milliseconds) has already answered.
    void pressSend();
    // The response panel now shows the answer to this request, sent with this profile.
    void answerShown(const QJsonObject &requestBody, const QByteArray &requestText, const QString &profile);
    // Marks the answer shown as stale once the request or the profile no longer is what it answered.
    void updateResponseFreshness();

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeoutMs);
    // What must not scroll away in the status bar: an outcome the history could not record.
    void notice(const QString &text);
    // A send's outcome is shown and recorded (historyId 0: it could not be recorded).
    void finished(qint64 historyId);

private:
    void showSendState(Session::SendController::State state);
    QString sendStateText(Session::SendController::State state) const;
    void onSendFinished(const Contract::SendResult &result, const QJsonObject &sentBody, qint64 historyId,
                        const Session::HistoryNote &history);
    void reportHistory(const Contract::SendResult &result, qint64 historyId, const Session::HistoryNote &history);

    Session::SendController *m_sender;
    RequestPanel *m_request;
    ResponsePanel *m_response;
    Actions m_actions;
    std::function<Profiles::Profile()> m_currentProfile;
    QString m_sendingTo; // the profile of the send under way
    QElapsedTimer m_lastPress;
    QByteArray m_lastPressedBody;
    // What the answer on screen answered: the response is marked once the request or the
    // profile no longer is this.
    QJsonObject m_answeredBody;
    QByteArray m_answeredText;
    QString m_answeredProfile;
};

} // namespace AssertDesk::Ui
