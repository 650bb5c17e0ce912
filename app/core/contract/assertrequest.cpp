#include "assertrequest.h"

#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {
const QLatin1String kMatch("match");
const QLatin1String kAttributes("attributes");
} // namespace

AssertRequest AssertRequest::fromJson(const QJsonObject &body)
{
    AssertRequest r;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == kMatch && it.value().isObject()) {
            r.m_match = it.value().toObject();
            r.m_hasMatch = true;
        } else if (it.key() == kAttributes && it.value().isObject()) {
            r.m_attributes = it.value().toObject();
        } else {
            // A match or attributes that is not an object is kept verbatim too.
            r.m_extras.insert(it.key(), it.value());
        }
    }
    return r;
}

void AssertRequest::setMatch(const QString &key, const QJsonValue &value)
{
    m_match = QJsonObject {{key, value}};
    m_hasMatch = true;
}

QString AssertRequest::matchKey() const
{
    return m_match.isEmpty() ? QString() : m_match.begin().key();
}

QString AssertRequest::matchValue() const
{
    return m_match.isEmpty() ? QString() : m_match.begin().value().toString();
}

void AssertRequest::setAttribute(const QString &name, const QJsonValue &value)
{
    m_attributes.insert(name, value);
}

QJsonObject AssertRequest::toJsonObject() const
{
    QJsonObject body = m_extras;
    if (m_hasMatch || !m_match.isEmpty())
        body.insert(kMatch, m_match);
    // An empty attributes block is written out so the validator and the server both see it.
    body.insert(kAttributes, m_attributes);
    return body;
}

QByteArray AssertRequest::toBytes() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

QByteArray AssertRequest::toIndentedJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

} // namespace AssertDesk::Contract
