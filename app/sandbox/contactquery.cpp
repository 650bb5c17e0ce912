#include "assertengine.h"

#include "contactrecord.h"
#include "emailmatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

// POST /contact/_query: filters over the plain contacts, in creation order, paged by an opaque
// cursor that names the last contact of the page.
namespace AssertDesk::Sandbox {

namespace {

constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 100;

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString();
}

// One filter, ready to test contacts with. For a field of addresses the values and the operand
// are EmailMatch keys, so eq and in name exactly the contacts an assert would match.
struct Filter
{
    QString field;
    QString op;
    QJsonValue operand;
    bool email = false;
    QSet<QString> keys; // the operand of in / not_in over addresses
};

Filter compile(const QJsonObject &f)
{
    Filter out {f.value(QLatin1String("field")).toString(),
                f.value(QLatin1String("operator")).toString(),
                f.value(QLatin1String("value")),
                false,
                {}};
    out.email = EmailMatch::isEmailField(out.field);
    if (!out.email)
        return out;
    if (out.operand.isString())
        out.operand = EmailMatch::key(out.operand.toString());
    if (out.operand.isArray()) {
        QJsonArray keyed;
        for (const QJsonValue &v : out.operand.toArray()) {
            keyed.append(v.isString() ? QJsonValue(EmailMatch::key(v.toString())) : v);
            out.keys.insert(EmailMatch::key(text(v)));
        }
        out.operand = keyed;
    }
    return out;
}

QStringList valuesOf(const QJsonObject &c, const Filter &filter)
{
    QStringList out;
    const QString &field = filter.field;
    if (field == QLatin1String("contact_emails") || field == QLatin1String("email")) {
        for (const QJsonValue &r : c.value(QLatin1String("contact_emails")).toArray())
            out << EmailMatch::key(r.toObject().value(QLatin1String("email")).toString());
    } else if (field == QLatin1String("contact_phone_numbers") || field == QLatin1String("phone_number")) {
        for (const QJsonValue &r : c.value(QLatin1String("contact_phone_numbers")).toArray())
            out << r.toObject().value(QLatin1String("phone_number")).toString();
    } else if (!c.value(field).isNull() && !c.value(field).isUndefined()) {
        out << (filter.email ? EmailMatch::key(text(c.value(field))) : text(c.value(field)));
    }
    return out;
}

bool knownField(const QString &field)
{
    static QSet<QString> fields;
    if (fields.isEmpty()) {
        const QJsonArray attrs = ContactRecord::schemaDocument()
                                     .value(QLatin1String("data"))
                                     .toObject()
                                     .value(QLatin1String("attributes"))
                                     .toArray();
        for (const QJsonValue &a : attrs)
            fields.insert(a.toObject().value(QLatin1String("name")).toString());
        fields << QStringLiteral("email") << QStringLiteral("phone_number");
    }
    return fields.contains(field);
}

// One filter against one contact's values. Text compares without regard to case.
bool matches(const QStringList &values, const Filter &filter)
{
    const QString &op = filter.op;
    const QJsonValue &operand = filter.operand;
    const auto eq = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    const QString want = text(operand);
    const auto any = [&](auto pred) { return std::any_of(values.cbegin(), values.cend(), pred); };
    if (op == QLatin1String("exists"))
        return !values.isEmpty();
    if (op == QLatin1String("not_exists"))
        return values.isEmpty();
    if (op == QLatin1String("eq"))
        return any([&](const QString &v) { return eq(v, want); });
    if (op == QLatin1String("ne"))
        return !any([&](const QString &v) { return eq(v, want); });
    if ((op == QLatin1String("in") || op == QLatin1String("not_in")) && filter.email) {
        const bool hit = any([&](const QString &v) { return filter.keys.contains(v); });
        return op == QLatin1String("in") ? hit : !hit;
    }
    if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
        const QJsonArray options = operand.toArray();
        const bool hit = any([&](const QString &v) {
            return std::any_of(options.begin(), options.end(), [&](const QJsonValue &o) { return eq(v, text(o)); });
        });
        return op == QLatin1String("in") ? hit : !hit;
    }
    if (op == QLatin1String("contains"))
        return any([&](const QString &v) { return v.contains(want, Qt::CaseInsensitive); });
    if (op == QLatin1String("starts_with"))
        return any([&](const QString &v) { return v.startsWith(want, Qt::CaseInsensitive); });
    if (op == QLatin1String("ends_with"))
        return any([&](const QString &v) { return v.endsWith(want, Qt::CaseInsensitive); });
    if (op == QLatin1String("gt"))
        return any([&](const QString &v) { return v > want; });
    if (op == QLatin1String("gte"))
        return any([&](const QString &v) { return v >= want; });
    if (op == QLatin1String("lt"))
        return any([&](const QString &v) { return v < want; });
    if (op == QLatin1String("lte"))
        return any([&](const QString &v) { return v <= want; });
    if (op == QLatin1String("between")) {
        const QJsonArray range = operand.toArray();
        const QString lo = text(range.at(0)), hi = text(range.at(1));
        return any([&](const QString &v) { return v >= lo && v <= hi; });
    }
    return false;
}

const QStringList &operators()
{
    static const QStringList ops
        = {QStringLiteral("eq"),        QStringLiteral("ne"),        QStringLiteral("in"),
           QStringLiteral("not_in"),    QStringLiteral("contains"),  QStringLiteral("starts_with"),
           QStringLiteral("ends_with"), QStringLiteral("gt"),        QStringLiteral("gte"),
           QStringLiteral("lt"),        QStringLiteral("lte"),       QStringLiteral("between"),
           QStringLiteral("exists"),    QStringLiteral("not_exists")};
    return ops;
}

// The first filter that names an unknown field or operator, or lacks the list its operator takes.
std::optional<HttpReply> rejectFilters(const QJsonArray &filters)
{
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonObject f = filters.at(i).toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        const QString op = f.value(QLatin1String("operator")).toString();
        if (!knownField(field))
            return failureReply(422, QStringLiteral("unknown_field"),
                                QStringLiteral("\"%1\" is not a contact field.").arg(field),
                                QStringLiteral("filters[%1].field").arg(i));
        if (!operators().contains(op))
            return failureReply(422, QStringLiteral("field_value_invalid"),
                                QStringLiteral("Unknown operator \"%1\"; use one of %2.")
                                    .arg(op, operators().join(QLatin1String(", "))),
                                QStringLiteral("filters[%1].operator").arg(i));
        const bool needsList
            = op == QLatin1String("in") || op == QLatin1String("not_in") || op == QLatin1String("between");
        if (needsList && !f.value(QLatin1String("value")).isArray())
            return failureReply(422, QStringLiteral("field_value_invalid"),
                                QStringLiteral("The operator %1 takes a list of values.").arg(op),
                                QStringLiteral("filters[%1].value").arg(i));
    }
    return std::nullopt;
}

bool matchesAll(const QJsonObject &contact, const QList<Filter> &filters)
{
    return std::all_of(filters.cbegin(), filters.cend(),
                       [&](const Filter &f) { return matches(valuesOf(contact, f), f); });
}

// The addresses a filter names exactly (eq or in on contact_emails or email), whose contacts the
// store's email index gives without reading the others; none for any other filter.
std::optional<QSet<QString>> namedAddresses(const Filter &filter)
{
    const bool addresses = filter.field == QLatin1String("contact_emails") || filter.field == QLatin1String("email");
    if (!addresses)
        return std::nullopt;
    if (filter.op == QLatin1String("in"))
        return filter.keys;
    if (filter.op == QLatin1String("eq") && filter.operand.isString())
        return QSet<QString> {filter.operand.toString()};
    return std::nullopt;
}

// The contacts a page is taken from, after the cursor: those with the addresses the first filter
// that names some has (each still passes every filter), or all of them.
QList<QJsonObject> candidates(const ContactStore &store, const QList<Filter> &filters, const QString &after)
{
    for (const Filter &f : filters)
        if (const auto keys = namedAddresses(f))
            return store.contactsWithEmails(*keys, after);
    return store.contacts(after);
}

// Up to limit contacts that pass the filters (from those after the cursor), and the cursor of the
// next page when there is one.
HttpReply onePage(const QList<QJsonObject> &contacts, const QList<Filter> &filters, int limit)
{
    QJsonArray page;
    QString lastId;
    bool more = false;
    for (const QJsonObject &c : contacts) {
        const QString id = c.value(QLatin1String("id")).toString();
        if (!matchesAll(c, filters))
            continue;
        if (page.size() == limit) {
            more = true;
            break;
        }
        page.append(ContactRecord::render(c));
        lastId = id;
    }
    const QJsonValue next = more
        ? QJsonValue(QString::fromLatin1(
            QByteArray(QByteArrayLiteral("after:") + lastId.toUtf8()).toBase64(QByteArray::Base64UrlEncoding)))
        : QJsonValue(QJsonValue::Null);
    return HttpReply::json(200,
                           QJsonObject {{QStringLiteral("data"), page},
                                        {QStringLiteral("meta"), QJsonObject {{QStringLiteral("next_cursor"), next}}}});
}

} // namespace

HttpReply AssertEngine::query(const QByteArray &bytes) const
{
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(bytes.trimmed().isEmpty() ? QByteArray("{}") : bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failureReply(400, QStringLiteral("invalid_json"), QStringLiteral("The query must be a JSON object."));
    const QJsonObject body = doc.object();

    const QJsonValue limitValue = body.value(QLatin1String("limit"));
    const int limit = limitValue.isUndefined() ? kDefaultLimit : limitValue.toInt(-1);
    if (limit < 1 || limit > kMaxLimit)
        return failureReply(422, QStringLiteral("field_value_invalid"),
                            QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxLimit),
                            QStringLiteral("limit"));

    const QJsonValue filtersValue = body.value(QLatin1String("filters"));
    if (!filtersValue.isUndefined() && !filtersValue.isArray())
        return failureReply(422, QStringLiteral("field_value_invalid"), QStringLiteral("filters must be a list."),
                            QStringLiteral("filters"));
    const QJsonArray filters = filtersValue.toArray();
    if (auto rejected = rejectFilters(filters))
        return *rejected;

    QString after;
    const QString cursor = body.value(QLatin1String("cursor")).toString();
    if (!cursor.isEmpty()) {
        after = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding));
        if (!after.startsWith(QLatin1String("after:")) || !m_store.contact(after.mid(6)))
            return failureReply(422, QStringLiteral("field_value_invalid"), QStringLiteral("The cursor is not valid."),
                                QStringLiteral("cursor"));
        after = after.mid(6);
    }
    QList<Filter> compiled;
    for (const QJsonValue &f : filters)
        compiled << compile(f.toObject());
    return onePage(candidates(m_store, compiled, after), compiled, limit);
}

} // namespace AssertDesk::Sandbox
