#pragma once

#include "historyrecord.h"

#include <QJsonDocument>
#include <QJsonObject>

// An intent row as a send writes it: a buyer's title set on the contact matched by `email`.
inline AssertDesk::History::HistoryIntent buyerIntent(const QString &email)
{
    AssertDesk::History::HistoryIntent i;
    i.profile = QStringLiteral("Sandbox");
    i.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
    i.requestBody
        = QJsonDocument(QJsonObject {{QStringLiteral("match"), QJsonObject {{QStringLiteral("primary_email"), email}}},
                                     {QStringLiteral("attributes"),
                                      QJsonObject {{QStringLiteral("title"), QStringLiteral("Buyer")}}}})
              .toJson(QJsonDocument::Compact);
    i.matchKey = QStringLiteral("primary_email");
    i.matchValue = email;
    i.sentAt = QDateTime::currentDateTimeUtc();
    return i;
}
