#pragma once

#include "profile.h"

#include <QObject>

#include <functional>

namespace AssertDesk::Session {
class AbstractEndpointResolver;
class SchemaFetcher;
} // namespace AssertDesk::Session

namespace AssertDesk::Ui {

class DraftKeeper;
class RequestPanel;

// What the Edit and Profile menus do with the request: copy it as a curl command, paste one in,
// read the profile's workspace schema so its custom fields get form rows.
class RequestActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestActions)

public:
    RequestActions(Session::AbstractEndpointResolver *endpoints, Session::SchemaFetcher *schemas, RequestPanel *request,
                   DraftKeeper *drafts, std::function<Profiles::Profile()> currentProfile, QObject *parent = nullptr);

    void copyAsCurl();
    void pasteRequest();
    void fetchSchema();

Q_SIGNALS:
    // For the status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);
    void schemaLoaded(int fields, int custom);

private:
    Session::AbstractEndpointResolver *m_endpoints;
    Session::SchemaFetcher *m_schemas;
    RequestPanel *m_request;
    DraftKeeper *m_drafts;
    std::function<Profiles::Profile()> m_currentProfile;
};

} // namespace AssertDesk::Ui
