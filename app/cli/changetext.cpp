#include "changetext.h"

#include "contactvalue.h"
#include "visibletext.h"

#include <QJsonObject>

namespace AssertDesk::Cli {

namespace {

using Contract::FieldChange;

QString shown(const QJsonValue &v)
{
    return Contract::visibleText(Contract::ContactValue::display(v));
}

QString rows(const FieldChange &c)
{
    QStringList out;
    const QString key = Contract::ContactValue::rowKey(c.field);
    for (const QJsonValue &r : c.added)
        out << QLatin1Char('+') + Contract::visibleText(r.toObject().value(key).toString());
    for (const QJsonValue &r : c.removed)
        out << QLatin1Char('-') + Contract::visibleText(r.toObject().value(key).toString());
    // The same addresses with another primary row or other labels.
    if (out.isEmpty())
        return shown(c.before) + QStringLiteral(" -> ") + shown(c.after);
    return out.join(QLatin1String(", ")) + QStringLiteral("  (now: %1)").arg(shown(c.after));
}

} // namespace

QString changeText(const QList<FieldChange> &changes)
{
    qsizetype width = 0;
    for (const FieldChange &c : changes)
        width = qMax(width, c.field.size());
    QString out;
    for (const FieldChange &c : changes) {
        QString what;
        switch (c.kind) {
        case FieldChange::Kind::Same: what = shown(c.after); break;
        case FieldChange::Kind::Set: what = shown(c.after); break;
        case FieldChange::Kind::Clear: what = shown(c.before) + QStringLiteral(" -> (empty)"); break;
        case FieldChange::Kind::Change: what = shown(c.before) + QStringLiteral(" -> ") + shown(c.after); break;
        case FieldChange::Kind::Replace: what = rows(c); break;
        }
        if (c.kind == FieldChange::Kind::Set && !Contract::ContactValue::rowKey(c.field).isEmpty())
            what = rows(c);
        out += QStringLiteral("  %1  %2  %3%4\n")
                   .arg(Contract::visibleText(c.field).leftJustified(width), c.kindName().leftJustified(7), what,
                        c.derived ? QStringLiteral("  (follows)") : QString());
    }
    return out;
}

} // namespace AssertDesk::Cli
