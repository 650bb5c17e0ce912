#include "fieldchange.h"

namespace AssertDesk::Contract {

QString FieldChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Set: return QStringLiteral("set");
    case Kind::Change: return QStringLiteral("change");
    case Kind::Clear: return QStringLiteral("clear");
    case Kind::Same: return QStringLiteral("same");
    case Kind::Replace: return QStringLiteral("replace");
    }
    return QStringLiteral("same");
}

QJsonObject FieldChange::toJson() const
{
    QJsonObject o {{QStringLiteral("field"), field},
                   {QStringLiteral("before"), before},
                   {QStringLiteral("after"), after},
                   {QStringLiteral("kind"), kindName()}};
    if (derived)
        o.insert(QStringLiteral("derived"), true);
    if (!added.isEmpty() || !removed.isEmpty()) {
        o.insert(QStringLiteral("added"), added);
        o.insert(QStringLiteral("removed"), removed);
    }
    return o;
}

} // namespace AssertDesk::Contract
