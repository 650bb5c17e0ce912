#pragma once

#include <QByteArray>
#include <QString>

namespace AssertDesk::Net::HeaderPolicy {

// What may go into a request's headers. A CR or LF in a key or a header value would start a
// header of its own (a second Authorization, a Host); other control characters have no place
// there either. Each returns why a value is refused, or an empty string.
QString checkKey(const QString &key);
// The same check for a key about to be saved: what the key holds and where ("a carriage return
// (\r) at character 8"), or an empty string when it may be a key.
QString keyControlCharacter(const QString &key);
// An extra header (the CLI's --header, the sandbox's fault header): a token for a name, no
// control characters in the value, and never one the client owns: Authorization, Host,
// Content-Length, Cookie, Transfer-Encoding, Connection.
QString checkExtraHeader(const QByteArray &name, const QByteArray &value);

} // namespace AssertDesk::Net::HeaderPolicy
