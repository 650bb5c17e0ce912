#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// RFC 6901 JSON pointers: how every problem and error names the place in a request.
namespace JsonPointer {

QString escape(const QString &token);
QString join(const QStringList &tokens);
QString append(const QString &pointer, const QString &token);
QString append(const QString &pointer, qsizetype index);
QStringList split(const QString &pointer);

// "attributes.contact_emails[0].email" -> "/attributes/contact_emails/0/email"
QString fromDottedPath(const QString &path);
// ["body", "attributes", "primary_email"] -> "/attributes/primary_email" (the "body" root dropped)
QString fromLocation(const QJsonArray &loc);

} // namespace JsonPointer
} // namespace AssertDesk::Contract
