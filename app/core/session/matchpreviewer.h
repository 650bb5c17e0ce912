#pragma once

#include "abstractendpointresolver.h"
#include "apicall.h"
#include "matchpreview.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace AssertDesk::Net {
class ApiClient;
}

namespace AssertDesk::Session {

class PreviewRead;

// The match preview of the request being written, for a window: previews it once typing pauses
// (debounced), or at once on demand; a newer request cancels what is under way, so only the
// preview of the latest request is ever reported. Each preview finds the profile's endpoint
// (EndpointResolver) and costs at most two reads (PreviewRead); nothing here waits, writes or
// blocks sending.
class MatchPreviewer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchPreviewer)

public:
    enum class State { Idle, Waiting, Reading };
    Q_ENUM(State)
    static constexpr int kDefaultDebounceMs = 600;

    MatchPreviewer(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent = nullptr);

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // The request changed: it is previewed once no further change came for the debounce interval.
    // A body equal to the one previewed last (or under way), for the same profile, is not asked again.
    void requestChanged(const Profiles::Profile &profile, const QByteArray &body);
    // Previews now, whatever was previewed before (a "Refresh preview" button).
    void previewNow(const Profiles::Profile &profile, const QByteArray &body);
    // Stops waiting and reading; nothing is reported for what was stopped.
    void cancel();

    State state() const { return m_state; }
    // The last preview reported, if any; it may be of an older request than the one on screen:
    // compare its body.
    std::optional<MatchPreview> latest() const { return m_latest; }

Q_SIGNALS:
    void stateChanged(AssertDesk::Session::MatchPreviewer::State state);
    // A read is under way for the latest request (the window says "Checking…").
    void started();
    void finished(const AssertDesk::Session::MatchPreview &preview);

private:
    void setState(State state);
    void begin();
    void read(const Net::ApiCall::Options &options, quint64 generation);
    void report(const MatchPreview &preview);
    void stopRead();

    AbstractEndpointResolver *m_endpoints;
    Net::ApiClient *m_client;
    QTimer m_debounce;
    State m_state = State::Idle;
    quint64 m_generation = 0; // tells the answer for the latest request from older ones
    Profiles::Profile m_profile;
    QByteArray m_body;
    QString m_asked; // profile and body of what was last asked, to skip asking the same again
    QPointer<PreviewRead> m_read;
    std::optional<MatchPreview> m_latest;
};

} // namespace AssertDesk::Session
