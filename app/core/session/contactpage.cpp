#include "contactpage.h"

#include "visibletext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Session {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactPage)
};

// The body as a JSON object, or why it is not one.
QJsonObject topObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = Tr::tr("the answer is not JSON (%1).").arg(parseError.errorString());
    else if (!doc.isObject())
        *error = Tr::tr("the answer is not a JSON object.");
    return doc.object();
}

// An attribute's value, enveloped ({"value": ..., "value_type": ...}) or raw.
QJsonValue valueOf(const QJsonObject &attributes, const QString &name)
{
    const QJsonValue v = attributes.value(name);
    if (v.isObject() && v.toObject().contains(QLatin1String("value")))
        return v.toObject().value(QLatin1String("value"));
    return v;
}

QString shown(const QString &text)
{
    return Contract::visibleText(text.trimmed());
}

QString nameOf(const QJsonObject &attributes)
{
    const QString display = valueOf(attributes, QStringLiteral("display_name")).toString();
    if (!display.trimmed().isEmpty())
        return shown(display);
    const QString first = valueOf(attributes, QStringLiteral("first_name")).toString();
    const QString last = valueOf(attributes, QStringLiteral("last_name")).toString();
    return shown(QStringList {first.trimmed(), last.trimmed()}.join(QLatin1Char(' ')));
}

// primary_email, else the contact_emails row marked primary, else the first row.
QString primaryEmailOf(const QJsonObject &attributes)
{
    const QString primary = valueOf(attributes, QStringLiteral("primary_email")).toString();
    if (!primary.trimmed().isEmpty())
        return shown(primary);
    QString first;
    for (const QJsonValue &row : valueOf(attributes, QStringLiteral("contact_emails")).toArray()) {
        const QJsonValue item
            = row.toObject().contains(QLatin1String("value")) ? row.toObject().value(QLatin1String("value")) : row;
        const QString email = item.toObject().value(QLatin1String("email")).toString();
        if (item.toObject().value(QLatin1String("is_primary")).toBool() && !email.isEmpty())
            return shown(email);
        if (first.isEmpty())
            first = email;
    }
    return shown(first);
}

QString stageOf(const QJsonObject &attributes)
{
    const QJsonValue stage = valueOf(attributes, QStringLiteral("stage"));
    if (stage.isString())
        return shown(stage.toString());
    const QJsonObject s = stage.toObject();
    const QString display = s.value(QLatin1String("display_value")).toString();
    return shown(display.isEmpty() ? s.value(QLatin1String("api_name")).toString() : display);
}

} // namespace

FoundContact ContactPage::contactOf(const QJsonObject &record)
{
    const QJsonObject attributes = record.value(QLatin1String("attributes")).toObject();
    FoundContact c;
    c.id = record.value(QLatin1String("id")).toString();
    c.name = nameOf(attributes);
    c.primaryEmail = primaryEmailOf(attributes);
    c.stage = stageOf(attributes);
    QString updated = record.value(QLatin1String("updated_at")).toString();
    if (updated.isEmpty())
        updated = valueOf(attributes, QStringLiteral("updated_at")).toString();
    c.updatedAt = QDateTime::fromString(updated, Qt::ISODateWithMs).toUTC();
    c.updatedAtText = shown(updated);
    return c;
}

ContactPage ContactPage::fromQuery(const QByteArray &body)
{
    ContactPage page;
    const QJsonObject top = topObject(body, &page.error);
    if (!page.ok())
        return page;
    const QJsonValue data = top.value(QLatin1String("data"));
    if (!data.isArray()) {
        page.error = Tr::tr("the answer has no list of contacts under \"data\".");
        return page;
    }
    for (const QJsonValue &item : data.toArray()) {
        if (item.isObject())
            page.contacts.append(contactOf(item.toObject()));
        else
            ++page.unreadable;
    }
    // Opaque: sent back as it came, never read.
    page.nextCursor = top.value(QLatin1String("meta")).toObject().value(QLatin1String("next_cursor")).toString();
    return page;
}

ContactPage ContactPage::fromRecord(const QByteArray &body)
{
    ContactPage page;
    const QJsonObject top = topObject(body, &page.error);
    if (!page.ok())
        return page;
    const QJsonValue data = top.value(QLatin1String("data"));
    if (!data.isObject())
        page.error = Tr::tr("the answer has no contact record under \"data\".");
    else
        page.contacts.append(contactOf(data.toObject()));
    return page;
}

} // namespace AssertDesk::Session
