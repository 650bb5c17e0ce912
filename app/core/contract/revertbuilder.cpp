#include "revertbuilder.h"

#include "contactdiff.h"
#include "contactvalue.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace AssertDesk::Contract {

namespace {

const QLatin1String kAttributes("attributes");
const QLatin1String kMatch("match");

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RevertBuilder)
};

// Attributes from an answer ({"data": record}), a record ({id, attributes}) or the attributes.
QJsonObject attributesOf(const QJsonObject &answerOrRecord)
{
    const QJsonValue data = answerOrRecord.value(QLatin1String("data"));
    const QJsonObject recordOrAttributes = data.isObject() ? data.toObject() : answerOrRecord;
    const QJsonValue inner = recordOrAttributes.value(kAttributes);
    return inner.isObject() ? inner.toObject() : recordOrAttributes;
}

RevertBuilder::Result failed(const QString &why)
{
    RevertBuilder::Result r;
    r.error = why;
    return r;
}

// The fields a revert writes: those the update wrote, and the list a primary field it wrote added
// a row to (unless the list is the match key, which an assert may not also write).
QStringList fieldsToWrite(const QJsonObject &sent, const QString &matchKey)
{
    QStringList out = sent.keys();
    const auto alsoList = [&](const char *primary, const char *list) {
        const QString l = QLatin1String(list);
        if (sent.contains(QLatin1String(primary)) && !sent.contains(l) && matchKey != l)
            out << l;
    };
    alsoList("primary_email", "contact_emails");
    alsoList("primary_phone_number", "contact_phone_numbers");
    return out;
}

} // namespace

RevertBuilder::Result RevertBuilder::build(const QByteArray &sentBody, const QString &outcome, const QString &action,
                                           const QString &contactId, const QJsonObject &before)
{
    if (action == QLatin1String("created"))
        return failed(Tr::tr("A create cannot be reverted: the API has no delete."));
    if (outcome != QLatin1String("succeeded"))
        return failed(Tr::tr("Only a succeeded send changed the contact; this one did not (%1).").arg(outcome));
    if (action != QLatin1String("updated"))
        return failed(Tr::tr("Only an update can be reverted, and the answer did not say this was one."));
    const QJsonObject beforeAttributes = attributesOf(before);
    if (beforeAttributes.isEmpty())
        return failed(Tr::tr("No before-state was kept for this send, so the values to go back to are not known."));
    const QString readId = before.value(QLatin1String("id")).toString();
    if (!readId.isEmpty() && !contactId.isEmpty() && readId != contactId)
        return failed(Tr::tr("The contact read before sending (%1) is not the one this send updated (%2): that one's "
                             "earlier values are not known.")
                          .arg(readId, contactId));
    const QJsonObject sent = QJsonDocument::fromJson(sentBody).object();
    const QJsonObject match = sent.value(kMatch).toObject();
    const QJsonObject written = sent.value(kAttributes).toObject();
    if (match.isEmpty() || written.isEmpty())
        return failed(Tr::tr("The request kept for this send is not an assert body."));

    Result r;
    QJsonObject attributes;
    for (const QString &field : fieldsToWrite(written, match.begin().key())) {
        const QJsonValue was = ContactValue::writeForm(field, beforeAttributes.value(field));
        const QJsonValue wrote = written.contains(field) ? ContactValue::writeForm(field, written.value(field))
                                                         : QJsonValue(QJsonValue::Undefined);
        // A list written only through its primary field goes back whole, whatever it became.
        if (!wrote.isUndefined() && !ContactDiff::change(field, was, wrote).changes())
            continue;
        attributes.insert(field, ContactValue::isEmpty(was) ? QJsonValue(QJsonValue::Null) : was);
        r.fields << field;
    }
    if (attributes.isEmpty())
        return failed(Tr::tr("This send wrote every field to the value it already had: there is nothing to revert."));
    r.body = QJsonObject {{kMatch, match}, {kAttributes, attributes}};
    return r;
}

QStringList RevertBuilder::changedSince(const QJsonObject &revertBody, const QJsonObject &after,
                                        const QJsonObject &current)
{
    const QJsonObject set = attributesOf(after);
    const QJsonObject now = attributesOf(current);
    QStringList out;
    const QJsonObject fields = revertBody.value(kAttributes).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!ContactValue::same(it.key(), ContactValue::writeForm(it.key(), set.value(it.key())),
                                ContactValue::writeForm(it.key(), now.value(it.key()))))
            out << it.key();
    return out;
}

RevertBuilder::Result RevertBuilder::without(const QJsonObject &revertBody, const QStringList &fields)
{
    QJsonObject attributes = revertBody.value(kAttributes).toObject();
    for (const QString &f : fields)
        attributes.remove(f);
    if (attributes.isEmpty())
        return failed(Tr::tr("Every field of this change was changed again since: nothing is left to revert unless you "
                             "include them."));
    Result r;
    r.body = revertBody;
    r.body.insert(kAttributes, attributes);
    r.fields = attributes.keys();
    return r;
}

} // namespace AssertDesk::Contract
