#include "responseformatter.h"

#include "visibletext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResponseFormatter)
};

// What the server wrote, on one line and with its control characters shown, never obeyed: a
// value must neither break the one-attribute-per-line layout nor drive the reader's terminal.
QString oneLine(const QString &text)
{
    return visibleText(text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

void ResponseFormatter::appendValue(QString &out, const TypedValue &value, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    QString type = value.valueType.isEmpty() ? Tr::tr("no value_type") : value.valueType;
    if (value.kind == TypedValue::Kind::List)
        type = value.valueType.isEmpty() ? Tr::tr("list") : value.valueType + Tr::tr(" list");
    out += indent + oneLine(value.name) + QLatin1String(" (") + oneLine(type) + QLatin1String("): ")
        + oneLine(value.display());
    if (!value.note.isEmpty())
        out += QLatin1String("  [") + oneLine(value.note) + QLatin1Char(']');
    out += QLatin1Char('\n');
    for (const TypedValue &item : value.items)
        appendValue(out, item, depth + 1);
}

QString ResponseFormatter::toText(const AssertResponse &r)
{
    QString out = oneLine(r.outcomeSentence()) + QLatin1Char('\n');
    if (r.hasMatchedOn() || r.action() == AssertResponse::Action::Updated)
        out += Tr::tr("Matched on: %1\n").arg(r.matchedOn().isEmpty() ? Tr::tr("nothing") : oneLine(r.matchedOnText()));
    out += Tr::tr("Record: %1 (%2)\n")
               .arg(r.recordId().isEmpty() ? Tr::tr("no id") : oneLine(r.recordId()),
                    r.recordType().isEmpty() ? Tr::tr("type not stated") : oneLine(r.recordType()));
    const auto stamp = [](const QString &iso) {
        TypedValue t;
        t.kind = TypedValue::Kind::Timestamp;
        t.value = iso;
        return iso.isEmpty() ? Tr::tr("not stated") : oneLine(t.display());
    };
    out += Tr::tr("Created at: %1\nUpdated at: %2\n").arg(stamp(r.createdAt()), stamp(r.updatedAt()));
    out += Tr::tr("Attributes (%1):\n").arg(r.attributes().size());
    for (const TypedValue &t : r.attributes())
        appendValue(out, t, 1);
    if (!r.dataExtras().isEmpty())
        out += Tr::tr("Other record fields: %1\n").arg(oneLine(compact(r.dataExtras())));
    if (!r.metaExtras().isEmpty())
        out += Tr::tr("Other meta fields: %1\n").arg(oneLine(compact(r.metaExtras())));
    if (!r.topExtras().isEmpty())
        out += Tr::tr("Other top-level fields: %1\n").arg(oneLine(compact(r.topExtras())));
    return out;
}

QJsonObject ResponseFormatter::valueToJson(const TypedValue &t)
{
    QJsonObject o {{QStringLiteral("name"), t.name},
                   {QStringLiteral("value_type"), t.valueType},
                   {QStringLiteral("display"), t.display()},
                   {QStringLiteral("pointer"), t.pointer}};
    if (t.kind != TypedValue::Kind::List)
        o.insert(QStringLiteral("value"), t.literal.isEmpty() ? t.value : QJsonValue(t.literal));
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    if (t.kind == TypedValue::Kind::List) {
        QJsonArray items;
        for (const TypedValue &item : t.items)
            items.append(valueToJson(item));
        o.insert(QStringLiteral("items"), items);
    }
    return o;
}

QJsonObject ResponseFormatter::toJson(const AssertResponse &r)
{
    QJsonArray attributes;
    for (const TypedValue &t : r.attributes())
        attributes.append(valueToJson(t));
    QJsonObject outcome {{QStringLiteral("action"), r.actionText()},
                         {QStringLiteral("action_stated"), r.actionStated()},
                         {QStringLiteral("summary"), r.outcomeSentence()}};
    if (r.hasMatchedOn())
        outcome.insert(QStringLiteral("matched_on"), r.matchedOn());
    QJsonObject out {{QStringLiteral("outcome"), outcome},
                     {QStringLiteral("record"),
                      QJsonObject {{QStringLiteral("id"), r.recordId()},
                                   {QStringLiteral("record_type"), r.recordType()},
                                   {QStringLiteral("created_at"), r.createdAt()},
                                   {QStringLiteral("updated_at"), r.updatedAt()}}},
                     {QStringLiteral("attributes"), attributes}};
    QJsonObject extras;
    if (!r.dataExtras().isEmpty())
        extras.insert(QStringLiteral("data"), r.dataExtras());
    if (!r.metaExtras().isEmpty())
        extras.insert(QStringLiteral("meta"), r.metaExtras());
    if (!r.topExtras().isEmpty())
        extras.insert(QStringLiteral("top"), r.topExtras());
    if (!extras.isEmpty())
        out.insert(QStringLiteral("extras"), extras);
    return out;
}

} // namespace AssertDesk::Contract
