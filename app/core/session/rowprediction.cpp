#include "rowprediction.h"

#include "contactdiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AssertDesk::Session {

namespace {

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RowPrediction)
};

const char *const kKindNames[] = {"create", "update", "unchanged", "ambiguous", "unavailable"};

QString person(const QString &id, const QString &name)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

QString RowPrediction::kindName(Kind kind)
{
    return QLatin1String(kKindNames[int(kind)]);
}

QString RowPrediction::detail() const
{
    switch (kind) {
    case Kind::Create: return QString();
    case Kind::Update:
    case Kind::Unchanged: {
        QString text = Tr::tr("%1 on %2").arg(person(contactId, contactName), matchedOn);
        QStringList fields;
        for (const Contract::FieldChange &c : changes)
            fields << c.field;
        if (!fields.isEmpty())
            text += QLatin1String(": ") + fields.join(QLatin1String(", "));
        if (!reason.isEmpty())
            text += QLatin1String(" (") + reason + QLatin1Char(')');
        return text;
    }
    case Kind::Ambiguous: {
        QStringList who;
        for (const auto &c : candidates)
            who << person(c.id, c.name);
        return Tr::tr("%n contacts have this address: ", nullptr, int(candidates.size()))
            + who.join(QLatin1String(", "));
    }
    case Kind::Unavailable: break;
    }
    return reason;
}

QJsonObject RowPrediction::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o {{QStringLiteral("line"), line},
                   {QStringLiteral("prediction"), kindName()},
                   {QStringLiteral("contact_id"), orNull(contactId)},
                   {QStringLiteral("contact_name"), orNull(contactName)},
                   {QStringLiteral("matched_on"), orNull(matchedOn)},
                   {QStringLiteral("read_at"),
                    readAt.isValid() ? QJsonValue(readAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()}};
    if (kind == Kind::Update)
        o.insert(QStringLiteral("changes"), Contract::ContactDiff::toJson(changes));
    if (kind == Kind::Ambiguous) {
        QJsonArray list;
        for (const auto &c : candidates)
            list.append(QJsonObject {{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("matched_on"), c.matchedOn}});
        o.insert(QStringLiteral("candidates"), list);
    }
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

} // namespace AssertDesk::Session
