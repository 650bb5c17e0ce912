#include "readbackverdict.h"

#include "matchpreview.h"

#include <QCoreApplication>

namespace AssertDesk::Session {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssertDesk::Session::ReadBackVerdict)
};

} // namespace

ReadBackVerdict ReadBackVerdict::of(const MatchPreview &p)
{
    using Kind = Contract::MatchPrediction::Kind;
    if (p.prediction.kind() == Kind::Create)
        return {QStringLiteral("not_landed"), QString(), true};
    const QString id = p.before.value(QStringLiteral("id")).toVariant().toString();
    if (p.prediction.kind() != Kind::Update || p.before.isEmpty() || !p.diffProblem.isEmpty())
        return {QStringLiteral("unchecked"), QString(), false};
    // Derived fields (a primary email among the emails) follow from others: only what the row
    // itself writes tells whether its write landed.
    for (const Contract::FieldChange &c : p.changes)
        if (!c.derived && c.changes())
            return {QStringLiteral("not_landed"), id, false};
    return {QStringLiteral("landed"), id, false};
}

QString ReadBackVerdict::describe() const
{
    if (landed())
        return Tr::tr("Landed (read back): contact %1 holds every field the row writes.").arg(contactId);
    if (noContact)
        return Tr::tr("Not landed (read back): no contact has this address.");
    if (check == QLatin1String("not_landed"))
        return Tr::tr("Not landed (read back): contact %1 does not hold what the row writes.").arg(contactId);
    return Tr::tr("Unchecked: the contact could not be read back.");
}

} // namespace AssertDesk::Session
