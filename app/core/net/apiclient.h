#pragma once

#include "apicall.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace AssertDesk::Net {

// The contact API's calls, all on one QNetworkAccessManager owned by the composition root.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // The caller owns the returned call (parented to `owner`) and must start() it.
    ApiCall *assertContact(const ApiCall::Options &options, const QByteArray &body, QObject *owner);
    // Checks a key without changing data: reads the contact schema.
    ApiCall *testKey(const ApiCall::Options &options, QObject *owner);
    // Reads (they change nothing, so they keep the stack's own retries): POST /contact/_query with
    // `body`, and GET /contact/{id}. An id that could not stand in a URL path as it is (anything
    // but letters, digits and "-._~") makes a call that ends "not sent" when started.
    ApiCall *queryContacts(const ApiCall::Options &options, const QByteArray &body, QObject *owner);
    ApiCall *readContact(const ApiCall::Options &options, const QString &id, QObject *owner);
    // Opens a connection to the API's host ahead of a send, so that the send does not wait for
    // the TCP and TLS set-up (on a real network, several round trips). Nothing goes over it until
    // a request does: no key, no data. The manager keeps the connection while the server does;
    // one it has closed is opened again by the send. Calls for the same host within ten seconds
    // of the last do nothing. False when nothing was started.
    bool warmUp(const QUrl &baseUrl);

private:
    QNetworkAccessManager *m_nam;
    QHash<QString, QElapsedTimer> m_warmedUp; // by scheme, host and port
};

} // namespace AssertDesk::Net
