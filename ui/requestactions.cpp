#include "requestactions.h"
#include "draftkeeper.h"
#include "requestpanel.h"

#include "abstractendpointresolver.h"
#include "curltext.h"
#include "endpointpolicy.h"
#include "schemafetcher.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUrl>

namespace AssertDesk::Ui {

using Session::SchemaFetcher;

RequestActions::RequestActions(Session::AbstractEndpointResolver *endpoints, SchemaFetcher *schemas,
                               RequestPanel *request, DraftKeeper *drafts,
                               std::function<Profiles::Profile()> currentProfile, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_schemas(schemas)
    , m_request(request)
    , m_drafts(drafts)
    , m_currentProfile(std::move(currentProfile))
{
}

void RequestActions::copyAsCurl()
{
    m_endpoints->locate(m_currentProfile(), this, [this, body = m_request->bodyBytes()](const QUrl &base) {
        QGuiApplication::clipboard()->setText(
            Contract::CurlText::command(Net::EndpointPolicy::resolve(base, QStringLiteral("/contact/_assert")), body));
        Q_EMIT message(tr("Copied a curl command that reads the key from $ASSERTDESK_API_KEY."), 5000);
    });
}

void RequestActions::pasteRequest()
{
    // A pasted request is a new one: the one being written is set aside, not overwritten.
    QString error;
    const QString text = QGuiApplication::clipboard()->text();
    m_drafts->startWith(Session::Draft::Origin::Own, 0, true, [&] { return m_request->paste(text, &error); });
    if (!error.isEmpty())
        Q_EMIT message(error, 6000);
}

void RequestActions::fetchSchema()
{
    const Profiles::Profile profile = m_currentProfile();
    Q_EMIT message(tr("Reading the contact schema of %1…").arg(profile.name), 0);
    m_schemas->fetch(profile, this, [this](const SchemaFetcher::Result &result) {
        if (!result.ok()) {
            Q_EMIT message(result.error, 8000);
            return;
        }
        m_request->setCatalogue(result.catalogue);
        Q_EMIT message(tr("Schema loaded: %1 writable fields, %2 of them custom to this workspace.")
                           .arg(result.writableFields)
                           .arg(result.customFields),
                       8000);
        Q_EMIT schemaLoaded(result.writableFields, result.customFields);
    });
}

} // namespace AssertDesk::Ui
