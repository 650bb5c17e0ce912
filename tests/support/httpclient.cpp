#include "httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>

namespace AssertDesk::Test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QUrl base, QByteArray key)
    : m_base(std::move(base))
    , m_key(std::move(key))
{
}

QUrl HttpClient::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    return u;
}

QNetworkRequest HttpClient::request(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkRequest r(url(path));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_key.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_key);
    for (const auto &h : headers)
        r.setRawHeader(h.first, h.second);
    if (!m_ca.isNull()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_ca});
        r.setSslConfiguration(ssl);
    }
    return r;
}

HttpResult HttpClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResult r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult HttpClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return wait(m_nam.get(request(path, headers)));
}

HttpResult HttpClient::post(const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    QNetworkRequest r = request(path, headers);
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_nam.post(r, body));
}

QNetworkReply *HttpClient::startPost(const QString &path, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r = request(path, headers);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam.post(r, body);
}

} // namespace AssertDesk::Test
