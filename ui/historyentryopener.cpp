#include "historyentryopener.h"
#include "draftkeeper.h"
#include "localtime.h"
#include "previewstrip.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendpresenter.h"

#include "futures.h"
#include "historyreview.h"
#include "historyservice.h"
#include "revertbuilder.h"
#include "visibletext.h"

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
                                     tr("Read-only: assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.")
                                         .arg(id)
                                         .arg(LocalTime::text(record->sentAt), record->profile, record->outcome));
                m_reviewing = id;
                offerRevert(*record);
                if (m_panels.preview)
                    m_panels.preview->showPast(*record);
            });
        }
        m_panels.sends->answerShown(QJsonDocument::fromJson(record->requestBody).object(), record->requestBody,
                                    m_currentProfile().name);
        m_panels.response->showRecord(*record);
        m_panels.sends->updateResponseFreshness();
        Q_EMIT opened(id);
    });
}

void HistoryEntryOpener::offerRevert(const HistoryRecord &record)
{
    if (record.outcome != QLatin1String("succeeded"))
        return m_panels.request->offerRevert(false);
    const auto built = Contract::RevertBuilder::build(record.requestBody, record.outcome, record.action,
                                                      record.contactId, record.beforeState);
    if (record.action == QLatin1String("created"))
        return m_panels.request->offerRevert(false, tr("A created contact cannot be reverted: the API has no delete."));
    m_panels.request->offerRevert(built.ok(), Contract::visibleText(built.error));
}

void HistoryEntryOpener::revert(qint64 id)
{
    whenReady(m_history->record(id), this, [this, id](const std::optional<HistoryRecord> &record) {
        if (!record) {
            Q_EMIT message(tr("History entry %1 could not be read.").arg(id), 5000);
            return;
        }
        const auto built = Contract::RevertBuilder::build(record->requestBody, record->outcome, record->action,
                                                          record->contactId, record->beforeState);
        if (!built.ok()) {
            Q_EMIT message(Contract::visibleText(built.error), 8000);
            return;
        }
        RequestPanel *panel = m_panels.request;
        const auto load = [panel](const QJsonObject &body) {
            panel->setBodyText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
        };
        if (!m_panels.drafts->startWith(Session::Draft::Origin::Copy, id, false, [&] {
                load(built.body);
                return true;
            }))
            return;
        if (m_panels.preview)
            m_panels.preview->expectRevert(built.body, QJsonDocument::fromJson(record->responseBody).object(), load);
        Q_EMIT message(tr("The inverse of assert #%1 is in the form: check the preview, then send it.").arg(id), 10000);
    });
}

} // namespace AssertDesk::Ui
