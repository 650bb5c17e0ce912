#include "typedvalue.h"

#include "jsonpointer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypedValue)
};

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QStringLiteral("null");
}

// Does the value have the JSON shape its value_type promises?
bool shapeFits(TypedValue::Kind kind, const QJsonValue &v)
{
    switch (kind) {
    case TypedValue::Kind::Text:
    case TypedValue::Kind::Timestamp: return v.isString();
    case TypedValue::Kind::Boolean: return v.isBool();
    case TypedValue::Kind::Number: return v.isDouble() || v.isString();
    case TypedValue::Kind::Address:
    case TypedValue::Kind::Stage:
    case TypedValue::Kind::Reference:
    case TypedValue::Kind::ContactEmail:
    case TypedValue::Kind::ContactPhoneNumber:
    case TypedValue::Kind::FormSubmission:
    case TypedValue::Kind::Currency: return v.isObject();
    case TypedValue::Kind::Null:
    case TypedValue::Kind::List:
    case TypedValue::Kind::Generic: return true;
    }
    return true;
}

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(sep);
}

QString labelsText(const QJsonObject &o)
{
    QStringList labels;
    for (const QJsonValue &l : o.value(QLatin1String("labels")).toArray())
        labels << (l.isString() ? l.toString() : compactJson(l));
    return labels.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(labels.join(QLatin1String(", ")));
}

} // namespace

TypedValue::Kind TypedValue::kindFor(const QString &valueType)
{
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("uuid"), Kind::Text},
        {QStringLiteral("string"), Kind::Text},
        {QStringLiteral("email"), Kind::Text},
        {QStringLiteral("phone_number"), Kind::Text},
        {QStringLiteral("enum"), Kind::Text},
        {QStringLiteral("long_text"), Kind::Text},
        {QStringLiteral("url"), Kind::Text},
        {QStringLiteral("timestamp"), Kind::Timestamp},
        {QStringLiteral("boolean"), Kind::Boolean},
        {QStringLiteral("number"), Kind::Number},
        {QStringLiteral("percent"), Kind::Number},
        {QStringLiteral("address"), Kind::Address},
        {QStringLiteral("contact_stage"), Kind::Stage},
        {QStringLiteral("record_reference"), Kind::Reference},
        {QStringLiteral("contact_email"), Kind::ContactEmail},
        {QStringLiteral("contact_phone_number"), Kind::ContactPhoneNumber},
        {QStringLiteral("created_source_form_submission_details"), Kind::FormSubmission},
        {QStringLiteral("currency"), Kind::Currency},
    };
    return kinds.value(valueType, Kind::Generic);
}

qsizetype TypedValue::count() const
{
    if (kind != Kind::List)
        return 0;
    return items.isEmpty() ? value.toArray().size() : items.size();
}

TypedValue TypedValue::item(qsizetype i) const
{
    if (!items.isEmpty())
        return items.at(i);
    return fromEnvelope(QStringLiteral("[%1]").arg(i + 1), value.toArray().at(i), JsonPointer::append(pointer, i));
}

TypedValue TypedValue::fromEnvelope(const QString &name, const QJsonValue &envelope, const QString &pointer,
                                    bool eagerLists)
{
    TypedValue t;
    t.name = name;
    t.pointer = pointer;
    if (envelope.isArray()) {
        t.kind = Kind::List;
        const QJsonArray a = envelope.toArray();
        t.value = envelope;
        if (!eagerLists) {
            if (!a.isEmpty())
                t.valueType = a.first().toObject().value(QLatin1String("value_type")).toString();
            return t;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            TypedValue item = fromEnvelope(QStringLiteral("[%1]").arg(i + 1), a.at(i), JsonPointer::append(pointer, i));
            if (t.valueType.isEmpty())
                t.valueType = item.valueType;
            t.items << item;
        }
        return t;
    }
    const QJsonObject o = envelope.toObject();
    if (!envelope.isObject() || !o.contains(QLatin1String("value"))) {
        t.kind = Kind::Generic;
        t.value = envelope;
        t.note = Tr::tr("not a {value, value_type} envelope");
        return t;
    }
    t.valueType = o.value(QLatin1String("value_type")).toString();
    t.value = o.value(QLatin1String("value"));
    t.pointer = JsonPointer::append(pointer, QStringLiteral("value"));
    if (t.value.isNull()) {
        t.kind = Kind::Null;
        return t;
    }
    t.kind = kindFor(t.valueType);
    if (!shapeFits(t.kind, t.value)) {
        t.note = Tr::tr("unexpected value for %1").arg(t.valueType);
        t.kind = Kind::Generic;
    }
    return t;
}

QDateTime TypedValue::timestamp() const
{
    if (kind != Kind::Timestamp)
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool TypedValue::isPrimary() const
{
    return value.toObject().value(QLatin1String("is_primary")).toBool();
}

QString TypedValue::stageColor() const
{
    return kind == Kind::Stage ? value.toObject().value(QLatin1String("color")).toString() : QString();
}

QString TypedValue::display() const
{
    const QJsonObject o = value.toObject();
    switch (kind) {
    case Kind::Null: return Tr::tr("(empty)");
    case Kind::Text: return value.toString();
    case Kind::Timestamp: {
        const QDateTime dt = timestamp();
        return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                            : value.toString() + Tr::tr(" (unreadable time)");
    }
    case Kind::Boolean: return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case Kind::Number:
        if (!literal.isEmpty())
            return literal;
        return value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 15);
    case Kind::Address: {
        const QString cityLine = joinNonEmpty(
            {o.value(QLatin1String("city")).toString(),
             joinNonEmpty({o.value(QLatin1String("state")).toString(), o.value(QLatin1String("zip_code")).toString()},
                          QStringLiteral(" "))},
            QStringLiteral(", "));
        const QString text = joinNonEmpty({o.value(QLatin1String("street_one")).toString(),
                                           o.value(QLatin1String("street_two")).toString(), cityLine,
                                           o.value(QLatin1String("country")).toString()},
                                          QStringLiteral(", "));
        return text.isEmpty() ? Tr::tr("(no address)") : text;
    }
    case Kind::Stage: {
        const QString shown = o.value(QLatin1String("display_value")).toString();
        const QString api = o.value(QLatin1String("api_name")).toString();
        QString text = shown.isEmpty() ? api : shown;
        if (!api.isEmpty() && api != shown && !shown.isEmpty())
            text += QStringLiteral(" (%1)").arg(api);
        const QString color = stageColor();
        if (!color.isEmpty())
            text += QLatin1Char(' ') + color;
        return text;
    }
    case Kind::Reference: {
        const QString type = o.value(QLatin1String("related_record_type")).toString();
        const QString id = o.value(QLatin1String("related_record_id")).toString();
        return type.isEmpty() ? id : type + QLatin1Char(' ') + id;
    }
    case Kind::ContactEmail:
    case Kind::ContactPhoneNumber: {
        const QString main
            = o.value(kind == Kind::ContactEmail ? QLatin1String("email") : QLatin1String("phone_number")).toString();
        return main + (isPrimary() ? Tr::tr(" (primary)") : QString()) + labelsText(o);
    }
    case Kind::FormSubmission: {
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.value().isNull() && !(it.value().isString() && it.value().toString().isEmpty()))
                parts << it.key() + QLatin1Char('=')
                        + (it.value().isString() ? it.value().toString() : compactJson(it.value()));
        return parts.isEmpty() ? Tr::tr("(no details)") : parts.join(QLatin1String(", "));
    }
    case Kind::Currency: {
        const QJsonValue amount = o.value(QLatin1String("amount"));
        return amount.isString() ? amount.toString() : compactJson(amount);
    }
    case Kind::List:
        if (count() == 0)
            return Tr::tr("(none)");
        return count() == 1 ? Tr::tr("1 item") : Tr::tr("%1 items").arg(count());
    case Kind::Generic:
        if (!literal.isEmpty())
            return literal;
        return compactJson(value);
    }
    return compactJson(value);
}

} // namespace AssertDesk::Contract
