#pragma once

#include <QString>
#include <QUrl>

namespace AssertDesk::Net {

// Which base URLs a key may be sent to: https anywhere, plain http only to this machine.
namespace EndpointPolicy {

bool isLoopback(const QUrl &url);
// Empty when the URL is acceptable, else what is wrong with it, for a person.
QString check(const QUrl &baseUrl);
// The URL of a path under a base URL (base "https://h/api/v2", path "/contact/_assert").
QUrl resolve(const QUrl &baseUrl, const QString &path);

} // namespace EndpointPolicy
} // namespace AssertDesk::Net
