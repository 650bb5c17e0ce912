#pragma once

#include "draft.h"

#include <QObject>

#include <functional>

namespace AssertDesk::Session {
class DraftStore;
}

namespace AssertDesk::Ui {

class DraftBar;
class RequestPanel;

// Keeps the request being written while the request panel shows something else: a past assert
// under review, a copy of one being edited, a new empty request, the example, a pasted body.
// Edits of the request go to the Session::DraftStore (which keeps it across runs and holds the
// rules of what is set aside); the bar offers the way back to what was set aside.
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    DraftKeeper(Session::DraftStore *store, RequestPanel *panel, DraftBar *bar, QObject *parent = nullptr);

    // At start: the request the last run left, exactly as it was, or an empty one.
    void restore();
    // Replaces the request shown by what `load` puts in the panel (false: it put nothing, and
    // nothing changes), as a new request; the one being written is set aside if it holds work.
    // Asks first only if that would drop an earlier request set aside.
    bool startWith(Session::Draft::Origin origin, qint64 historyId, bool edited, const std::function<bool()> &load);
    bool newRequest();
    bool loadExample();
    // A past assert shown for review: `load` fills the panel; the draft stays as it was.
    void showPast(qint64 historyId, const std::function<void()> &load);
    // "Edit and re-send" of the past assert under review: the copy becomes the request.
    void editPast();
    // Back to the request set aside (from a review: to the request being written).
    void back();
    bool isShowingPast() const { return m_past > 0; }
    // Records the request as it is now and writes it (before the app quits).
    void flush();

Q_SIGNALS:
    void message(const QString &text);

private:
    void recordEdit();
    void showCurrent();
    void updateBar();
    QString backLabel(const Session::Draft &draft) const;

    Session::DraftStore *m_store;
    RequestPanel *m_panel;
    DraftBar *m_bar;
    qint64 m_past = 0; // the history entry under review; 0: the panel shows the current request
    bool m_loading = false;
    // A restored request whose JSON does not parse yet: the form cannot show it, so the bar
    // says where it is until it is edited.
    bool m_restoredUnparsed = false;
};

} // namespace AssertDesk::Ui
