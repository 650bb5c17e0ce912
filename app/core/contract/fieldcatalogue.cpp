#include "fieldcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AssertDesk::Contract {

namespace {

FieldSpec writable(const char *name, const char *label, WriteShape shape, const char *valueType, bool isArray = false,
                   bool matchKey = false)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.label = QCoreApplication::translate("FieldCatalogue", label);
    f.shape = shape;
    f.valueType = QString::fromLatin1(valueType);
    f.isArray = isArray;
    f.matchKey = matchKey;
    f.creatable = true;
    f.updatable = true;
    return f;
}

WriteShape shapeForValueType(const QString &valueType)
{
    static const QHash<QString, WriteShape> map = {
        {QStringLiteral("string"), WriteShape::Text},
        {QStringLiteral("long_text"), WriteShape::Text},
        {QStringLiteral("rich_text"), WriteShape::Text},
        {QStringLiteral("email"), WriteShape::Email},
        {QStringLiteral("phone_number"), WriteShape::Phone},
        {QStringLiteral("boolean"), WriteShape::Boolean},
        {QStringLiteral("url"), WriteShape::Url},
        {QStringLiteral("address"), WriteShape::Address},
        {QStringLiteral("contact_stage"), WriteShape::Stage},
        {QStringLiteral("record_reference"), WriteShape::Reference},
        {QStringLiteral("contact_email"), WriteShape::ContactEmails},
        {QStringLiteral("contact_phone_number"), WriteShape::ContactPhoneNumbers},
        {QStringLiteral("number"), WriteShape::Number},
        {QStringLiteral("percent"), WriteShape::Number},
    };
    return map.value(valueType, WriteShape::Any);
}

// The field descriptors of a schema document. Its layout is not documented: the attributes (or
// fields) may sit under "data" or at the top, as a list of descriptors or an object keyed by name.
QList<QJsonObject> schemaDescriptors(QJsonObject root)
{
    if (root.value(QLatin1String("data")).isObject())
        root = root.value(QLatin1String("data")).toObject();
    const QJsonValue attrs = root.value(QLatin1String("attributes")).isUndefined()
        ? root.value(QLatin1String("fields"))
        : root.value(QLatin1String("attributes"));
    QList<QJsonObject> descriptors;
    if (attrs.isArray()) {
        for (const QJsonValue &v : attrs.toArray())
            if (v.isObject())
                descriptors << v.toObject();
    } else if (attrs.isObject()) {
        const QJsonObject o = attrs.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonObject d = it.value().toObject();
            if (!d.contains(QLatin1String("name")))
                d.insert(QStringLiteral("name"), it.key());
            descriptors << d;
        }
    }
    return descriptors;
}

QString descriptorName(const QJsonObject &d)
{
    const QString name = d.value(QLatin1String("name")).toString();
    return name.isEmpty() ? d.value(QLatin1String("api_name")).toString() : name;
}

// A field as the schema describes it; a built-in one (known) keeps what the schema leaves out,
// its shape included.
FieldSpec fieldFromDescriptor(const QJsonObject &d, const QString &name, const FieldSpec *known)
{
    const QJsonObject typeInfo = d.value(QLatin1String("type_info")).toObject();
    FieldSpec f = known ? *known : FieldSpec {};
    f.name = name;
    const QString label = d.value(QLatin1String("display_name")).toString(d.value(QLatin1String("label")).toString());
    if (!label.isEmpty())
        f.label = label;
    else if (f.label.isEmpty())
        f.label = name;
    const QString vt = typeInfo.value(QLatin1String("value_type")).toString();
    if (!vt.isEmpty()) {
        f.valueType = vt;
        if (!known)
            f.shape = shapeForValueType(vt);
    }
    if (typeInfo.contains(QLatin1String("is_array")))
        f.isArray = typeInfo.value(QLatin1String("is_array")).toBool();
    f.creatable = d.value(QLatin1String("is_creatable")).toBool(f.creatable);
    f.updatable = d.value(QLatin1String("is_updatable")).toBool(f.updatable);
    f.custom = !known;
    // A unique email field can carry the match, as contact_emails does.
    if (d.value(QLatin1String("is_unique")).toBool()
        && (f.shape == WriteShape::Email || f.shape == WriteShape::ContactEmails))
        f.matchKey = true;
    return f;
}

} // namespace

FieldCatalogue FieldCatalogue::builtIn()
{
    FieldCatalogue c;
    c.m_fields = {
        writable("primary_email", QT_TRANSLATE_NOOP("FieldCatalogue", "Primary email"), WriteShape::Email, "email",
                 false, true),
        writable("first_name", QT_TRANSLATE_NOOP("FieldCatalogue", "First name"), WriteShape::Text, "string"),
        writable("middle_name", QT_TRANSLATE_NOOP("FieldCatalogue", "Middle name"), WriteShape::Text, "string"),
        writable("last_name", QT_TRANSLATE_NOOP("FieldCatalogue", "Last name"), WriteShape::Text, "string"),
        writable("title", QT_TRANSLATE_NOOP("FieldCatalogue", "Job title"), WriteShape::Text, "string"),
        writable("department", QT_TRANSLATE_NOOP("FieldCatalogue", "Department"), WriteShape::Text, "string"),
        writable("primary_phone_number", QT_TRANSLATE_NOOP("FieldCatalogue", "Primary phone"), WriteShape::Phone,
                 "phone_number"),
        writable("sms_consent", QT_TRANSLATE_NOOP("FieldCatalogue", "SMS consent"), WriteShape::Boolean, "boolean"),
        writable("address", QT_TRANSLATE_NOOP("FieldCatalogue", "Address"), WriteShape::Address, "address"),
        writable("stage", QT_TRANSLATE_NOOP("FieldCatalogue", "Stage"), WriteShape::Stage, "contact_stage"),
        writable("owner_user_id", QT_TRANSLATE_NOOP("FieldCatalogue", "Owner (user)"), WriteShape::Reference,
                 "record_reference"),
        writable("owner_team_id", QT_TRANSLATE_NOOP("FieldCatalogue", "Owner (team)"), WriteShape::Reference,
                 "record_reference"),
        writable("contact_emails", QT_TRANSLATE_NOOP("FieldCatalogue", "Emails"), WriteShape::ContactEmails,
                 "contact_email", true, true),
        writable("contact_phone_numbers", QT_TRANSLATE_NOOP("FieldCatalogue", "Phone numbers"),
                 WriteShape::ContactPhoneNumbers, "contact_phone_number", true),
        writable("linkedin_url", QT_TRANSLATE_NOOP("FieldCatalogue", "LinkedIn URL"), WriteShape::Url, "string"),
        writable("zoominfo_url", QT_TRANSLATE_NOOP("FieldCatalogue", "ZoomInfo URL"), WriteShape::Url, "string"),
        writable("x_url", QT_TRANSLATE_NOOP("FieldCatalogue", "X URL"), WriteShape::Url, "string"),
        writable("facebook_url", QT_TRANSLATE_NOOP("FieldCatalogue", "Facebook URL"), WriteShape::Url, "string"),
    };
    c.m_readOnly = {
        QStringLiteral("id"),
        QStringLiteral("organization_id"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("display_name"),
        QStringLiteral("created_by_user_id"),
        QStringLiteral("updated_by_user_id"),
        QStringLiteral("archived_by_user_id"),
        QStringLiteral("participant_user_id_list"),
        QStringLiteral("created_source"),
        QStringLiteral("created_source_form_submission_details"),
        QStringLiteral("phone_enriched_at"),
        QStringLiteral("email_enriched_at"),
        QStringLiteral("email_enrich_status"),
        QStringLiteral("phone_number_enrich_status"),
        QStringLiteral("last_activity_at"),
        QStringLiteral("last_voice_call"),
        QStringLiteral("last_meeting"),
        QStringLiteral("last_global_thread"),
        QStringLiteral("last_engaged_at"),
        QStringLiteral("last_outreached_at"),
        QStringLiteral("last_inbound_meeting_at"),
        QStringLiteral("last_inbound_voice_call_at"),
        QStringLiteral("last_inbound_global_thread_at"),
        QStringLiteral("last_outbound_meeting_at"),
        QStringLiteral("last_outbound_voice_call_at"),
        QStringLiteral("last_outbound_global_thread_at"),
        QStringLiteral("archived_at"),
    };
    return c;
}

bool FieldCatalogue::mergeSchema(const QByteArray &schemaJson, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("FieldCatalogue", "The schema is not a JSON object: %1")
                         .arg(parseError.errorString());
        return false;
    }
    const QList<QJsonObject> descriptors = schemaDescriptors(doc.object());
    if (descriptors.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FieldCatalogue", "The schema lists no attributes");
        return false;
    }

    QList<FieldSpec> merged;
    QStringList readOnly;
    for (const QJsonObject &d : descriptors) {
        const QString name = descriptorName(d);
        if (name.isEmpty())
            continue;
        const FieldSpec f = fieldFromDescriptor(d, name, field(name));
        if (!f.creatable && !f.updatable)
            readOnly << name;
        else
            merged << f;
    }
    // Built-in fields the schema did not mention are kept: an older server may omit them.
    for (const FieldSpec &f : std::as_const(m_fields)) {
        const bool present
            = std::any_of(merged.cbegin(), merged.cend(), [&](const FieldSpec &m) { return m.name == f.name; });
        if (!present && !readOnly.contains(f.name))
            merged << f;
    }
    m_fields = merged;
    for (const QString &r : std::as_const(readOnly))
        if (!m_readOnly.contains(r))
            m_readOnly << r;
    m_authoritative = true;
    return true;
}

const FieldSpec *FieldCatalogue::field(const QString &name) const
{
    for (const FieldSpec &f : m_fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QList<FieldSpec> FieldCatalogue::writableFields() const
{
    QList<FieldSpec> out;
    for (const FieldSpec &f : m_fields)
        if (f.creatable || f.updatable)
            out << f;
    return out;
}

QStringList FieldCatalogue::matchKeys() const
{
    QStringList out;
    for (const FieldSpec &f : m_fields)
        if (f.matchKey)
            out << f.name;
    return out;
}

bool FieldCatalogue::isReadOnly(const QString &name) const
{
    return m_readOnly.contains(name);
}

QStringList FieldCatalogue::emailLabels()
{
    return {QStringLiteral("PERSONAL"), QStringLiteral("WORK"), QStringLiteral("MOBILE")};
}

QStringList FieldCatalogue::addressKeys()
{
    return {QStringLiteral("street_one"), QStringLiteral("street_two"), QStringLiteral("city"),
            QStringLiteral("state"),      QStringLiteral("country"),    QStringLiteral("zip_code")};
}

} // namespace AssertDesk::Contract
