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

#include <algorithm>

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

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// One domain label: letters and digits, hyphens only inside.
bool isDomainLabel(QStringView label)
{
    return !label.isEmpty() && isAsciiAlnum(label.front()) && isAsciiAlnum(label.back())
        && std::all_of(label.begin(), label.end(), [](QChar c) { return isAsciiAlnum(c) || c == u'-'; });
}

} // namespace

// Written out rather than as a regular expression: a batch checks up to three addresses a row,
// and the pattern with QString::section() was a tenth of checking a row. It accepts what
// ^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$
// did (tst_valuechecker holds both to the same cases).
bool ValueChecker::isValidEmail(const QString &email)
{
    if (email.size() > 254 || email.contains(QLatin1String("..")))
        return false;
    QStringView text(email);
    if (text.endsWith(u'\n'))
        text.chop(1); // the pattern's $ also matched before a final line break
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at > 64)
        return false;
    const QStringView local = text.first(at);
    static constexpr QStringView kLocalSigns = u"!#$%&'*+/=?^_`{|}~.-";
    if (local.front() == u'.' || local.back() == u'.'
        || !std::all_of(local.begin(), local.end(), [](QChar c) { return isAsciiAlnum(c) || kLocalSigns.contains(c); }))
        return false;
    const QStringView domain = text.sliced(at + 1);
    if (!domain.contains(u'.'))
        return false;
    for (const QStringView label : domain.tokenize(u'.'))
        if (!isDomainLabel(label))
            return false;
    return true;
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

bool ValueChecker::hasSurroundingSpace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

void ValueChecker::checkWhitespace(const FieldSpec &field, const QString &text, const QString &pointer,
                                   ValidationProblems &out)
{
    if (hasSurroundingSpace(text))
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
            // Lower-case letters, digits and underscores (t is trimmed: no line break at its end).
            const auto apiNameSign
                = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; };
            if (t.isEmpty())
                invalid(out, pointer, Tr::tr("%1 is empty; write the stage's API name, e.g. \"working\".").arg(label));
            else if (!std::all_of(t.cbegin(), t.cend(), apiNameSign))
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
    static const QStringList allowed = FieldCatalogue::addressKeys();
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue part = it.value();
        // The part's pointer and label are made for a problem only: a batch checks an address on
        // nearly every row, and nearly every part is fine.
        if (!allowed.contains(key)) {
            invalid(out, JsonPointer::append(pointer, key),
                    Tr::tr("%1 has no part \"%2\"; the parts are %3.")
                        .arg(field.label, key, allowed.join(QLatin1String(", "))));
        } else if (!part.isString() && !part.isNull()) {
            invalid(out, JsonPointer::append(pointer, key),
                    Tr::tr("%1 %2 must be text, not %3.").arg(field.label, key, jsonTypeName(part)));
        } else if (part.isString() && hasSurroundingSpace(part.toString())) {
            FieldSpec partSpec = field;
            partSpec.label = field.label + QLatin1Char(' ') + key;
            checkWhitespace(partSpec, part.toString(), JsonPointer::append(pointer, key), out);
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
    // The values seen so far: a short list's in a list, a long one's (past kFew) in a hash set. A
    // set for every row of a batch was a block large enough that glibc tidied its free blocks
    // first, a tenth of checking a row; a list alone made a 100,000-row list quadratic.
    QStringList seenFew;
    QSet<QString> seenMany;
    ValidationProblems &out;

    static constexpr qsizetype kFew = 16;

    bool emails() const { return field.shape == WriteShape::ContactEmails; }
    bool hasSeen(const QString &key) const
    {
        return seenMany.isEmpty() ? seenFew.contains(key) : seenMany.contains(key);
    }
    void remember(const QString &key)
    {
        if (seenMany.isEmpty() && seenFew.size() < kFew) {
            seenFew.append(key);
            return;
        }
        if (seenMany.isEmpty())
            seenMany = QSet<QString>(seenFew.cbegin(), seenFew.cend());
        seenMany.insert(key);
    }
};

// Row i of a contact list as problems name it: its label ("Emails row 2") and pointers, made
// for a problem only (a batch checks a list on nearly every row, and nearly every row is fine).
struct ContactRow
{
    const ContactList &list;
    qsizetype index;

    QString label() const { return Tr::tr("%1 row %2").arg(list.field.label).arg(index + 1); }
    QString pointer() const { return JsonPointer::append(list.pointer, index); }
    QString pointer(const QString &key) const { return JsonPointer::append(pointer(), key); }
};

// One row's email or phone number: text, well formed, and not listed before in this field. The
// same address or number however it is written: an email in any case, a phone number in E.164
// (with its extension), so "+1 (415) 555-1234" and "+14155551234" are one number.
void checkContactRowValue(ContactList &list, const ContactRow &row, const QString &text)
{
    if (ValueChecker::hasSurroundingSpace(text)) {
        FieldSpec rowSpec = list.field;
        rowSpec.label = row.label();
        ValueChecker::checkWhitespace(rowSpec, text, row.pointer(list.itemKey), list.out);
    }
    const QString t = text.trimmed();
    QString key;
    if (list.emails()) {
        if (!ValueChecker::isValidEmail(t)) {
            invalid(list.out, row.pointer(list.itemKey),
                    Tr::tr("%1 \"%2\" is not an email address.").arg(row.label(), t));
            return;
        }
        key = t.toLower();
    } else {
        const PhoneNumbers::Reading reading = PhoneNumbers::read(t, list.phoneRegion);
        if (!reading.isValid()) {
            ValueChecker::checkPhone(row.label(), t, row.pointer(list.itemKey), list.phoneRegion, list.out);
            return;
        }
        key = reading.extension.isEmpty() ? reading.e164 : reading.e164 + QStringLiteral(";ext=") + reading.extension;
    }
    if (list.hasSeen(key)) {
        // A row listed twice is removed, not rewritten: how it is written matters no more.
        add(list.out, ValidationProblem::Severity::Error, row.pointer(list.itemKey),
            list.emails() ? "duplicate_email" : "duplicate_phone_number",
            Tr::tr("%1 \"%2\" is listed twice.").arg(row.label(), t));
        return;
    }
    list.remember(key);
    if (!list.emails()) // the form it is written in
        ValueChecker::checkPhone(row.label(), t, row.pointer(list.itemKey), list.phoneRegion, list.out);
}

void checkContactRowLabels(const ContactRow &row, const QJsonValue &rowLabels, ValidationProblems &out)
{
    if (rowLabels.isUndefined())
        return;
    if (!rowLabels.isArray()) {
        invalid(out, row.pointer(QStringLiteral("labels")),
                Tr::tr("%1 labels must be a list such as [\"WORK\"].").arg(row.label()));
        return;
    }
    const QStringList &labels = row.list.labels;
    const QJsonArray ls = rowLabels.toArray();
    for (qsizetype j = 0; j < ls.size(); ++j) {
        if (!labels.contains(ls.at(j).toString()))
            add(out, ValidationProblem::Severity::Error, JsonPointer::append(row.pointer(QStringLiteral("labels")), j),
                "unknown_label",
                Tr::tr("%1 label \"%2\" is not one of %3.")
                    .arg(row.label(), ls.at(j).isString() ? ls.at(j).toString() : jsonTypeName(ls.at(j)),
                         labels.join(QLatin1String(", "))));
    }
}

// Row i of a contact list; returns whether it is marked primary.
bool checkContactRow(ContactList &list, const QJsonValue &value, qsizetype i)
{
    ValidationProblems &out = list.out;
    const ContactRow row {list, i};
    if (!value.isObject()) {
        invalid(out, row.pointer(), Tr::tr("%1 must be an object, not %2.").arg(row.label(), jsonTypeName(value)));
        return false;
    }
    const QJsonObject item = value.toObject();
    for (auto it = item.begin(); it != item.end(); ++it) {
        const QString key = it.key();
        if (key != list.itemKey && key != QLatin1String("is_primary") && key != QLatin1String("labels"))
            invalid(out, row.pointer(key), Tr::tr("%1 has an unknown key \"%2\".").arg(row.label(), key));
    }
    const QJsonValue v = item.value(list.itemKey);
    if (!v.isString())
        invalid(out, row.pointer(list.itemKey), Tr::tr("%1 needs \"%2\" as text.").arg(row.label(), list.itemKey));
    else
        checkContactRowValue(list, row, v.toString());
    const QJsonValue primary = item.value(QLatin1String("is_primary"));
    if (!primary.isUndefined() && !primary.isBool())
        invalid(out, row.pointer(QStringLiteral("is_primary")),
                Tr::tr("%1 is_primary must be true or false.").arg(row.label()));
    checkContactRowLabels(row, item.value(QLatin1String("labels")), out);
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
    static const QStringList labels = FieldCatalogue::emailLabels();
    ContactList list {field, itemKey, pointer, phoneRegion, labels, {}, {}, out};
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
