#include "faultplan.h"

#include <QList>

namespace AssertDesk::Sandbox {

FaultPlan FaultPlan::parse(const QByteArray &header, QString *error)
{
    FaultPlan plan;
    for (const QByteArray &raw : header.split(',')) {
        const QByteArray item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1).trimmed();
        bool ok = true;
        const int number = value.isEmpty() ? 0 : value.toInt(&ok);
        if (name == "delay" && ok && number >= 0 && number <= 600000) {
            plan.delayMs = number;
        } else if ((name == "429" || name == "500" || name == "502" || name == "503") && value.isEmpty()) {
            plan.status = name.toInt();
        } else if (name == "retry-after" && !value.isEmpty()) {
            plan.retryAfter = value;
        } else if (name == "drop" && value.isEmpty()) {
            plan.drop = true;
        } else if (name == "redirect" && (number == 301 || number == 302 || number == 307)) {
            plan.redirect = number;
        } else if (name == "location" && !value.isEmpty()) {
            plan.location = value;
        } else if (name == "trickle" && value.isEmpty()) {
            plan.trickleMs = plan.trickleMs ? plan.trickleMs : 50;
        } else if (name == "trickle-ms" && ok && number > 0 && number <= 10000) {
            plan.trickleMs = number;
        } else if (name == "hold" && ok && number >= 0 && number <= 60000) {
            plan.holdMs = number;
        } else if (name == "oversize" && ok && number >= 0 && number <= 1024) {
            plan.oversizeMb = number ? number : 64;
        } else {
            if (error)
                *error = QStringLiteral("unknown fault \"%1\"").arg(QString::fromLatin1(item));
            return {};
        }
    }
    return plan;
}

} // namespace AssertDesk::Sandbox
