#include "assertengine.h"

#include "contactrecord.h"
#include "directory.h"
#include "emailmatch.h"

#include "jsonpointer.h"
#include "valuechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace AssertDesk::Sandbox {

using Contract::ValidationProblem;

namespace {

Contract::FieldCatalogue sandboxCatalogue()
{
    Contract::FieldCatalogue c = Contract::FieldCatalogue::builtIn();
    QString ignored;
    c.mergeSchema(QJsonDocument(ContactRecord::schemaDocument()).toJson(), &ignored);
    return c;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isStructural(const QString &code)
{
    static const QSet<QString> codes = {
        QStringLiteral("match_missing"),         QStringLiteral("match_not_object"),
        QStringLiteral("match_key_count"),       QStringLiteral("attributes_missing"),
        QStringLiteral("attributes_not_object"), QStringLiteral("attributes_empty"),
        QStringLiteral("field_in_both_blocks"),  QStringLiteral("relationships_not_allowed"),
        QStringLiteral("unknown_top_level_key"),
    };
    return codes.contains(code);
}

QString domainCode(const QString &validatorCode)
{
    if (validatorCode == QLatin1String("unknown_field") || validatorCode == QLatin1String("field_not_creatable")
        || validatorCode == QLatin1String("field_not_updatable"))
        return validatorCode;
    if (validatorCode == QLatin1String("match_key_not_allowed"))
        return QStringLiteral("invalid_matching_field");
    return QStringLiteral("field_value_invalid");
}

QJsonValue unwrap(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (v.isObject() && o.size() == 2 && o.contains(QLatin1String("value")) && o.contains(QLatin1String("value_type")))
        return o.value(QLatin1String("value"));
    return v;
}

QString displayName(const QJsonObject &c)
{
    const QString first = c.value(QLatin1String("first_name")).toString().trimmed();
    const QString last = c.value(QLatin1String("last_name")).toString().trimmed();
    return QString(first + QLatin1Char(' ') + last).trimmed();
}

// Whether two rows of contact_emails (by EmailMatch) or contact_phone_numbers hold one value.
bool sameRowValue(const QString &key, const QString &a, const QString &b)
{
    if (key == QLatin1String("email"))
        return EmailMatch::same(a, b);
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Rows of contact_emails or contact_phone_numbers as given, keeping the ids of unchanged rows.
QJsonArray normaliseRows(const QJsonArray &given, const QJsonArray &existing, const QString &key)
{
    QJsonArray out;
    for (const QJsonValue &v : given) {
        const QJsonObject in = v.toObject();
        const QString value = in.value(key).toString().trimmed();
        QString id;
        for (const QJsonValue &e : existing)
            if (sameRowValue(key, e.toObject().value(key).toString(), value))
                id = e.toObject().value(QLatin1String("id")).toString();
        out.append(QJsonObject {{QStringLiteral("id"), id.isEmpty() ? newId() : id},
                                {key, value},
                                {QStringLiteral("is_primary"), in.value(QLatin1String("is_primary")).toBool()},
                                {QStringLiteral("labels"), in.value(QLatin1String("labels")).toArray()}});
    }
    return out;
}

// Makes `value` the primary row, adding it when absent.
QJsonArray withPrimary(QJsonArray rows, const QString &key, const QString &value)
{
    bool found = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject r = rows.at(i).toObject();
        const bool match = sameRowValue(key, r.value(key).toString(), value);
        found = found || match;
        r.insert(QStringLiteral("is_primary"), match);
        rows.replace(i, r);
    }
    if (!found)
        rows.prepend(QJsonObject {{QStringLiteral("id"), newId()},
                                  {key, value},
                                  {QStringLiteral("is_primary"), true},
                                  {QStringLiteral("labels"), QJsonArray()}});
    return rows;
}

QJsonValue primaryOf(const QJsonArray &rows, const QString &key)
{
    for (const QJsonValue &r : rows)
        if (r.toObject().value(QLatin1String("is_primary")).toBool())
            return r.toObject().value(key);
    return QJsonValue::Null;
}

// The primary fields and the lists describe the same rows; keep them in step.
void syncPrimaries(const QJsonObject &attributes, QJsonArray &emails, QJsonArray &phones)
{
    if (attributes.contains(QLatin1String("primary_email"))) {
        const QJsonValue v = unwrap(attributes.value(QLatin1String("primary_email")));
        if (!v.isNull())
            emails = withPrimary(emails, QStringLiteral("email"), v.toString().trimmed());
    }
    if (attributes.contains(QLatin1String("primary_phone_number"))) {
        const QJsonValue v = unwrap(attributes.value(QLatin1String("primary_phone_number")));
        if (!v.isNull())
            phones = withPrimary(phones, QStringLiteral("phone_number"), v.toString().trimmed());
    }
}

} // namespace

QString dottedPath(const QString &pointer)
{
    QString out;
    for (const QString &t : Contract::JsonPointer::split(pointer)) {
        bool isIndex = false;
        t.toInt(&isIndex);
        if (isIndex)
            out += QLatin1Char('[') + t + QLatin1Char(']');
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + t;
    }
    return out;
}

HttpReply failureReply(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject extra;
    if (!field.isEmpty())
        extra.insert(QStringLiteral("field"), field);
    return HttpReply::error(status, code, message, extra);
}

AssertEngine::AssertEngine(ContactStore &store)
    : m_store(store)
    , m_validator(sandboxCatalogue())
{
}

QString AssertEngine::nextTimestamp()
{
    // updated_at must move on every write, even two writes in the same millisecond.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addMSecs(1);
    m_lastStamp = now;
    return now.toString(Qt::ISODateWithMs);
}

std::optional<HttpReply> AssertEngine::rejectInvalid(const QJsonObject &body) const
{
    const Contract::ValidationProblems problems = m_validator.validate(body);
    QJsonArray detail;
    for (const ValidationProblem &p : problems) {
        if (!isStructural(p.code))
            continue;
        QJsonArray loc {QStringLiteral("body")};
        for (const QString &t : Contract::JsonPointer::split(p.pointer)) {
            bool isIndex = false;
            const int i = t.toInt(&isIndex);
            loc.append(isIndex ? QJsonValue(i) : QJsonValue(t));
        }
        detail.append(QJsonObject {
            {QStringLiteral("loc"), loc}, {QStringLiteral("msg"), p.message}, {QStringLiteral("type"), p.code}});
    }
    if (!detail.isEmpty())
        return HttpReply::json(422, QJsonObject {{QStringLiteral("detail"), detail}});
    for (const ValidationProblem &p : problems)
        if (p.isError())
            return failureReply(422, domainCode(p.code), p.message, dottedPath(p.pointer));
    return std::nullopt;
}

HttpReply AssertEngine::assertContact(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failureReply(400, QStringLiteral("invalid_json"),
                            QStringLiteral("Request body is not valid JSON: %1 at byte %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    if (!doc.isObject())
        return HttpReply::json(422,
                               QJsonObject {{QStringLiteral("detail"),
                                             QJsonArray {QJsonObject {
                                                 {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
                                                 {QStringLiteral("msg"), QStringLiteral("Input should be an object")},
                                                 {QStringLiteral("type"), QStringLiteral("model_attributes_type")}}}}});
    const QJsonObject body = doc.object();
    if (auto rejected = rejectInvalid(body))
        return *rejected;

    const QJsonObject match = body.value(QLatin1String("match")).toObject();
    const QString matchEmail = match.begin().value().toString().trimmed();
    const QString existingId = m_store.idForEmail(matchEmail);
    const bool creating = existingId.isEmpty();

    QJsonObject contact;
    QString matchedStored;
    if (creating) {
        const QString stamp = nextTimestamp();
        contact = QJsonObject {{QStringLiteral("id"), newId()},
                               {QStringLiteral("organization_id"), Directory::organizationId()},
                               {QStringLiteral("created_at"), stamp},
                               {QStringLiteral("created_by_user_id"), Directory::apiUserId()},
                               {QStringLiteral("created_source"), QStringLiteral("API")},
                               {QStringLiteral("participant_user_id_list"), QJsonArray()},
                               {QStringLiteral("contact_emails"), QJsonArray()},
                               {QStringLiteral("contact_phone_numbers"), QJsonArray()}};
    } else {
        contact = *m_store.contact(existingId);
        for (const QJsonValue &row : contact.value(QLatin1String("contact_emails")).toArray())
            if (EmailMatch::key(row.toObject().value(QLatin1String("email")).toString()) == EmailMatch::key(matchEmail))
                matchedStored = row.toObject().value(QLatin1String("email")).toString();
    }

    if (auto failure = apply(body.value(QLatin1String("attributes")).toObject(), matchEmail, creating, contact))
        return failureReply(failure->status, failure->code, failure->message, failure->field);
    if (auto failure = checkEmailsFree(contact))
        return failureReply(failure->status, failure->code, failure->message, failure->field);

    contact.insert(QStringLiteral("updated_at"),
                   creating ? contact.value(QLatin1String("created_at")).toString() : nextTimestamp());
    contact.insert(QStringLiteral("updated_by_user_id"), Directory::apiUserId());
    QString error;
    if (!m_store.save(contact, &error))
        return failureReply(500, QStringLiteral("storage_error"),
                            QStringLiteral("The sandbox could not save: %1").arg(error));

    QJsonObject matchedOn;
    if (!creating)
        matchedOn.insert(QStringLiteral("contact_emails"), matchedStored);
    return HttpReply::json(
        creating ? 201 : 200,
        QJsonObject {
            {QStringLiteral("data"), ContactRecord::render(contact)},
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("action"), creating ? QStringLiteral("created") : QStringLiteral("updated")},
                          {QStringLiteral("matched_on"), matchedOn}}}});
}

std::optional<AssertEngine::Failure> AssertEngine::apply(const QJsonObject &attributes, const QString &matchEmail,
                                                         bool creating, QJsonObject &contact) const
{
    QJsonArray emails = contact.value(QLatin1String("contact_emails")).toArray();
    QJsonArray phones = contact.value(QLatin1String("contact_phone_numbers")).toArray();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        if (auto failure = applyAttribute(it.key(), unwrap(it.value()), emails, phones, contact))
            return failure;
    syncPrimaries(attributes, emails, phones);
    if (auto failure = keepMatchRow(matchEmail, creating, emails))
        return failure;
    contact.insert(QStringLiteral("contact_emails"), emails);
    contact.insert(QStringLiteral("contact_phone_numbers"), phones);
    contact.insert(QStringLiteral("primary_email"), primaryOf(emails, QStringLiteral("email")));
    contact.insert(QStringLiteral("primary_phone_number"), primaryOf(phones, QStringLiteral("phone_number")));
    const QString name = displayName(contact);
    contact.insert(QStringLiteral("display_name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
    return std::nullopt;
}

std::optional<AssertEngine::Failure> AssertEngine::applyAttribute(const QString &name, const QJsonValue &value,
                                                                  QJsonArray &emails, QJsonArray &phones,
                                                                  QJsonObject &contact)
{
    const QString field = QStringLiteral("attributes.") + name;
    if (name == QLatin1String("contact_emails")) {
        emails = normaliseRows(value.toArray(), emails, QStringLiteral("email"));
    } else if (name == QLatin1String("contact_phone_numbers")) {
        phones = normaliseRows(value.toArray(), phones, QStringLiteral("phone_number"));
    } else if (name == QLatin1String("stage") && !value.isNull()) {
        if (!Directory::stage(value.toString().trimmed())) {
            QStringList known;
            for (const auto &s : Directory::stages())
                known << s.apiName;
            return Failure {422, QStringLiteral("field_value_invalid"),
                            QStringLiteral("Unknown stage \"%1\"; this workspace has %2.")
                                .arg(value.toString(), known.join(QLatin1String(", "))),
                            field};
        }
        contact.insert(name, value.toString().trimmed());
    } else if ((name == QLatin1String("owner_user_id") || name == QLatin1String("owner_team_id")) && !value.isNull()) {
        QString id;
        if (auto failure = resolveOwner(name == QLatin1String("owner_team_id"), value, field, &id))
            return failure;
        contact.insert(name, id.toLower());
    } else if (name != QLatin1String("primary_email") && name != QLatin1String("primary_phone_number")) {
        contact.insert(name, value.isString() ? QJsonValue(value.toString()) : value);
    }
    return std::nullopt;
}

std::optional<AssertEngine::Failure> AssertEngine::resolveOwner(bool team, const QJsonValue &value,
                                                                const QString &field, QString *id)
{
    const QString emailKey = QStringLiteral("email");
    *id = value.isString() ? value.toString().trimmed()
                           : value.toObject().value(QLatin1String("related_record_id")).toString();
    const QJsonObject byMatch = value.toObject().value(QLatin1String("related_record_match")).toObject();
    if (!byMatch.isEmpty()) {
        const Directory::Member *user = team ? nullptr : Directory::userByEmail(byMatch.value(emailKey).toString());
        if (!user)
            return Failure {
                422, QStringLiteral("target_record_not_found"),
                QStringLiteral("No %1 has the email %2.")
                    .arg(team ? QStringLiteral("team") : QStringLiteral("user"), byMatch.value(emailKey).toString()),
                field};
        *id = user->id;
    }
    if (!(team ? Directory::isTeam(*id) : Directory::isUser(*id)))
        return Failure {
            422, QStringLiteral("target_record_not_found"),
            QStringLiteral("No %1 has the id %2.").arg(team ? QStringLiteral("team") : QStringLiteral("user"), *id),
            field};
    return std::nullopt;
}

std::optional<AssertEngine::Failure> AssertEngine::keepMatchRow(const QString &matchEmail, bool creating,
                                                                QJsonArray &emails)
{
    const QString emailKey = QStringLiteral("email");
    bool hasMatchRow = false;
    for (const QJsonValue &r : std::as_const(emails))
        hasMatchRow
            = hasMatchRow || EmailMatch::key(r.toObject().value(emailKey).toString()) == EmailMatch::key(matchEmail);
    if (hasMatchRow)
        return std::nullopt;
    if (!creating)
        return Failure {
            422, QStringLiteral("field_value_invalid"),
            QStringLiteral("contact_emails must keep %1, the address this assert matched on.").arg(matchEmail),
            QStringLiteral("attributes.contact_emails")};
    // On create the match email becomes a row, primary unless another row already is.
    const bool anyPrimary = !primaryOf(emails, emailKey).isNull();
    emails.prepend(QJsonObject {{QStringLiteral("id"), newId()},
                                {emailKey, matchEmail},
                                {QStringLiteral("is_primary"), !anyPrimary},
                                {QStringLiteral("labels"), QJsonArray()}});
    return std::nullopt;
}

std::optional<AssertEngine::Failure> AssertEngine::checkEmailsFree(const QJsonObject &contact) const
{
    const QString id = contact.value(QLatin1String("id")).toString();
    const QJsonArray emails = contact.value(QLatin1String("contact_emails")).toArray();
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString email = emails.at(i).toObject().value(QLatin1String("email")).toString();
        const QString owner = m_store.idForEmail(email);
        if (!owner.isEmpty() && owner != id)
            return Failure {
                422, QStringLiteral("field_value_invalid"),
                QStringLiteral("%1 already belongs to another contact (%2); an email can be on one contact only.")
                    .arg(email, owner),
                QStringLiteral("attributes.contact_emails[%1].email").arg(i)};
    }
    return std::nullopt;
}

HttpReply AssertEngine::contact(const QString &id) const
{
    const auto c = m_store.contact(id);
    if (!c)
        return failureReply(404, QStringLiteral("record_not_found"),
                            QStringLiteral("No contact has the id %1.").arg(id));
    return HttpReply::json(
        200,
        QJsonObject {{QStringLiteral("data"), ContactRecord::render(*c)}, {QStringLiteral("meta"), QJsonObject()}});
}

bool AssertEngine::seed(QJsonObject plain, QString *error)
{
    const QString stamp = nextTimestamp();
    plain.insert(QStringLiteral("id"), newId());
    plain.insert(QStringLiteral("organization_id"), Directory::organizationId());
    plain.insert(QStringLiteral("created_at"), stamp);
    plain.insert(QStringLiteral("updated_at"), stamp);
    plain.insert(QStringLiteral("created_by_user_id"), Directory::apiUserId());
    plain.insert(QStringLiteral("updated_by_user_id"), Directory::apiUserId());
    plain.insert(QStringLiteral("created_source"), QStringLiteral("IMPORT"));
    plain.insert(QStringLiteral("participant_user_id_list"), QJsonArray());
    const QJsonArray emails = plain.value(QLatin1String("contact_emails")).toArray();
    for (const QJsonValue &e : emails)
        if (!m_store.idForEmail(e.toObject().value(QLatin1String("email")).toString()).isEmpty())
            return true; // already there: seeding twice adds nothing
    plain.insert(QStringLiteral("primary_email"), primaryOf(emails, QStringLiteral("email")));
    plain.insert(
        QStringLiteral("primary_phone_number"),
        primaryOf(plain.value(QLatin1String("contact_phone_numbers")).toArray(), QStringLiteral("phone_number")));
    const QString name = displayName(plain);
    plain.insert(QStringLiteral("display_name"), name);
    return m_store.save(plain, error);
}

} // namespace AssertDesk::Sandbox
