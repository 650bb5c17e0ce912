#pragma once

#include "historyrecord.h"
#include "profile.h"

#include <QObject>

#include <functional>

namespace AssertDesk::History {
class HistoryService;
}

namespace AssertDesk::Ui {

class DraftKeeper;
class PreviewStrip;
class RequestPanel;
class ResponsePanel;
class SendPresenter;

// Opens a history entry in the window: for review (read-only, the request being written kept
// aside by the draft keeper) or as a copy to edit and re-send; its recorded answer is shown.
class HistoryEntryOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryEntryOpener)

public:
    struct Panels
    {
        RequestPanel *request = nullptr;
        ResponsePanel *response = nullptr;
        DraftKeeper *drafts = nullptr;
        SendPresenter *sends = nullptr;
        PreviewStrip *preview = nullptr; // null: no preview (no endpoints)
    };

    HistoryEntryOpener(History::HistoryService *history, Panels panels,
                       std::function<Profiles::Profile()> currentProfile, QObject *parent = nullptr);

    // Reads the entry (off the GUI thread) and shows it once read.
    void open(qint64 id, bool forEditing);
    // "Revert this change": the inverse of a succeeded update (Contract::RevertBuilder) becomes a
    // new request in the form, for review; it is never sent from here. The preview then reads the
    // contact as it is now and leaves out fields someone else changed since.
    void revert(qint64 id);
    // The entry last opened for review.
    qint64 reviewing() const { return m_reviewing; }

Q_SIGNALS:
    void opened(qint64 id);
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void offerRevert(const History::HistoryRecord &record);

    History::HistoryService *m_history;
    Panels m_panels;
    std::function<Profiles::Profile()> m_currentProfile;
    qint64 m_reviewing = 0;
};

} // namespace AssertDesk::Ui
