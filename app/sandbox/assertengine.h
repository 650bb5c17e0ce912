#pragma once

#include "contactstore.h"
#include "httpreply.h"

#include "requestvalidator.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace AssertDesk::Sandbox {

// The contact API's behaviour: assert (create or update by email), read one, query. Every
// answer is an HttpReply with the status and body the contract gives.
class AssertEngine final
{
public:
    explicit AssertEngine(ContactStore &store);

    HttpReply assertContact(const QByteArray &body);
    HttpReply contact(const QString &id) const;
    HttpReply query(const QByteArray &body) const;

    // Adds a contact as a seed would: no validation, a fresh id and timestamps.
    bool seed(QJsonObject plain, QString *error);

private:
    struct Failure
    {
        int status = 422;
        QString code;
        QString message;
        QString field; // dotted path, e.g. attributes.contact_emails[0].email
    };

    // Structural problems become one FastAPI-style 422; the first domain problem its own 422.
    std::optional<HttpReply> rejectInvalid(const QJsonObject &body) const;
    std::optional<Failure> apply(const QJsonObject &attributes, const QString &matchEmail, bool creating,
                                 QJsonObject &contact) const;
    // Steps of apply(): one attribute; an owner given by id or by email; the row of the match email.
    static std::optional<Failure> applyAttribute(const QString &name, const QJsonValue &value, QJsonArray &emails,
                                                 QJsonArray &phones, QJsonObject &contact);
    static std::optional<Failure> resolveOwner(bool team, const QJsonValue &value, const QString &field, QString *id);
    static std::optional<Failure> keepMatchRow(const QString &matchEmail, bool creating, QJsonArray &emails);
    std::optional<Failure> checkEmailsFree(const QJsonObject &contact) const;
    QString nextTimestamp();

    ContactStore &m_store;
    Contract::RequestValidator m_validator;
    QDateTime m_lastStamp;
};

HttpReply failureReply(int status, const QString &code, const QString &message, const QString &field = {});
QString dottedPath(const QString &pointer);

} // namespace AssertDesk::Sandbox
