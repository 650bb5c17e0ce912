#include "sendresult.h"

namespace AssertDesk::Contract {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent: return QStringLiteral("not sent");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Unknown: return QStringLiteral("unknown");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QByteArray SendResult::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace AssertDesk::Contract
