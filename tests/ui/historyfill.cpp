#include "historyfill.h"

#include "sendresult.h"

#include <QJsonDocument>

namespace AssertDesk::Test {

qint64 HistoryFill::write(const Send &send, int status, const QByteArray &body, bool succeeded)
{
    History::HistoryIntent intent;
    intent.profile = send.profile;
    intent.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
    intent.requestBody
        = R"({"match":{"primary_email":")" + send.email.toUtf8() + R"("},"attributes":)" + send.attributes + "}";
    intent.matchKey = QStringLiteral("primary_email");
    intent.matchValue = send.email;
    intent.sentAt = QDateTime::currentDateTimeUtc();
    intent.beforeState = send.before;
    const qint64 id = m_history->beginAttempt(intent).result().id;
    if (id <= 0)
        return id;
    Contract::SendResult result;
    result.outcome = succeeded ? Contract::Outcome::Succeeded : Contract::Outcome::Rejected;
    result.httpStatus = status;
    result.body = body;
    return m_history->completeAttempt(id, result).result().written ? id : -1;
}

qint64 HistoryFill::created(const Send &send, const QString &contactId)
{
    return write(send, 201,
                 R"({"data":{"id":")" + contactId.toUtf8()
                     + R"(","attributes":{}},"meta":{"action":"created","matched_on":{}}})",
                 true);
}

qint64 HistoryFill::updated(const Send &send, const QString &contactId)
{
    return write(send, 200,
                 R"({"data":{"id":")" + contactId.toUtf8()
                     + R"(","attributes":{}},"meta":{"action":"updated","matched_on":{"contact_emails":")"
                     + send.email.toUtf8() + R"("}}})",
                 true);
}

qint64 HistoryFill::rejected(const Send &send, const QString &code)
{
    return write(send, 422, R"({"error":{"code":")" + code.toUtf8() + R"(","message":"refused"}})", false);
}

QJsonObject HistoryFill::contact(const QString &id, const QJsonObject &values)
{
    QJsonObject attributes;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        attributes.insert(it.key(),
                          QJsonObject {{QStringLiteral("value"), it.value()},
                                       {QStringLiteral("value_type"), QStringLiteral("string")}});
    return {{QStringLiteral("id"), id}, {QStringLiteral("attributes"), attributes}};
}

} // namespace AssertDesk::Test
