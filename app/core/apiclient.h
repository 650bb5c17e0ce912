#pragma once

#include "apicall.h"

#include <QByteArray>
#include <QObject>

class QNetworkAccessManager;

namespace AssertDesk::Core {

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

private:
    QNetworkAccessManager *m_nam;
};

} // namespace AssertDesk::Core
