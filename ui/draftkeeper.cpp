#include "draftkeeper.h"

#include "draftbar.h"
#include "draftstore.h"
#include "examplerequest.h"
#include "question.h"
#include "requestpanel.h"

#include <QJsonDocument>
#include <QScopedValueRollback>

namespace AssertDesk::Ui {

using Session::Draft;

namespace {

// The first line that says something, for naming a request in a question.
QString gist(const QString &body)
{
    QString text = body.simplified();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text;
}

} // namespace

DraftKeeper::DraftKeeper(Session::DraftStore *store, RequestPanel *panel, DraftBar *bar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_panel(panel)
    , m_bar(bar)
{
    // Every change of the request, from the form or the JSON, is revalidated and so passes here.
    connect(m_panel, &RequestPanel::problemsChanged, this, &DraftKeeper::recordEdit);
    connect(m_bar, &DraftBar::exampleRequested, this, &DraftKeeper::loadExample);
    connect(m_bar, &DraftBar::backRequested, this, &DraftKeeper::back);
    connect(m_store, &Session::DraftStore::saveFailed, this, &DraftKeeper::message);
}

void DraftKeeper::restore()
{
    QString error;
    if (!m_store->load(&error))
        Q_EMIT message(tr("%1 It was moved aside; the window starts with an empty request.").arg(error));
    if (m_store->hasDraft()) {
        showCurrent();
        return;
    }
    {
        const QScopedValueRollback loading(m_loading, true);
        m_panel->setRequest({});
    }
    m_store->start(Draft {m_panel->bodyText(), Draft::Origin::Own, 0, false});
    updateBar();
}

void DraftKeeper::recordEdit()
{
    if (m_loading || m_past > 0 || m_panel->isReviewMode())
        return;
    const bool wasEdited = m_store->current().edited;
    const QString before = m_store->current().body;
    m_store->edit(m_panel->bodyText());
    const bool changed = before != m_store->current().body;
    if (m_restoredUnparsed && changed)
        m_restoredUnparsed = false;
    else if (wasEdited == m_store->current().edited)
        return;
    updateBar();
}

bool DraftKeeper::startWith(Draft::Origin origin, qint64 historyId, bool edited, const std::function<bool()> &load)
{
    recordEdit();
    if (const auto dropped = m_store->discardedByStart()) {
        const QString question
            = tr("Your earlier request is still set aside (%1). Starting another one now replaces it. Drop it?")
                  .arg(gist(dropped->body));
        if (!Question::ask(m_panel->window(), tr("Drop the request set aside?"), question, tr("&Drop it")))
            return false;
    }
    {
        const QScopedValueRollback loading(m_loading, true);
        m_panel->setReviewMode(false);
        if (!load()) {
            if (m_past > 0)
                m_panel->setReviewMode(true);
            return false;
        }
    }
    m_past = 0;
    m_restoredUnparsed = false;
    m_store->start(Draft {m_panel->bodyText(), origin, historyId, edited});
    updateBar();
    return true;
}

bool DraftKeeper::newRequest()
{
    return startWith(Draft::Origin::Own, 0, false, [this] {
        m_panel->setRequest({});
        return true;
    });
}

bool DraftKeeper::loadExample()
{
    return startWith(Draft::Origin::Example, 0, false, [this] {
        m_panel->setRequest(ExampleRequest::request());
        return true;
    });
}

void DraftKeeper::showPast(qint64 historyId, const std::function<void()> &load)
{
    recordEdit();
    m_store->flush();
    m_past = historyId;
    {
        const QScopedValueRollback loading(m_loading, true);
        load();
    }
    updateBar();
}

void DraftKeeper::editPast()
{
    const qint64 id = m_past;
    startWith(Draft::Origin::Copy, id, false, [] { return true; });
}

void DraftKeeper::back()
{
    if (m_past > 0)
        m_past = 0;
    else if (!m_store->back())
        return;
    showCurrent();
}

void DraftKeeper::showCurrent()
{
    m_restoredUnparsed = !QJsonDocument::fromJson(m_store->current().body.toUtf8()).isObject();
    {
        const QScopedValueRollback loading(m_loading, true);
        m_panel->setReviewMode(false);
        // The text exactly as it was left, even JSON that does not parse yet.
        m_panel->setBodyText(m_store->current().body);
    }
    updateBar();
}

void DraftKeeper::flush()
{
    recordEdit();
    m_store->flush();
}

QString DraftKeeper::backLabel(const Draft &draft) const
{
    switch (draft.origin) {
    case Draft::Origin::Copy: return tr("&Back to the copy of #%1").arg(draft.historyId);
    case Draft::Origin::Example: return tr("&Back to the example");
    case Draft::Origin::Own: break;
    }
    return draft.edited ? tr("&Back to my draft") : tr("&Back to the new request");
}

void DraftKeeper::updateBar()
{
    const Draft &current = m_store->current();
    if (m_past > 0) {
        m_bar->showState(tr("Your request is kept while you look at #%1.").arg(m_past), false, backLabel(current));
        return;
    }
    const auto &aside = m_store->setAside();
    const bool blank = current.origin == Draft::Origin::Own && !current.edited;
    QString note;
    if (m_restoredUnparsed)
        note = tr("Restored as you left it. Its JSON does not parse yet, so the form cannot show it: "
                  "the JSON tab has the text.");
    else if (aside)
        note = tr("Your earlier request is set aside, unchanged.");
    else if (blank)
        note = tr("New request: fill in the form or the JSON, or load an example to see what one looks like.");
    m_bar->showState(note, blank, aside ? backLabel(*aside) : QString());
}

} // namespace AssertDesk::Ui
