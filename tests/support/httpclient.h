#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

namespace AssertDesk::Test {

// A plain HTTP client for tests of the sandbox: one request, wait for the whole answer. It
// follows no redirects, so a test sees exactly what the server said.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

class HttpClient final
{
public:
    explicit HttpClient(QUrl base, QByteArray key = {});

    void setCaCertificate(const QSslCertificate &certificate) { m_ca = certificate; }

    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &contentType = "application/json");
    // Sends without waiting; wait() collects the answers of several at once.
    QNetworkReply *startPost(const QString &path, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 30000);

    QUrl url(const QString &path) const;

private:
    QNetworkRequest request(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers) const;

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_key;
    QSslCertificate m_ca;
};

} // namespace AssertDesk::Test
