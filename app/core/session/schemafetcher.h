#pragma once

#include "abstractendpointresolver.h"
#include "fieldcatalogue.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace AssertDesk::Net {
class ApiClient;
}

namespace AssertDesk::Session {

// Reads a workspace's contact schema (GET /_schema/contact) at a profile's endpoint and merges
// it into the built-in field catalogue, so the workspace's custom fields get form rows and the
// fields it does not know become errors.
class SchemaFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFetcher)

public:
    struct Result
    {
        Contract::FieldCatalogue catalogue; // the built-in one when reading failed
        QString error;                      // for a person; empty when the schema was merged
        int writableFields = 0;
        int customFields = 0; // of the writable ones, those of this workspace alone

        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Result &result)>;

    SchemaFetcher(AbstractEndpointResolver *endpoints, Net::ApiClient *client, QObject *parent = nullptr);

    // `done` runs later on `context`'s thread, and not at all once `context` is gone.
    void fetch(const Profiles::Profile &profile, QObject *context, Done done);

private:
    void read(const Profiles::Profile &profile, const Endpoint &endpoint, QPointer<QObject> context, Done done);

    AbstractEndpointResolver *m_endpoints;
    Net::ApiClient *m_client;
};

} // namespace AssertDesk::Session
