#include "contactrecord.h"

#include "directory.h"

#include "fieldcatalogue.h"

#include <QJsonArray>

namespace AssertDesk::Sandbox::ContactRecord {

namespace {

struct Column
{
    const char *name;
    const char *valueType;
    bool isArray;
};

// The vendor example's attributes, in its order.
constexpr Column kColumns[] = {
    {"id", "uuid", false},
    {"organization_id", "uuid", false},
    {"created_at", "timestamp", false},
    {"updated_at", "timestamp", false},
    {"display_name", "string", false},
    {"stage", "contact_stage", false},
    {"created_by_user_id", "record_reference", false},
    {"participant_user_id_list", "record_reference", true},
    {"first_name", "string", false},
    {"last_name", "string", false},
    {"middle_name", "string", false},
    {"title", "string", false},
    {"department", "string", false},
    {"primary_email", "email", false},
    {"primary_phone_number", "phone_number", false},
    {"sms_consent", "boolean", false},
    {"address", "address", false},
    {"contact_emails", "contact_email", true},
    {"contact_phone_numbers", "contact_phone_number", true},
    {"linkedin_url", "string", false},
    {"zoominfo_url", "string", false},
    {"x_url", "string", false},
    {"facebook_url", "string", false},
    {"owner_user_id", "record_reference", false},
    {"owner_team_id", "record_reference", false},
    {"updated_by_user_id", "record_reference", false},
    {"archived_by_user_id", "record_reference", false},
    {"created_source", "enum", false},
    {"created_source_form_submission_details", "created_source_form_submission_details", false},
    {"phone_enriched_at", "timestamp", false},
    {"email_enriched_at", "timestamp", false},
    {"email_enrich_status", "enum", false},
    {"phone_number_enrich_status", "enum", false},
    {"last_activity_at", "timestamp", false},
    {"last_voice_call", "timestamp", false},
    {"last_meeting", "timestamp", false},
    {"last_global_thread", "timestamp", false},
    {"last_engaged_at", "timestamp", false},
    {"last_outreached_at", "timestamp", false},
    {"last_inbound_meeting_at", "timestamp", false},
    {"last_inbound_voice_call_at", "timestamp", false},
    {"last_inbound_global_thread_at", "timestamp", false},
    {"last_outbound_meeting_at", "timestamp", false},
    {"last_outbound_voice_call_at", "timestamp", false},
    {"last_outbound_global_thread_at", "timestamp", false},
    {"archived_at", "timestamp", false},
    // A custom field of the sandbox workspace: the schema is how a client learns of it.
    {"lead_source", "string", false},
};

QJsonObject envelope(const QJsonValue &value, const char *valueType)
{
    return QJsonObject {{QStringLiteral("value"), value.isUndefined() ? QJsonValue(QJsonValue::Null) : value},
                        {QStringLiteral("value_type"), QString::fromLatin1(valueType)}};
}

QJsonValue reference(const QJsonValue &id)
{
    if (!id.isString() || id.toString().isEmpty())
        return QJsonValue::Null;
    const QString type = Directory::isTeam(id.toString()) ? QStringLiteral("team") : QStringLiteral("user");
    return QJsonObject {{QStringLiteral("related_record_id"), id.toString()},
                        {QStringLiteral("related_record_type"), type}};
}

QJsonValue stageValue(const QJsonValue &apiName)
{
    const Directory::Stage *s = Directory::stage(apiName.toString());
    if (!s)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("id"), s->id},
                        {QStringLiteral("display_value"), s->displayValue},
                        {QStringLiteral("api_name"), s->apiName},
                        {QStringLiteral("color"), s->color}};
}

} // namespace

QJsonObject render(const QJsonObject &plain)
{
    QJsonObject attributes;
    for (const Column &c : kColumns) {
        const QString name = QString::fromLatin1(c.name);
        const QJsonValue v = plain.value(name);
        const QString type = QString::fromLatin1(c.valueType);
        if (c.isArray) {
            QJsonArray items;
            for (const QJsonValue &item : v.toArray())
                items.append(envelope(type == QLatin1String("record_reference") ? reference(item) : item, c.valueType));
            attributes.insert(name, items);
        } else if (type == QLatin1String("record_reference")) {
            attributes.insert(name, envelope(reference(v), c.valueType));
        } else if (type == QLatin1String("contact_stage")) {
            attributes.insert(name, envelope(stageValue(v), c.valueType));
        } else {
            attributes.insert(name, envelope(v, c.valueType));
        }
    }
    return QJsonObject {{QStringLiteral("id"), plain.value(QLatin1String("id"))},
                        {QStringLiteral("record_type"), QStringLiteral("contact")},
                        {QStringLiteral("created_at"), plain.value(QLatin1String("created_at"))},
                        {QStringLiteral("updated_at"), plain.value(QLatin1String("updated_at"))},
                        {QStringLiteral("attributes"), attributes}};
}

QJsonObject schemaDocument()
{
    const Contract::FieldCatalogue catalogue = Contract::FieldCatalogue::builtIn();
    QJsonArray attributes;
    for (const Column &c : kColumns) {
        const QString name = QString::fromLatin1(c.name);
        const Contract::FieldSpec *f = catalogue.field(name);
        const bool custom = name == QLatin1String("lead_source");
        const bool writable = (f && f->creatable) || custom;
        attributes.append(QJsonObject {
            {QStringLiteral("name"), name},
            {QStringLiteral("display_name"),
             f            ? f->label
                 : custom ? QStringLiteral("Lead source")
                          : name},
            {QStringLiteral("is_creatable"), writable},
            {QStringLiteral("is_updatable"), writable},
            {QStringLiteral("is_required_on_create"), false},
            {QStringLiteral("is_unique"), name == QLatin1String("id") || name == QLatin1String("contact_emails")},
            {QStringLiteral("type_info"),
             QJsonObject {{QStringLiteral("is_array"), c.isArray},
                          {QStringLiteral("value_type"), QString::fromLatin1(c.valueType)}}},
        });
    }
    QJsonArray stages;
    for (const Directory::Stage &s : Directory::stages())
        stages.append(QJsonObject {{QStringLiteral("api_name"), s.apiName},
                                   {QStringLiteral("display_value"), s.displayValue},
                                   {QStringLiteral("color"), s.color}});
    return QJsonObject {{QStringLiteral("data"),
                         QJsonObject {{QStringLiteral("object"), QStringLiteral("contact")},
                                      {QStringLiteral("attributes"), attributes},
                                      {QStringLiteral("stages"), stages}}}};
}

} // namespace AssertDesk::Sandbox::ContactRecord
