#include "contactvalue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace AssertDesk::Contract::ContactValue {

namespace {

const QLatin1String kValue("value");
const QLatin1String kValueType("value_type");
const QLatin1String kPrimary("is_primary");
const QLatin1String kLabels("labels");

bool isEnvelope(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.contains(kValue) && o.contains(kValueType);
}

// Fields whose text is an address, a number or an id: the server compares them without regard to
// case or the spaces around them.
bool caseless(const QString &field)
{
    return field == QLatin1String("primary_email") || field == QLatin1String("primary_phone_number")
        || field == QLatin1String("owner_user_id") || field == QLatin1String("owner_team_id")
        || field == QLatin1String("stage") || field == QLatin1String("email") || field == QLatin1String("phone_number");
}

QJsonObject rowWriteForm(const QJsonObject &row, const QString &key)
{
    QJsonArray labels;
    for (const QJsonValue &l : row.value(kLabels).toArray())
        labels.append(l);
    return QJsonObject {{key, row.value(key)}, {kPrimary, row.value(kPrimary).toBool()}, {kLabels, labels}};
}

QStringList labelSet(const QJsonValue &labels)
{
    QStringList out;
    for (const QJsonValue &l : labels.toArray())
        out << l.toString().trimmed().toUpper();
    out.sort();
    out.removeDuplicates();
    return out;
}

bool sameRows(const QJsonArray &a, const QJsonArray &b, const QString &key)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&](const QJsonValue &row) {
        const QString id = rowIdentity(row, key);
        return std::any_of(b.begin(), b.end(), [&](const QJsonValue &other) {
            return rowIdentity(other, key) == id
                && row.toObject().value(kPrimary).toBool() == other.toObject().value(kPrimary).toBool()
                && labelSet(row.toObject().value(kLabels)) == labelSet(other.toObject().value(kLabels));
        });
    });
}

bool sameObjects(const QJsonObject &a, const QJsonObject &b)
{
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!same(it.key(), it.value(), b.value(it.key())))
            return false;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()) && !isEmpty(it.value()))
            return false;
    return true;
}

} // namespace

QJsonValue unwrapped(const QJsonValue &value)
{
    const QJsonValue v = isEnvelope(value) ? value.toObject().value(kValue) : value;
    if (!v.isArray())
        return v;
    QJsonArray out;
    for (const QJsonValue &item : v.toArray())
        out.append(isEnvelope(item) ? item.toObject().value(kValue) : item);
    return out;
}

QString rowKey(const QString &field)
{
    if (field == QLatin1String("contact_emails"))
        return QStringLiteral("email");
    if (field == QLatin1String("contact_phone_numbers"))
        return QStringLiteral("phone_number");
    return QString();
}

QJsonValue writeForm(const QString &field, const QJsonValue &value)
{
    const QJsonValue v = unwrapped(value);
    if (v.isUndefined())
        return QJsonValue::Null;
    if (const QString key = rowKey(field); !key.isEmpty() && v.isArray()) {
        QJsonArray rows;
        for (const QJsonValue &row : v.toArray())
            rows.append(row.isObject() ? QJsonValue(rowWriteForm(row.toObject(), key)) : row);
        return rows;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    // A stage is read as {id, display_value, api_name, color} and written as its api_name; a
    // reference is read as {related_record_id, related_record_type} and written as the id.
    if (o.contains(QLatin1String("api_name")) && o.value(QLatin1String("api_name")).isString())
        return o.value(QLatin1String("api_name"));
    if (o.contains(QLatin1String("related_record_id")) && !o.contains(QLatin1String("related_record_match")))
        return o.value(QLatin1String("related_record_id"));
    return v;
}

bool isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return true;
    case QJsonValue::String: return value.toString().trimmed().isEmpty();
    case QJsonValue::Array: return value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        return std::all_of(o.begin(), o.end(), [](const QJsonValue &member) { return isEmpty(member); });
    }
    default: return false;
    }
}

QString rowIdentity(const QJsonValue &row, const QString &key)
{
    return row.toObject().value(key).toString().trimmed().toLower();
}

QJsonArray rowsMissingFrom(const QJsonArray &from, const QJsonArray &other, const QString &key)
{
    QJsonArray out;
    for (const QJsonValue &row : from) {
        const QString id = rowIdentity(row, key);
        if (std::none_of(other.begin(), other.end(), [&](const QJsonValue &o) { return rowIdentity(o, key) == id; }))
            out.append(row);
    }
    return out;
}

bool same(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    const bool aEmpty = isEmpty(a);
    const bool bEmpty = isEmpty(b);
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (const QString key = rowKey(field); !key.isEmpty() && a.isArray() && b.isArray())
        return sameRows(a.toArray(), b.toArray(), key);
    if (a.isString() && b.isString()) {
        if (caseless(field))
            return a.toString().trimmed().compare(b.toString().trimmed(), Qt::CaseInsensitive) == 0;
        return a.toString() == b.toString();
    }
    if (a.isObject() && b.isObject())
        return sameObjects(a.toObject(), b.toObject());
    return a == b;
}

QString display(const QJsonValue &value)
{
    if (isEmpty(value) && !value.isArray())
        return QStringLiteral("(empty)");
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        if (items.isEmpty())
            return QStringLiteral("(none)");
        QStringList shown;
        for (const QJsonValue &item : items) {
            const QJsonObject row = item.toObject();
            const QString text
                = row.value(QLatin1String("email")).toString() + row.value(QLatin1String("phone_number")).toString();
            if (!item.isObject() || text.isEmpty()) {
                shown << display(item);
                continue;
            }
            shown << (row.value(kPrimary).toBool() ? text + QStringLiteral(" (primary)") : text);
        }
        return shown.join(QLatin1String(", "));
    }
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return QStringLiteral("(empty)");
    }
}

} // namespace AssertDesk::Contract::ContactValue
