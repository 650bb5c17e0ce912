#pragma once

#include "abstractendpointresolver.h"
#include "assertsend.h"
#include "historynote.h"
#include "previewread.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace AssertDesk::Session {

// One send at a time from the window: asks before production, finds the profile's endpoint,
// runs the send with its history row, and reports progress (elapsed time, a throttling
// countdown). Idle -> Resolving (asking, finding the key) -> Sending -> Done -> Idle; a send
// asked for while one is under way is refused.
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    enum class State { Idle, Resolving, Sending, Done };
    Q_ENUM(State)

    // Asked before sending to a production profile (a seam: the window asks a person, tests
    // give the answer). Without one, nothing goes to production.
    using Confirm = std::function<bool(const QString &question)>;

    SendController(AbstractEndpointResolver *endpoints, Net::ApiClient *client, History::HistoryService *history,
                   QObject *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Take a match preview just before each send (at most two reads, for at most
    // PreviewRead::kBeforeSendSeconds; its failure never stops the send): the history keeps the
    // contact as it was and the prediction, and the outcome is compared with it (surprised()).
    // Off unless asked for.
    void setPreviewFirst(bool on) { m_previewFirst = on; }
    // False, and nothing happens, unless Idle.
    bool send(const Profiles::Profile &profile, const QByteArray &body);
    // Stops the send under way; before the request left, it ends as cancelled with nothing sent.
    void cancel();

    State state() const { return m_state; }
    bool isIdle() const { return m_state == State::Idle; }

Q_SIGNALS:
    void stateChanged(AssertDesk::Session::SendController::State state);
    // The request is on its way (after the confirmation and the endpoint).
    void started();
    void progress(const QString &text);
    // The preview taken just before the send (with setPreviewFirst), as the send leaves.
    void previewed(const AssertDesk::Session::MatchPreview &preview);
    // The outcome was not the one the preview predicted; emitted just before finished().
    void surprised(const QString &what, qint64 historyId);
    // Every send() that was not refused ends here once, whatever became of it; -1: no history row.
    // `history` says when the outcome could not be written into the row, and where it is kept.
    void finished(const AssertDesk::Contract::SendResult &result, const QJsonObject &sentBody, qint64 historyId,
                  const AssertDesk::Session::HistoryNote &history);

private:
    void setState(State state);
    void begin(const Profiles::Profile &profile, const Endpoint &endpoint, const QByteArray &body);
    void startSend(const Profiles::Profile &profile, const Endpoint &endpoint, const QByteArray &body,
                   const std::optional<MatchPreview> &preview);
    void endUnsent(Contract::Outcome outcome, const QString &why);
    void finishWith(const Contract::SendResult &result, qint64 historyId, const HistoryNote &history = {});

    AbstractEndpointResolver *m_endpoints;
    Net::ApiClient *m_client;
    QPointer<History::HistoryService> m_history;
    Confirm m_confirm;
    State m_state = State::Idle;
    quint64 m_attempt = 0; // tells a late answer for an ended send from the current one
    QPointer<AssertSend> m_send;
    QPointer<PreviewRead> m_preflight;
    bool m_previewFirst = false;
    QJsonObject m_sentBody;
    QElapsedTimer m_clock;
    QTimer m_tick;
    int m_retryIn = 0;
};

} // namespace AssertDesk::Session
