#pragma once

#include "historyrecord.h"
#include "matchpreview.h"
#include "profile.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <functional>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace AssertDesk::Net {
class ApiClient;
}
namespace AssertDesk::Session {
class AbstractEndpointResolver;
class MatchPreviewer;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

class DiffTable;

// "Know before you send": under the request, what the request would do, read from the server as
// the request is written (Session::MatchPreviewer: debounced, reads only, never in the way of
// Send): which contact its match key finds, when that was read, and the fields it changes. For a
// revert under review it also says which fields someone else changed since, and leaves them out.
class PreviewStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewStrip)

public:
    PreviewStrip(Session::AbstractEndpointResolver *endpoints, Net::ApiClient *client, QWidget *parent = nullptr);

    // The request on screen changed: previewed once typing pauses, if it has a match address.
    void requestChanged(const Profiles::Profile &profile, const QByteArray &body);
    // Previews now (the Preview button and Request › Preview).
    void previewNow(const Profiles::Profile &profile, const QByteArray &body);
    // Nothing to preview (a past assert under review): stops, and says so.
    void clear(const QString &why = {});
    // A revert was put in the form: once its preview has read the contact as it is now, fields
    // changed since the reverted change are named, and (`leaveOut`) taken out of the body.
    using LeaveOut = std::function<void(const QJsonObject &revertBody)>;
    void expectRevert(const QJsonObject &revertBody, const QJsonObject &answerAfter, LeaveOut leaveOut);
    // A past assert under review: what the preview before its send predicted and, from the
    // contact as it was read then, what the send changed (before -> after), from stored data.
    void showPast(const History::HistoryRecord &record);
    // The last preview, if it is of `body`: for the question before sending to production.
    QString summaryFor(const QByteArray &body) const;

    QString sentence() const;
    QTableWidget *table() const;
    Session::MatchPreviewer *previewer() const { return m_previewer; }

Q_SIGNALS:
    void previewRequested();
    // A preview of the request on screen was shown.
    void shown(const AssertDesk::Session::MatchPreview &preview);

private:
    void showPreview(const Session::MatchPreview &preview);
    void checkRevert(const Session::MatchPreview &preview);
    void showChanges(const QList<Contract::FieldChange> &changes);

    Session::MatchPreviewer *m_previewer;
    QLabel *m_line;
    QLabel *m_note;
    QPushButton *m_button;
    DiffTable *m_table = nullptr; // built on the first preview with changes: start-up stays as it was
    QByteArray m_onScreen;        // the body on screen, so an older preview is never shown for it
    QJsonObject m_revertBody;
    QJsonObject m_revertAfter;
    LeaveOut m_leaveOut;
};

} // namespace AssertDesk::Ui
