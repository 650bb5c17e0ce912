#include "apiclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace AssertDesk::Net {

namespace {

constexpr qint64 kWarmUpEveryMs = 10 * 1000;

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    // A warm-up is a request of the manager's own, whose reply nobody else holds.
    if (m_nam) {
        connect(m_nam, &QNetworkAccessManager::finished, this, [](QNetworkReply *reply) {
            if (reply->url().scheme().startsWith(QLatin1String("preconnect-")))
                reply->deleteLater();
        });
    }
}

ApiCall *ApiClient::assertContact(const ApiCall::Options &options, const QByteArray &body, QObject *owner)
{
    ApiCall::Options write = options;
    write.atMostOnce = true;
    return new ApiCall(m_nam, "POST", QStringLiteral("/contact/_assert"), body, write, owner);
}

ApiCall *ApiClient::testKey(const ApiCall::Options &options, QObject *owner)
{
    ApiCall::Options readOnly = options;
    readOnly.max429Retries = 1;
    return new ApiCall(m_nam, "GET", QStringLiteral("/_schema/contact"), {}, readOnly, owner);
}

ApiCall *ApiClient::queryContacts(const ApiCall::Options &options, const QByteArray &body, QObject *owner)
{
    // A read, though a POST: Qt may resend it, and a person waits for it, so one 429 wait at most.
    ApiCall::Options read = options;
    read.max429Retries = 1;
    return new ApiCall(m_nam, "POST", QStringLiteral("/contact/_query"), body, read, owner);
}

ApiCall *ApiClient::readContact(const ApiCall::Options &options, const QString &id, QObject *owner)
{
    ApiCall::Options read = options;
    read.max429Retries = 1;
    // A server's id goes into the path only when it cannot change the path ("/", "?", "%", "..").
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$"));
    if (!plain.match(id).hasMatch())
        read.baseUrl = QUrl(); // refused by the endpoint policy when started: nothing is sent
    return new ApiCall(m_nam, "GET", QStringLiteral("/contact/") + id, {}, read, owner);
}

bool ApiClient::warmUp(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!m_nam || baseUrl.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return false;
    const int port = baseUrl.port(scheme == QLatin1String("https") ? 443 : 80);
    QElapsedTimer &last
        = m_warmedUp[scheme + QStringLiteral("://") + baseUrl.host() + QLatin1Char(':') + QString::number(port)];
    if (last.isValid() && !last.hasExpired(kWarmUpEveryMs))
        return false;
    last.start();
    if (scheme == QLatin1String("http")) {
        // What QNetworkAccessManager::connectToHost does, but for an HTTP/1.1 channel: Qt keys
        // its connections by whether HTTP/2 is allowed, and the assert does not allow it.
        QUrl preconnect;
        preconnect.setScheme(QStringLiteral("preconnect-http"));
        preconnect.setHost(baseUrl.host());
        preconnect.setPort(port);
        QNetworkRequest request(preconnect);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        m_nam->get(request);
        return true;
    }
    // The connection is reused only if it was opened as the request opens it: the assert speaks
    // HTTP/1.1 only (see ApiCall::Options::atMostOnce), so that is all the TLS set-up offers.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    m_nam->connectToHostEncrypted(baseUrl.host(), quint16(port), tls);
    return true;
}

} // namespace AssertDesk::Net
