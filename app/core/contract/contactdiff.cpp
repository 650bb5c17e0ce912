#include "contactdiff.h"

#include "contactvalue.h"

#include <QCoreApplication>

namespace AssertDesk::Contract {

namespace {

const QLatin1String kPrimary("is_primary");

// The translation context, named so lupdate files these strings where Tr::tr() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactDiff)
};

// `rows` with `value` as the primary row, added at the front when it is not among them: a primary
// email is one of contact_emails.
QJsonArray withPrimary(const QJsonArray &rows, const QString &key, const QString &value)
{
    const QString wanted = value.trimmed().toLower();
    QJsonArray out;
    bool found = false;
    for (const QJsonValue &row : rows) {
        QJsonObject r = row.toObject();
        const bool match = ContactValue::rowIdentity(r, key) == wanted;
        found = found || match;
        r.insert(kPrimary, match);
        out.append(r);
    }
    if (!found)
        out.prepend(QJsonObject {{key, value.trimmed()}, {kPrimary, true}, {QStringLiteral("labels"), QJsonArray()}});
    return out;
}

QJsonValue primaryOf(const QJsonArray &rows, const QString &key)
{
    for (const QJsonValue &row : rows)
        if (row.toObject().value(kPrimary).toBool())
            return row.toObject().value(key);
    return QJsonValue::Null;
}

// The list and its primary field as the assert leaves them; derived rows for the one the request
// does not write itself.
void deriveList(const QJsonObject &request, const QJsonObject &record, const QString &list, const QString &primary,
                const QString &matchValue, bool creating, QList<FieldChange> &out)
{
    const QString key = ContactValue::rowKey(list);
    const bool writesList = request.contains(list);
    const QJsonValue primaryValue = ContactValue::writeForm(primary, request.value(primary));
    const bool writesPrimary = request.contains(primary);
    const bool addsMatch = creating && !matchValue.trimmed().isEmpty() && key == QLatin1String("email");
    if (!writesList && !writesPrimary && !addsMatch)
        return;
    const QJsonArray before = ContactValue::writeForm(list, record.value(list)).toArray();
    QJsonArray rows = writesList ? ContactValue::writeForm(list, request.value(list)).toArray() : before;
    if (primaryValue.isString() && !primaryValue.toString().trimmed().isEmpty())
        rows = withPrimary(rows, key, primaryValue.toString());
    if (addsMatch && ContactValue::rowsMissingFrom({QJsonObject {{key, matchValue}}}, rows, key).size() == 1)
        rows.prepend(QJsonObject {{key, matchValue.trimmed()},
                                  {kPrimary, primaryOf(rows, key).isNull()},
                                  {QStringLiteral("labels"), QJsonArray()}});
    if (!writesList) {
        FieldChange c = ContactDiff::change(list, before, rows);
        c.derived = true;
        if (c.changes())
            out << c;
    }
    if (!writesPrimary) {
        FieldChange c = ContactDiff::change(primary, ContactValue::writeForm(primary, record.value(primary)),
                                            primaryOf(rows, key));
        c.derived = true;
        if (c.changes())
            out << c;
    }
}

void deriveDisplayName(const QJsonObject &request, const QJsonObject &record, QList<FieldChange> &out)
{
    const QString first = QStringLiteral("first_name");
    const QString last = QStringLiteral("last_name");
    if (!request.contains(first) && !request.contains(last))
        return;
    const auto after = [&](const QString &field) {
        const QJsonValue v = request.contains(field) ? request.value(field) : record.value(field);
        return ContactValue::writeForm(field, v).toString().trimmed();
    };
    const QString name = QString(after(first) + QLatin1Char(' ') + after(last)).trimmed();
    const QString display = QStringLiteral("display_name");
    FieldChange c = ContactDiff::change(display, ContactValue::writeForm(display, record.value(display)),
                                        name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
    c.derived = true;
    if (c.changes())
        out << c;
}

} // namespace

FieldChange ContactDiff::change(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    FieldChange c;
    c.field = field;
    c.before = before.isUndefined() ? QJsonValue(QJsonValue::Null) : before;
    c.after = after.isUndefined() ? QJsonValue(QJsonValue::Null) : after;
    const bool wasEmpty = ContactValue::isEmpty(before);
    const bool isEmpty = ContactValue::isEmpty(after);
    if (ContactValue::same(field, before, after))
        c.kind = FieldChange::Kind::Same;
    else if (wasEmpty)
        c.kind = FieldChange::Kind::Set;
    else if (isEmpty)
        c.kind = FieldChange::Kind::Clear;
    else
        c.kind = ContactValue::rowKey(field).isEmpty() ? FieldChange::Kind::Change : FieldChange::Kind::Replace;
    if (const QString key = ContactValue::rowKey(field); !key.isEmpty() && c.changes()) {
        c.added = ContactValue::rowsMissingFrom(c.after.toArray(), c.before.toArray(), key);
        c.removed = ContactValue::rowsMissingFrom(c.before.toArray(), c.after.toArray(), key);
    }
    return c;
}

QList<FieldChange> ContactDiff::compare(const QJsonObject &requestAttributes, const QJsonObject &record,
                                        const QString &matchValue, bool creating)
{
    QList<FieldChange> out;
    out.reserve(requestAttributes.size() + 3);
    for (auto it = requestAttributes.begin(); it != requestAttributes.end(); ++it)
        out << change(it.key(), ContactValue::writeForm(it.key(), record.value(it.key())),
                      ContactValue::writeForm(it.key(), it.value()));
    deriveDisplayName(requestAttributes, record, out);
    deriveList(requestAttributes, record, QStringLiteral("contact_emails"), QStringLiteral("primary_email"), matchValue,
               creating, out);
    deriveList(requestAttributes, record, QStringLiteral("contact_phone_numbers"),
               QStringLiteral("primary_phone_number"), matchValue, creating, out);
    return out;
}

QString ContactDiff::summary(const QList<FieldChange> &changes)
{
    int counts[5] = {0, 0, 0, 0, 0};
    int changing = 0;
    QStringList rows;
    QStringList derived;
    for (const FieldChange &c : changes) {
        if (c.derived) {
            derived << c.field;
            continue;
        }
        ++counts[int(c.kind)];
        changing += c.changes() ? 1 : 0;
        if (!c.added.isEmpty() || !c.removed.isEmpty())
            rows << Tr::tr("%1: %2 added, %3 removed").arg(c.field).arg(c.added.size()).arg(c.removed.size());
    }
    if (changing == 0 && derived.isEmpty())
        return Tr::tr("Nothing changes: every field written already has that value.");
    QStringList how;
    const char *names[] = {
        QT_TRANSLATE_N_NOOP("ContactDiff", "%n set"), QT_TRANSLATE_N_NOOP("ContactDiff", "%n changed"),
        QT_TRANSLATE_N_NOOP("ContactDiff", "%n cleared"), nullptr, QT_TRANSLATE_N_NOOP("ContactDiff", "%n replaced")};
    for (int k = 0; k < 5; ++k)
        if (names[k] && counts[k] > 0)
            how << Tr::tr(names[k], nullptr, counts[k]);
    QString text = Tr::tr("%n field(s) change", nullptr, changing);
    if (!how.isEmpty())
        text += QLatin1String(": ") + how.join(QLatin1String(", "));
    const int same = counts[int(FieldChange::Kind::Same)];
    if (same > 0)
        text += QLatin1String("; ") + Tr::tr("%n unchanged", nullptr, same);
    if (!rows.isEmpty())
        text += QLatin1String("; ") + rows.join(QLatin1String("; "));
    if (!derived.isEmpty())
        text += QLatin1String("; ") + Tr::tr("also %1").arg(derived.join(QLatin1String(", ")));
    return text + QLatin1Char('.');
}

QJsonArray ContactDiff::toJson(const QList<FieldChange> &changes)
{
    QJsonArray out;
    for (const FieldChange &c : changes)
        out.append(c.toJson());
    return out;
}

} // namespace AssertDesk::Contract
