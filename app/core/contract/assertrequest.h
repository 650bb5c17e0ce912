#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace AssertDesk::Contract {

// One contact assert body. Each attribute is in one of three states: unset (absent), set to a
// value (raw or enveloped, kept as written), or set to null (clears the field). Keys Assert Desk
// does not know, at any level, are kept so that nothing a user wrote is dropped.
class AssertRequest final
{
public:
    AssertRequest() = default;

    static AssertRequest fromJson(const QJsonObject &body);

    QJsonObject match() const { return m_match; }
    void setMatch(const QString &key, const QJsonValue &value);
    QString matchKey() const;   // the first key, or empty
    QString matchValue() const; // its value when a string

    QJsonObject attributes() const { return m_attributes; }
    bool hasAttribute(const QString &name) const { return m_attributes.contains(name); }
    QJsonValue attribute(const QString &name) const { return m_attributes.value(name); }
    void setAttribute(const QString &name, const QJsonValue &value);
    void setAttributeNull(const QString &name) { m_attributes.insert(name, QJsonValue::Null); }
    void unsetAttribute(const QString &name) { m_attributes.remove(name); }
    QStringList attributeNames() const { return m_attributes.keys(); }

    // Top-level keys other than match and attributes (e.g. a relationships block to be flagged).
    QJsonObject extras() const { return m_extras; }

    QJsonObject toJsonObject() const;
    // The bytes sent on the wire: compact, keys in a fixed order, so equal requests are equal bytes.
    QByteArray toBytes() const;
    // The same document indented for people.
    QByteArray toIndentedJson() const;

    friend bool operator==(const AssertRequest &a, const AssertRequest &b)
    {
        return a.toJsonObject() == b.toJsonObject();
    }

private:
    QJsonObject m_match;
    QJsonObject m_attributes;
    QJsonObject m_extras;
    bool m_hasMatch = false;
};

} // namespace AssertDesk::Contract
