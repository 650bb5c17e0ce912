#include "schemafetcher.h"

#include "apiclient.h"

#include <QPointer>

namespace AssertDesk::Session {

using namespace AssertDesk::Contract;
using Profiles::Profile;

namespace {

SchemaFetcher::Result failed(const QString &why)
{
    SchemaFetcher::Result r;
    r.catalogue = FieldCatalogue::builtIn();
    r.error = why;
    return r;
}

SchemaFetcher::Result merged(const QByteArray &schema)
{
    SchemaFetcher::Result r;
    r.catalogue = FieldCatalogue::builtIn();
    QString problem;
    if (!r.catalogue.mergeSchema(schema, &problem))
        return failed(SchemaFetcher::tr("The schema could not be read: %1").arg(problem));
    const QList<FieldSpec> fields = r.catalogue.writableFields();
    r.writableFields = int(fields.size());
    r.customFields = int(std::count_if(fields.cbegin(), fields.cend(), [](const FieldSpec &f) { return f.custom; }));
    return r;
}

} // namespace

SchemaFetcher::SchemaFetcher(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_client(client)
{
}

void SchemaFetcher::fetch(const Profile &profile, QObject *context, Done done)
{
    // The work belongs to this fetcher (it stops if the fetcher goes); the answer to the caller.
    m_endpoints->resolve(profile, this,
                         [this, profile, alive = QPointer<QObject>(context), done](const Endpoint &endpoint) {
                             if (!alive)
                                 return;
                             if (!endpoint.ok()) {
                                 done(failed(endpoint.errorWithFix()));
                                 return;
                             }
                             read(profile, endpoint, alive, done);
                         });
}

void SchemaFetcher::read(const Profile &profile, const Endpoint &endpoint, QPointer<QObject> context, Done done)
{
    // The key test is exactly this read: the schema, changing nothing.
    Net::ApiCall *call = m_client->testKey(endpoint.callOptions(profile.timeoutSeconds), this);
    connect(call, &Net::ApiCall::finished, this, [call, context, done](const SendResult &r) {
        call->deleteLater();
        if (!context)
            return;
        if (r.outcome != Outcome::Succeeded)
            done(failed(tr("The schema could not be read: %1").arg(r.summary)));
        else
            done(merged(r.body));
    });
    call->start();
}

} // namespace AssertDesk::Session
