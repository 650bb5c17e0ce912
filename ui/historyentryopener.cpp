#include "historyentryopener.h"
#include "draftkeeper.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendpresenter.h"

#include "futures.h"
#include "historyreview.h"
#include "historyservice.h"

#include <QJsonDocument>

namespace AssertDesk::Ui {

using namespace AssertDesk::History;

HistoryEntryOpener::HistoryEntryOpener(HistoryService *history, Panels panels,
                                       std::function<Profiles::Profile()> currentProfile, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_panels(panels)
    , m_currentProfile(std::move(currentProfile))
{
}

void HistoryEntryOpener::open(qint64 id, bool forEditing)
{
    whenReady(m_history->record(id), this, [this, id, forEditing](const std::optional<HistoryRecord> &record) {
        if (!record) {
            Q_EMIT message(tr("History entry %1 could not be read.").arg(id), 5000);
            return;
        }
        RequestPanel *panel = m_panels.request;
        const Session::HistoryReview review = Session::HistoryReview::fromRecord(*record);
        const auto load = [panel, review] {
            if (review.request)
                panel->setRequest(*review.request);
            else
                panel->setBodyText(review.bodyText);
        };
        // The request being written is kept either way, and the bar above offers the way back.
        if (forEditing) {
            if (!m_panels.drafts->startWith(Session::Draft::Origin::Copy, id, false, [&load] {
                    load();
                    return true;
                }))
                return;
        } else {
            m_panels.drafts->showPast(id, [&] {
                panel->setReviewMode(false);
                load();
                panel->setReviewMode(true,
                                     tr("Reviewing assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.")
                                         .arg(id)
                                         .arg(review.sentAtLocal, record->profile, record->outcome));
            });
        }
        m_panels.sends->answerShown(QJsonDocument::fromJson(record->requestBody).object(), record->requestBody,
                                    m_currentProfile().name);
        m_panels.response->showRecord(*record);
        m_panels.sends->updateResponseFreshness();
        Q_EMIT opened(id);
    });
}

} // namespace AssertDesk::Ui
