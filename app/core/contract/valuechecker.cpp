#include "valuechecker.h"

#include "fieldcatalogue.h"
#include "jsonpointer.h"
#include "phonenumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValueChecker)
};

void add(ValidationProblems &out, ValidationProblem::Severity severity, const QString &pointer, const char *code,
         const QString &message)
{
    out.append({severity, pointer, QString::fromLatin1(code), message});
}

void invalid(ValidationProblems &out, const QString &pointer, const QString &message)
{
    add(out, ValidationProblem::Severity::Error, pointer, "field_value_invalid", message);
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("true/false");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("text");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

} // namespace

bool ValueChecker::isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (email.size() > 254 || email.contains(QLatin1String("..")))
        return false;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.size() > 64)
        return false;
    return re.match(email).hasMatch();
}

bool ValueChecker::isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

bool ValueChecker::isValidUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

bool ValueChecker::isValidPhone(const QString &text)
{
    return isValidPhone(text, PhoneNumbers::systemRegion());
}

bool ValueChecker::isValidPhone(const QString &text, const QString &region)
{
    return PhoneNumbers::read(text, region).isValid();
}

bool ValueChecker::isE164(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return re.match(text).hasMatch();
}

void ValueChecker::checkWhitespace(const FieldSpec &field, const QString &text, const QString &pointer,
                                   ValidationProblems &out)
{
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        add(out, ValidationProblem::Severity::Warning, pointer, "surrounding_whitespace",
            Tr::tr("%1 starts or ends with spaces; they may be stored as typed.").arg(field.label));
}

void ValueChecker::checkPhone(const QString &label, const QString &text, const QString &pointer,
                              const QString &phoneRegion, ValidationProblems &out)
{
    const PhoneNumbers::Reading reading = PhoneNumbers::read(text, phoneRegion);
    if (reading.verdict == PhoneNumbers::Verdict::Unchecked) // a broken installation holds no send back
        add(out, ValidationProblem::Severity::Warning, pointer, "phone_not_checked",
            Tr::tr("%1 \"%2\" is sent as written: %3.").arg(label, text, PhoneNumbers::whyNotValid(reading)));
    else if (!reading.isValid())
        invalid(
            out, pointer,
            Tr::tr("%1 \"%2\" is not a valid phone number: %3.").arg(label, text, PhoneNumbers::whyNotValid(reading)));
    else if (!reading.extension.isEmpty())
        add(out, ValidationProblem::Severity::Warning, pointer, "phone_not_e164",
            Tr::tr("%1 \"%2\" has an extension, which international (E.164) form cannot carry, so it is sent as "
                   "written; without it the number is %3.")
                .arg(label, text, reading.e164));
    else if (text != reading.e164)
        add(out, ValidationProblem::Severity::Warning, pointer, "phone_not_e164",
            Tr::tr("%1 \"%2\" is not in international form; it is %3 in E.164, which the form sends once the "
                   "number is edited there.")
                .arg(label, text, reading.e164));
}

void ValueChecker::check(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                         ValidationProblems &out)
{
    check(field, value, pointer, out, PhoneNumbers::systemRegion());
}

void ValueChecker::check(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                         ValidationProblems &out, const QString &phoneRegion)
{
    if (value.isNull())
        return; // null clears the field; allowed on every writable field
    const QString &label = field.label;
    switch (field.shape) {
    case WriteShape::Text:
    case WriteShape::Email:
    case WriteShape::Phone:
    case WriteShape::Url:
    case WriteShape::Stage: {
        if (!value.isString()) {
            invalid(out, pointer, Tr::tr("%1 must be text, not %2.").arg(label, jsonTypeName(value)));
            return;
        }
        const QString text = value.toString();
        checkWhitespace(field, text, pointer, out);
        const QString t = text.trimmed();
        if (field.shape == WriteShape::Email && !isValidEmail(t)) {
            invalid(out, pointer, Tr::tr("%1 \"%2\" is not an email address (like name@example.com).").arg(label, t));
        } else if (field.shape == WriteShape::Phone) {
            checkPhone(label, t, pointer, phoneRegion, out);
        } else if (field.shape == WriteShape::Url && !isValidUrl(t)) {
            invalid(out, pointer, Tr::tr("%1 \"%2\" is not a web address starting with https://.").arg(label, t));
        } else if (field.shape == WriteShape::Stage) {
            static const QRegularExpression apiName(QStringLiteral("^[a-z0-9_]+$"));
            if (t.isEmpty())
                invalid(out, pointer, Tr::tr("%1 is empty; write the stage's API name, e.g. \"working\".").arg(label));
            else if (!apiName.match(t).hasMatch())
                add(out, ValidationProblem::Severity::Warning, pointer, "stage_not_api_name",
                    Tr::tr("%1 \"%2\" looks like a display name; stages are written by API name, e.g. \"working\".")
                        .arg(label, t));
        }
        return;
    }
    case WriteShape::Boolean:
        if (!value.isBool()) {
            const QString hint = value.isString() ? Tr::tr(" Write true or false without quotes.") : QString();
            invalid(out, pointer, Tr::tr("%1 must be true or false, not %2.").arg(label, jsonTypeName(value)) + hint);
        }
        return;
    case WriteShape::Number:
        if (!value.isDouble())
            invalid(out, pointer, Tr::tr("%1 must be a number, not %2.").arg(label, jsonTypeName(value)));
        return;
    case WriteShape::Address: checkAddress(field, value, pointer, out); return;
    case WriteShape::Reference: checkReference(field, value, pointer, out); return;
    case WriteShape::ContactEmails:
    case WriteShape::ContactPhoneNumbers: checkContactList(field, value, pointer, phoneRegion, out); return;
    case WriteShape::Any: return;
    }
}

void ValueChecker::checkAddress(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                                ValidationProblems &out)
{
    if (!value.isObject()) {
        invalid(out, pointer,
                Tr::tr("%1 must be an object with street_one, city, zip_code and so on, not %2.")
                    .arg(field.label, jsonTypeName(value)));
        return;
    }
    const QStringList allowed = FieldCatalogue::addressKeys();
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = JsonPointer::append(pointer, it.key());
        if (!allowed.contains(it.key())) {
            invalid(out, p,
                    Tr::tr("%1 has no part \"%2\"; the parts are %3.")
                        .arg(field.label, it.key(), allowed.join(QLatin1String(", "))));
        } else if (!it.value().isString() && !it.value().isNull()) {
            invalid(out, p, Tr::tr("%1 %2 must be text, not %3.").arg(field.label, it.key(), jsonTypeName(it.value())));
        } else if (it.value().isString()) {
            FieldSpec part = field;
            part.label = field.label + QLatin1Char(' ') + it.key();
            checkWhitespace(part, it.value().toString(), p, out);
        }
    }
}

void ValueChecker::checkReference(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                                  ValidationProblems &out)
{
    const QString forms = Tr::tr("a record id (UUID), {\"related_record_id\": UUID} or "
                                 "{\"related_record_match\": {\"email\": ...}}");
    if (value.isString()) {
        if (!isUuid(value.toString().trimmed()))
            invalid(out, pointer, Tr::tr("%1 \"%2\" is not a record id (UUID).").arg(field.label, value.toString()));
        return;
    }
    if (!value.isObject()) {
        invalid(out, pointer, Tr::tr("%1 must be %2.").arg(field.label, forms));
        return;
    }
    const QJsonObject o = value.toObject();
    if (o.size() == 1 && o.contains(QLatin1String("related_record_id"))) {
        const QJsonValue id = o.value(QLatin1String("related_record_id"));
        if (!id.isString() || !isUuid(id.toString().trimmed()))
            invalid(out, JsonPointer::append(pointer, QStringLiteral("related_record_id")),
                    Tr::tr("%1 related_record_id must be a record id (UUID).").arg(field.label));
        return;
    }
    if (o.size() == 1 && o.contains(QLatin1String("related_record_match"))) {
        const QJsonObject m = o.value(QLatin1String("related_record_match")).toObject();
        const QString p = JsonPointer::append(pointer, QStringLiteral("related_record_match"));
        if (m.size() != 1 || !m.value(QLatin1String("email")).isString()) {
            invalid(out, p, Tr::tr("%1 related_record_match must be {\"email\": \"...\"}.").arg(field.label));
            return;
        }
        const QString email = m.value(QLatin1String("email")).toString().trimmed();
        if (!isValidEmail(email))
            invalid(out, JsonPointer::append(p, QStringLiteral("email")),
                    Tr::tr("%1 match email \"%2\" is not an email address.").arg(field.label, email));
        return;
    }
    invalid(out, pointer, Tr::tr("%1 must be %2.").arg(field.label, forms));
}

namespace {

// One contact list being checked: what each row is checked against, and the values seen so far.
struct ContactList
{
    const FieldSpec &field;
    QString itemKey; // "email" or "phone_number"
    QString pointer;
    QString phoneRegion;
    QStringList labels;
    QSet<QString> seen;
    ValidationProblems &out;

    bool emails() const { return field.shape == WriteShape::ContactEmails; }
};

// The same address or number however it is written: an email in any case, a phone number in
// E.164 (with its extension), so "+1 (415) 555-1234" and "+14155551234" are one number.
QString sameValueKey(const ContactList &list, const QString &text)
{
    if (list.emails())
        return text.toLower();
    const PhoneNumbers::Reading reading = PhoneNumbers::read(text, list.phoneRegion);
    return reading.extension.isEmpty() ? reading.e164 : reading.e164 + QStringLiteral(";ext=") + reading.extension;
}

// One row's email or phone number: text, well formed, and not listed before in this field.
void checkContactRowValue(ContactList &list, const QString &row, const QJsonValue &v, const QString &vp)
{
    FieldSpec rowSpec = list.field;
    rowSpec.label = row;
    ValueChecker::checkWhitespace(rowSpec, v.toString(), vp, list.out);
    const QString t = v.toString().trimmed();
    const bool ok = list.emails() ? ValueChecker::isValidEmail(t) : ValueChecker::isValidPhone(t, list.phoneRegion);
    if (!ok) {
        if (list.emails())
            invalid(list.out, vp, Tr::tr("%1 \"%2\" is not an email address.").arg(row, t));
        else
            ValueChecker::checkPhone(row, t, vp, list.phoneRegion, list.out);
        return;
    }
    const QString key = sameValueKey(list, t);
    if (list.seen.contains(key)) {
        // A row listed twice is removed, not rewritten: how it is written matters no more.
        add(list.out, ValidationProblem::Severity::Error, vp,
            list.emails() ? "duplicate_email" : "duplicate_phone_number",
            Tr::tr("%1 \"%2\" is listed twice.").arg(row, t));
        return;
    }
    list.seen.insert(key);
    if (!list.emails())
        ValueChecker::checkPhone(row, t, vp, list.phoneRegion, list.out); // the form it is written in
}

void checkContactRowLabels(const QString &row, const QJsonValue &rowLabels, const QString &ip,
                           const QStringList &labels, ValidationProblems &out)
{
    if (rowLabels.isUndefined())
        return;
    if (!rowLabels.isArray()) {
        invalid(out, JsonPointer::append(ip, QStringLiteral("labels")),
                Tr::tr("%1 labels must be a list such as [\"WORK\"].").arg(row));
        return;
    }
    const QJsonArray ls = rowLabels.toArray();
    for (qsizetype j = 0; j < ls.size(); ++j) {
        if (!labels.contains(ls.at(j).toString()))
            add(out, ValidationProblem::Severity::Error,
                JsonPointer::append(JsonPointer::append(ip, QStringLiteral("labels")), j), "unknown_label",
                Tr::tr("%1 label \"%2\" is not one of %3.")
                    .arg(row, ls.at(j).isString() ? ls.at(j).toString() : jsonTypeName(ls.at(j)),
                         labels.join(QLatin1String(", "))));
    }
}

// Row i of a contact list; returns whether it is marked primary.
bool checkContactRow(ContactList &list, const QJsonValue &value, qsizetype i)
{
    ValidationProblems &out = list.out;
    const QString ip = JsonPointer::append(list.pointer, i);
    const QString row = Tr::tr("%1 row %2").arg(list.field.label).arg(i + 1);
    if (!value.isObject()) {
        invalid(out, ip, Tr::tr("%1 must be an object, not %2.").arg(row, jsonTypeName(value)));
        return false;
    }
    const QJsonObject item = value.toObject();
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (it.key() != list.itemKey && it.key() != QLatin1String("is_primary") && it.key() != QLatin1String("labels"))
            invalid(out, JsonPointer::append(ip, it.key()), Tr::tr("%1 has an unknown key \"%2\".").arg(row, it.key()));
    }
    const QString vp = JsonPointer::append(ip, list.itemKey);
    const QJsonValue v = item.value(list.itemKey);
    if (!v.isString())
        invalid(out, vp, Tr::tr("%1 needs \"%2\" as text.").arg(row, list.itemKey));
    else
        checkContactRowValue(list, row, v, vp);
    const QJsonValue primary = item.value(QLatin1String("is_primary"));
    if (!primary.isUndefined() && !primary.isBool())
        invalid(out, JsonPointer::append(ip, QStringLiteral("is_primary")),
                Tr::tr("%1 is_primary must be true or false.").arg(row));
    checkContactRowLabels(row, item.value(QLatin1String("labels")), ip, list.labels, out);
    return primary.toBool();
}

} // namespace

void ValueChecker::checkContactList(const FieldSpec &field, const QJsonValue &value, const QString &pointer,
                                    const QString &phoneRegion, ValidationProblems &out)
{
    const QString itemKey
        = field.shape == WriteShape::ContactEmails ? QStringLiteral("email") : QStringLiteral("phone_number");
    if (!value.isArray()) {
        invalid(out, pointer,
                Tr::tr("%1 must be a list of {\"%2\", \"is_primary\", \"labels\"}, not %3.")
                    .arg(field.label, itemKey, jsonTypeName(value)));
        return;
    }
    const QJsonArray items = value.toArray();
    ContactList list {field, itemKey, pointer, phoneRegion, FieldCatalogue::emailLabels(), {}, out};
    int primaries = 0;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (checkContactRow(list, items.at(i), i))
            ++primaries;
    if (!items.isEmpty() && primaries != 1)
        add(out, ValidationProblem::Severity::Error, pointer, "primary_count",
            primaries == 0 ? Tr::tr("%1: mark exactly one row as primary; none is.").arg(field.label)
                           : Tr::tr("%1: mark exactly one row as primary; %2 are.").arg(field.label).arg(primaries));
}

} // namespace AssertDesk::Contract
