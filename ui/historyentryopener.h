#pragma once

#include "profile.h"

#include <QObject>

#include <functional>

namespace AssertDesk::History {
class HistoryService;
}

namespace AssertDesk::Ui {

class DraftKeeper;
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
    };

    HistoryEntryOpener(History::HistoryService *history, Panels panels,
                       std::function<Profiles::Profile()> currentProfile, QObject *parent = nullptr);

    // Reads the entry (off the GUI thread) and shows it once read.
    void open(qint64 id, bool forEditing);

Q_SIGNALS:
    void opened(qint64 id);
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    History::HistoryService *m_history;
    Panels m_panels;
    std::function<Profiles::Profile()> m_currentProfile;
};

} // namespace AssertDesk::Ui
