#include "matchpreview.h"

#include "contactdiff.h"

namespace AssertDesk::Session {

QString MatchPreview::summary() const
{
    return changes.isEmpty() ? QString() : Contract::ContactDiff::summary(changes);
}

QJsonObject MatchPreview::toJson() const
{
    QJsonObject o = prediction.toJson();
    o.insert(QStringLiteral("changes"), Contract::ContactDiff::toJson(changes));
    if (!diffProblem.isEmpty())
        o.insert(QStringLiteral("diff_problem"), diffProblem);
    return o;
}

} // namespace AssertDesk::Session
