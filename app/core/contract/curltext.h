#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace AssertDesk::Contract {

// "Copy as cURL" and "Paste cURL": the command names $ASSERTDESK_API_KEY, never the key.
namespace CurlText {

QString command(const QUrl &assertUrl, const QByteArray &body);
// The --data/-d body of a pasted curl command; empty with a message when there is none.
QString bodyOf(const QString &command, QString *error);

} // namespace CurlText
} // namespace AssertDesk::Contract
