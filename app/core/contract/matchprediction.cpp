#include "matchprediction.h"

#include "assertresponse.h"
#include "contactvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>
#include <optional>

namespace AssertDesk::Contract {

namespace {

const QLatin1String kAttributes("attributes");
const char *const kWhyNames[]
    = {"", "no_match_key", "no_key", "refused", "timeout", "offline", "server_error", "bad_answer", "cancelled"};
const char *const kKindNames[] = {"create", "update", "ambiguous", "unknown"};

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatchPrediction)
};

QString nameOf(const QJsonObject &attributes)
{
    const QString display = ContactValue::writeForm({}, attributes.value(QLatin1String("display_name"))).toString();
    if (!display.trimmed().isEmpty())
        return display.trimmed();
    const QString first = ContactValue::writeForm({}, attributes.value(QLatin1String("first_name"))).toString();
    const QString last = ContactValue::writeForm({}, attributes.value(QLatin1String("last_name"))).toString();
    return QString(first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
}

QString person(const MatchPrediction::Candidate &c)
{
    return c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id);
}

// The candidate a record is, or nothing when its contact_emails (if it has them) lack the address:
// a server that ignored the filter must not make a prediction up.
std::optional<MatchPrediction::Candidate> candidateOf(const QJsonObject &record, const QString &address)
{
    const QJsonObject attributes = record.value(kAttributes).toObject();
    MatchPrediction::Candidate c {record.value(QLatin1String("id")).toString(), nameOf(attributes), address.trimmed()};
    if (!attributes.contains(QLatin1String("contact_emails")))
        return c;
    const QString wanted = address.trimmed().toLower();
    const QString key = QStringLiteral("email");
    for (const QJsonValue &row :
         ContactValue::writeForm(QStringLiteral("contact_emails"), attributes.value(QLatin1String("contact_emails")))
             .toArray())
        if (ContactValue::rowIdentity(row, key) == wanted) {
            c.matchedOn = row.toObject().value(key).toString();
            return c;
        }
    return std::nullopt;
}

QJsonObject candidateJson(const MatchPrediction::Candidate &c)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("matched_on"), c.matchedOn}};
}

} // namespace

QByteArray MatchPrediction::queryBody(const QString &address)
{
    const QJsonObject filter {{QStringLiteral("field"), QStringLiteral("contact_emails")},
                              {QStringLiteral("operator"), QStringLiteral("eq")},
                              {QStringLiteral("value"), address.trimmed()}};
    return QJsonDocument(
               QJsonObject {{QStringLiteral("filters"), QJsonArray {filter}}, {QStringLiteral("limit"), kQueryLimit}})
        .toJson(QJsonDocument::Compact);
}

QStringList MatchPrediction::fieldsNeeded(const QJsonObject &requestAttributes)
{
    QStringList out = requestAttributes.keys();
    const auto writes = [&](const char *a, const char *b) {
        return requestAttributes.contains(QLatin1String(a)) || requestAttributes.contains(QLatin1String(b));
    };
    if (writes("first_name", "last_name"))
        out << QStringLiteral("first_name") << QStringLiteral("last_name") << QStringLiteral("display_name");
    if (writes("contact_emails", "primary_email"))
        out << QStringLiteral("contact_emails") << QStringLiteral("primary_email");
    if (writes("contact_phone_numbers", "primary_phone_number"))
        out << QStringLiteral("contact_phone_numbers") << QStringLiteral("primary_phone_number");
    out.removeDuplicates();
    return out;
}

MatchPrediction MatchPrediction::unknown(Why why, const QString &reason, const QDateTime &readAt)
{
    MatchPrediction p;
    p.m_why = why;
    p.m_reason = reason;
    p.m_readAt = readAt;
    return p;
}

bool MatchPrediction::isRecord(const QJsonValue &value)
{
    const QJsonObject record = value.toObject();
    const QJsonValue id = record.value(QLatin1String("id"));
    return value.isObject() && id.isString() && !id.toString().isEmpty()
        && (!record.contains(kAttributes) || record.value(kAttributes).isObject());
}

MatchPrediction MatchPrediction::fromQueryAnswer(const QByteArray &body, const QString &address,
                                                 const QDateTime &readAt)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!doc.isObject() || !data.isArray())
        return unknown(Why::BadAnswer, Tr::tr("the server's answer to the query is not a list of contacts."), readAt);
    QList<QJsonObject> records;
    for (const QJsonValue &v : data.toArray()) {
        if (!isRecord(v))
            return unknown(Why::BadAnswer, Tr::tr("a contact in the server's answer to the query has no id."), readAt);
        records << v.toObject();
    }
    // One contact on this page and more on the next is several contacts.
    const QJsonValue next = doc.object().value(QLatin1String("meta")).toObject().value(QLatin1String("next_cursor"));
    return fromRecords(records, address, next.isString() && !next.toString().isEmpty(), readAt);
}

MatchPrediction MatchPrediction::fromRecords(const QList<QJsonObject> &records, const QString &address, bool more,
                                             const QDateTime &readAt)
{
    MatchPrediction p;
    p.m_readAt = readAt;
    QList<QJsonObject> matching;
    for (const QJsonObject &record : records) {
        if (const auto c = candidateOf(record, address)) {
            p.m_candidates << *c;
            matching << record;
        }
    }
    if (p.m_candidates.isEmpty()) {
        p.m_kind = Kind::Create;
    } else if (p.m_candidates.size() == 1 && !more) {
        p.m_kind = Kind::Update;
        p.m_contact = p.m_candidates.first();
        p.m_record = matching.first();
    } else {
        p.m_kind = Kind::Ambiguous;
    }
    return p;
}

MatchPrediction MatchPrediction::fromJson(const QJsonObject &o)
{
    const QString kind = o.value(QLatin1String("prediction")).toString();
    int k = int(std::size(kKindNames));
    for (int i = 0; i < int(std::size(kKindNames)); ++i)
        if (kind == QLatin1String(kKindNames[i]))
            k = i;
    MatchPrediction p;
    p.m_readAt = QDateTime::fromString(o.value(QLatin1String("read_at")).toString(), Qt::ISODateWithMs);
    p.m_reason = o.value(QLatin1String("reason")).toString();
    const QString why = o.value(QLatin1String("why")).toString();
    for (int i = 0; i < int(std::size(kWhyNames)); ++i)
        if (why == QLatin1String(kWhyNames[i]))
            p.m_why = Why(i);
    if (k == int(std::size(kKindNames)))
        return p;
    p.m_kind = Kind(k);
    p.m_contact = {o.value(QLatin1String("contact_id")).toString(), o.value(QLatin1String("contact_name")).toString(),
                   o.value(QLatin1String("matched_on")).toString()};
    for (const QJsonValue &v : o.value(QLatin1String("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        p.m_candidates << Candidate {c.value(QLatin1String("id")).toString(), c.value(QLatin1String("name")).toString(),
                                     c.value(QLatin1String("matched_on")).toString()};
    }
    return p;
}

QString MatchPrediction::kindName() const
{
    return QLatin1String(kKindNames[int(m_kind)]);
}

bool MatchPrediction::recordHolds(const QStringList &needed) const
{
    const QJsonObject attributes = m_record.value(kAttributes).toObject();
    return !m_record.isEmpty()
        && std::all_of(needed.begin(), needed.end(), [&](const QString &f) { return attributes.contains(f); });
}

QString MatchPrediction::sentence() const
{
    switch (m_kind) {
    case Kind::Create: return Tr::tr("Will create a new contact.");
    case Kind::Update:
        return Tr::tr("Will update %1, matched on %2 = %3.").arg(person(m_contact), matchField(), m_contact.matchedOn);
    case Kind::Ambiguous: {
        QStringList who;
        for (const Candidate &c : m_candidates)
            who << person(c);
        return Tr::tr("Ambiguous: %n contacts have this address: ", nullptr, int(m_candidates.size()))
            + who.join(QLatin1String(", ")) + QLatin1Char('.');
    }
    case Kind::Unknown: break;
    }
    return Tr::tr("Preview unavailable: %1").arg(m_reason);
}

QString MatchPrediction::surpriseFor(const QString &action, const QString &contactId) const
{
    const bool created = action == QLatin1String("created");
    if (!isMade() || (!created && action != QLatin1String("updated")))
        return QString();
    switch (m_kind) {
    case Kind::Create: return created ? QString() : Tr::tr("predicted a new contact, but it updated %1").arg(contactId);
    case Kind::Update:
        if (created)
            return Tr::tr("predicted an update of %1, but it created a new contact %2")
                .arg(person(m_contact), contactId);
        return contactId == m_contact.id
            ? QString()
            : Tr::tr("predicted an update of %1, but it updated another contact, %2").arg(person(m_contact), contactId);
    case Kind::Ambiguous:
        if (created)
            return Tr::tr("predicted %n contacts with this address, but it created a new contact %1", nullptr,
                          int(m_candidates.size()))
                .arg(contactId);
        return std::any_of(m_candidates.begin(), m_candidates.end(),
                           [&](const Candidate &c) { return c.id == contactId; })
            ? QString()
            : Tr::tr("predicted one of %n contacts with this address, but it updated %1", nullptr,
                     int(m_candidates.size()))
                  .arg(contactId);
    case Kind::Unknown: break;
    }
    return QString();
}

QString MatchPrediction::surpriseIn(const SendResult &result) const
{
    if (!isMade() || result.outcome != Outcome::Succeeded)
        return QString();
    const AssertResponse response
        = AssertResponse::parse(result.body, result.httpStatus, AssertResponse::Lists::OnDemand);
    if (!response.isValid() || response.action() == AssertResponse::Action::Unknown)
        return QString();
    return surpriseFor(response.actionText(), response.recordId());
}

QJsonObject MatchPrediction::toJson() const
{
    QJsonArray candidates;
    for (const Candidate &c : m_candidates)
        candidates.append(candidateJson(c));
    QJsonObject o {
        {QStringLiteral("prediction"), kindName()},
        {QStringLiteral("contact_id"), m_contact.id.isEmpty() ? QJsonValue() : QJsonValue(m_contact.id)},
        {QStringLiteral("contact_name"), m_contact.name},
        {QStringLiteral("matched_on"), m_contact.matchedOn.isEmpty() ? QJsonValue() : QJsonValue(m_contact.matchedOn)},
        {QStringLiteral("read_at"),
         m_readAt.isValid() ? QJsonValue(m_readAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("candidates"), candidates}};
    if (m_kind == Kind::Unknown) {
        o.insert(QStringLiteral("reason"), m_reason);
        o.insert(QStringLiteral("why"), QLatin1String(kWhyNames[int(m_why)]));
    }
    return o;
}

} // namespace AssertDesk::Contract
