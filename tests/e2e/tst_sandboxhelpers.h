#pragma once

// What both halves of the sandbox's test (tst_sandbox.cpp: the contract; tst_sandboxtransport.cpp:
// faults, connections, TLS) build requests and read answers with.
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace SandboxTest {

inline const QByteArray kKey = "test-key-full";
inline const QByteArray kReadKey = "test-key-read";

inline QByteArray assertBody(const QString &email, const QJsonObject &attributes,
                             const QString &key = QStringLiteral("primary_email"))
{
    return QJsonDocument(QJsonObject {{QStringLiteral("match"), QJsonObject {{key, email}}},
                                      {QStringLiteral("attributes"), attributes}})
        .toJson(QJsonDocument::Compact);
}

inline QJsonObject attrs(const AssertDesk::Test::HttpResult &r)
{
    return r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("attributes")).toObject();
}

inline QJsonValue value(const AssertDesk::Test::HttpResult &r, const char *name)
{
    return attrs(r).value(QString::fromLatin1(name)).toObject().value(QStringLiteral("value"));
}

inline QStringList emailsOf(const AssertDesk::Test::HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &e : attrs(r).value(QStringLiteral("contact_emails")).toArray())
        out << e.toObject().value(QStringLiteral("value")).toObject().value(QStringLiteral("email")).toString();
    return out;
}

} // namespace SandboxTest
