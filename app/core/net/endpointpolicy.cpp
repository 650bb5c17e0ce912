#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace AssertDesk::Net::EndpointPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)
};

QString check(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return Tr::tr("\"%1\" is not a complete URL (like https://api.reevo.ai/api/v2).")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (!baseUrl.userInfo().isEmpty())
        return Tr::tr("The URL must not carry a user name or password.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return Tr::tr("The base URL must not have a query (?) or fragment (#).");
    if (baseUrl.scheme() == QLatin1String("https"))
        return {};
    if (baseUrl.scheme() == QLatin1String("http")) {
        if (isLoopback(baseUrl))
            return {};
        return Tr::tr("%1 uses http: the API key would cross the network unencrypted. Use https (plain http is "
                      "allowed only for this machine).")
            .arg(baseUrl.host());
    }
    return Tr::tr("\"%1\" is not a web URL; use https://.").arg(baseUrl.scheme());
}

QUrl resolve(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace AssertDesk::Net::EndpointPolicy
