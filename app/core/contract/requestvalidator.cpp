#include "requestvalidator.h"

#include "jsonpointer.h"
#include "jsonscan.h"
#include "phonenumbers.h"
#include "valuechecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
};

void add(ValidationProblems &out, ValidationProblem::Severity severity, const QString &pointer, const char *code,
         const QString &message)
{
    out.append({severity, pointer, QString::fromLatin1(code), message});
}

constexpr auto Error = ValidationProblem::Severity::Error;
constexpr auto Warning = ValidationProblem::Severity::Warning;

bool isEnvelope(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.size() == 2 && o.contains(QLatin1String("value")) && o.contains(QLatin1String("value_type"));
}

QString describeParseError(const QByteArray &json, const QJsonParseError &e)
{
    // Turn the byte offset into a line and column a person can find in an editor.
    const qsizetype offset = qBound(qsizetype(0), qsizetype(e.offset), json.size());
    const QByteArray head = json.left(offset);
    const qsizetype line = head.count('\n') + 1;
    const qsizetype column = offset - (head.lastIndexOf('\n') + 1) + 1;
    return Tr::tr("This is not valid JSON: %1 at line %2, column %3.").arg(e.errorString()).arg(line).arg(column);
}

// One attribute of a known field: written on both branches, its envelope (if any) of the field's
// type, then its value.
void checkAttributeValue(const FieldSpec &spec, QJsonValue value, const QString &pointer, const QString &phoneRegion,
                         ValidationProblems &out)
{
    if (!spec.creatable || !spec.updatable)
        add(out, Warning, pointer, spec.creatable ? "field_not_updatable" : "field_not_creatable",
            spec.creatable
                ? Tr::tr("%1 is only written when the contact is created; an update will refuse it.").arg(spec.label)
                : Tr::tr("%1 can only be changed on an existing contact; a create will refuse it.").arg(spec.label));
    QString valuePointer = pointer;
    if (isEnvelope(value)) {
        const QJsonObject env = value.toObject();
        const QString declared = env.value(QLatin1String("value_type")).toString();
        if (!spec.valueType.isEmpty() && declared != spec.valueType)
            add(out, Error, JsonPointer::append(pointer, QStringLiteral("value_type")), "field_value_invalid",
                Tr::tr("%1 is of type \"%2\", but the envelope says \"%3\".")
                    .arg(spec.label, spec.valueType, declared));
        value = env.value(QLatin1String("value"));
        valuePointer = JsonPointer::append(pointer, QStringLiteral("value"));
    }
    ValueChecker::check(spec, value, valuePointer, out, phoneRegion);
}

} // namespace

RequestValidator::RequestValidator(FieldCatalogue catalogue)
    : RequestValidator(std::move(catalogue), PhoneNumbers::systemRegion())
{
}

RequestValidator::RequestValidator(FieldCatalogue catalogue, const QString &phoneRegion)
    : m_catalogue(std::move(catalogue))
    , m_phoneRegion(phoneRegion)
{
    index();
}

void RequestValidator::index()
{
    const QList<FieldSpec> fields = m_catalogue.fields();
    m_names.reserve(fields.size());
    for (const FieldSpec &f : fields)
        m_names.append({f, m_catalogue.isReadOnly(f.name), JsonPointer::append(QStringLiteral("/attributes"), f.name)});
}

// A scan, as FieldCatalogue::field() does (the first of a name): a few dozen names that mostly
// differ in length are compared faster than a QString is hashed.
const RequestValidator::Name *RequestValidator::find(const QString &name) const
{
    for (const Name &n : m_names)
        if (n.spec.name == name)
            return &n;
    return nullptr;
}

RequestValidator::Result RequestValidator::validateJson(const QByteArray &json) const
{
    Result result;
    if (json.trimmed().isEmpty()) {
        result.usable = false;
        add(result.problems, Error, QString(), "not_json", Tr::tr("The request is empty; expected a JSON object."));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.usable = false;
        // A bare string or number is JSON too (RFC 8259), just not an object; say so.
        QJsonParseError wrapped;
        QJsonDocument::fromJson('[' + json + ']', &wrapped);
        if (wrapped.error == QJsonParseError::NoError)
            add(result.problems, Error, QString(), "not_object",
                Tr::tr("The request is a single JSON value; expected an object with \"match\" and \"attributes\"."));
        else
            add(result.problems, Error, QString(), "not_json", describeParseError(json, parseError));
        return result;
    }
    if (!doc.isObject()) {
        result.usable = false;
        add(result.problems, Error, QString(), "not_object",
            doc.isArray() ? Tr::tr("The request is a JSON list; expected an object with \"match\" and \"attributes\".")
                          : Tr::tr("The request is not a JSON object; expected \"match\" and \"attributes\"."));
        return result;
    }
    result.body = doc.object();
    result.problems = validate(result.body);

    const JsonScanResult scan = JsonScan::scan(json);
    for (const auto &d : scan.duplicateKeys)
        add(result.problems, Warning, JsonPointer::append(d.objectPointer, d.key), "duplicate_key",
            Tr::tr("\"%1\" is written twice in the same block; only one of the values will be used.").arg(d.key));
    for (auto it = scan.inexactNumbers.cbegin(); it != scan.inexactNumbers.cend(); ++it)
        add(result.problems, Warning, it.key(), "number_precision",
            Tr::tr("The number %1 has more digits than can be kept exactly; write it as text.")
                .arg(QString::fromLatin1(it.value())));
    return result;
}

ValidationProblems RequestValidator::validate(const QJsonObject &body) const
{
    ValidationProblems out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("match") || key == QLatin1String("attributes"))
            continue;
        if (key == QLatin1String("relationships"))
            add(out, Error, QStringLiteral("/relationships"), "relationships_not_allowed",
                Tr::tr("An assert cannot carry a relationships block; relationships are set through their own "
                       "endpoint. Remove it."));
        else
            add(out, Warning, JsonPointer::append(QString(), key), "unknown_top_level_key",
                Tr::tr("\"%1\" is not part of an assert request (only match and attributes are); the server may "
                       "refuse it.")
                    .arg(key));
    }
    checkMatch(body, out);
    checkAttributes(body, out);
    return out;
}

void RequestValidator::checkMatch(const QJsonObject &body, ValidationProblems &out) const
{
    const QJsonValue matchValue = body.value(QLatin1String("match"));
    // Named in messages only: joined when a problem needs it, not for every row of a batch.
    const auto allowed = [this] { return m_catalogue.matchKeys().join(QLatin1String(", ")); };
    if (matchValue.isUndefined()) {
        add(out, Error, QStringLiteral("/match"), "match_missing",
            Tr::tr("There is no match block: say which email identifies the contact (%1).").arg(allowed()));
        return;
    }
    if (!matchValue.isObject()) {
        add(out, Error, QStringLiteral("/match"), "match_not_object",
            Tr::tr("The match block must be an object such as {\"primary_email\": \"name@example.com\"}."));
        return;
    }
    const QJsonObject match = matchValue.toObject();
    if (match.size() != 1) {
        add(out, Error, QStringLiteral("/match"), "match_key_count",
            match.isEmpty()
                ? Tr::tr("The match block is empty: give exactly one key (%1).").arg(allowed())
                : Tr::tr("The match block has %1 keys; give exactly one (%2).").arg(match.size()).arg(allowed()));
    }
    for (auto it = match.begin(); it != match.end(); ++it) {
        const QString key = it.key();
        // Written for a problem only: nearly every row's match is fine.
        const auto pointer = [&key] { return JsonPointer::append(QStringLiteral("/match"), key); };
        const Name *name = find(key);
        if (!name || !name->spec.matchKey) {
            add(out, Error, pointer(), "match_key_not_allowed",
                Tr::tr("\"%1\" cannot be used to match a contact; use one of %2.").arg(key, allowed()));
            continue;
        }
        if (!it.value().isString()) {
            add(out, Error, pointer(), "match_value_invalid",
                Tr::tr("The match value must be a plain email address in quotes."));
            continue;
        }
        const QString email = it.value().toString();
        if (ValueChecker::hasSurroundingSpace(email)) {
            FieldSpec asMatch = name->spec;
            asMatch.label = Tr::tr("The match email");
            ValueChecker::checkWhitespace(asMatch, email, pointer(), out);
        }
        if (!ValueChecker::isValidEmail(email.trimmed()))
            add(out, Error, pointer(), "match_value_invalid",
                Tr::tr("The match value \"%1\" is not an email address (like name@example.com).").arg(email.trimmed()));
    }
}

void RequestValidator::checkAttributes(const QJsonObject &body, ValidationProblems &out) const
{
    const QJsonValue attrsValue = body.value(QLatin1String("attributes"));
    if (attrsValue.isUndefined()) {
        add(out, Error, QStringLiteral("/attributes"), "attributes_missing",
            Tr::tr("There is no attributes block: set at least one field, so the contact can be created if no "
                   "match is found."));
        return;
    }
    if (!attrsValue.isObject()) {
        add(out, Error, QStringLiteral("/attributes"), "attributes_not_object",
            Tr::tr("The attributes block must be an object of field names and values."));
        return;
    }
    const QJsonObject attrs = attrsValue.toObject();
    if (attrs.isEmpty()) {
        add(out, Error, QStringLiteral("/attributes"), "attributes_empty",
            Tr::tr("Set at least one field: an assert with no attributes is refused, because a new contact "
                   "would have nothing in it."));
        return;
    }
    const QJsonObject match = body.value(QLatin1String("match")).toObject();
    bool allNull = true;
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        const QString name = it.key(); // a new string each time it is asked for: asked once
        if (!it.value().isNull())
            allNull = false;
        if (const Name *field = fieldToCheck(name, match, out))
            checkAttributeValue(field->spec, it.value(), field->pointer, m_phoneRegion, out);
    }
    if (allNull)
        add(out, Warning, QStringLiteral("/attributes"), "attributes_all_null",
            Tr::tr("Every attribute is null: if no contact matches, the new contact would be empty."));
}

const RequestValidator::Name *RequestValidator::fieldToCheck(const QString &name, const QJsonObject &match,
                                                             ValidationProblems &out) const
{
    const Name *field = find(name);
    // Written for a problem only; a known field's is in the index.
    const auto pointer
        = [&] { return field ? field->pointer : JsonPointer::append(QStringLiteral("/attributes"), name); };
    if (match.contains(name)) {
        add(out, Error, pointer(), "field_in_both_blocks",
            Tr::tr("%1 is the match key, so it cannot also be set in attributes (the match key never "
                   "changes on update). Remove it from attributes.")
                .arg(field ? field->spec.label : name));
        return nullptr;
    }
    if (name == QLatin1String("display_name")) {
        add(out, Error, pointer(), "field_not_creatable",
            Tr::tr("Display name is worked out by the server from first and last name; set those instead."));
        return nullptr;
    }
    if (field ? field->readOnly : m_catalogue.isReadOnly(name)) {
        add(out, Error, pointer(), "field_not_creatable",
            Tr::tr("\"%1\" is set by the system and cannot be written.").arg(name));
        return nullptr;
    }
    if (!field) {
        if (m_catalogue.isAuthoritative())
            add(out, Error, pointer(), "unknown_field",
                Tr::tr("\"%1\" is not a contact field in this workspace.").arg(name));
        else
            add(out, Warning, pointer(), "unknown_field",
                Tr::tr("\"%1\" is not a standard contact field; it works only if your workspace has it. "
                       "Fetch the schema to check.")
                    .arg(name));
    }
    return field;
}

} // namespace AssertDesk::Contract
