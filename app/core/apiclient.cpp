#include "apiclient.h"

namespace AssertDesk::Core {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ApiCall *ApiClient::assertContact(const ApiCall::Options &options, const QByteArray &body, QObject *owner)
{
    return new ApiCall(m_nam, "POST", QStringLiteral("/contact/_assert"), body, options, owner);
}

ApiCall *ApiClient::testKey(const ApiCall::Options &options, QObject *owner)
{
    ApiCall::Options readOnly = options;
    readOnly.max429Retries = 1;
    return new ApiCall(m_nam, "GET", QStringLiteral("/_schema/contact"), {}, readOnly, owner);
}

} // namespace AssertDesk::Core
