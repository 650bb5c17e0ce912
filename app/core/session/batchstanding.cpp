#include "batchstanding.h"

#include "batchrecord.h"

namespace AssertDesk::Session {

BatchStanding::Kind BatchStanding::of(const History::BatchRowState &state)
{
    return of(state.outcome, state.check);
}

BatchStanding::Kind BatchStanding::of(const QString &outcome, const QString &check)
{
    if (outcome == QLatin1String("succeeded"))
        return Kind::Succeeded;
    if (outcome == QLatin1String("rejected"))
        return Kind::Rejected;
    if (outcome == QLatin1String("not sent") || outcome == QLatin1String("cancelled"))
        return Kind::NotSent;
    if (outcome == QLatin1String("landed") || check == QLatin1String("landed"))
        return Kind::Landed;
    return outcome == QLatin1String("unknown") ? Kind::Unknown : Kind::Interrupted;
}

} // namespace AssertDesk::Session
