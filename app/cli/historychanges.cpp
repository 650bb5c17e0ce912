#include "historychanges.h"

#include "changetext.h"
#include "commands.h"
#include "output.h"

#include "contactdiff.h"
#include "revertbuilder.h"
#include "visibletext.h"

#include <QJsonDocument>

#include <optional>

namespace AssertDesk::Cli {

using namespace AssertDesk::History;
using Contract::visibleText;

namespace {

// The entry, or an exit code after saying why there is none.
std::optional<HistoryRecord> entry(HistoryStore &store, HistoryReport &report, const QString &verb,
                                   const QString &idText, int *exitCode)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    Unreadable missed;
    auto r = ok ? store.record(id, &missed) : std::nullopt;
    if (!r && missed.any()) {
        printErr(QStringLiteral("history %1: %2\n").arg(verb, missed.reason));
        report.finish(verb, {});
        *exitCode = ExitHistory;
    } else if (!r) {
        printErr(QStringLiteral("history %1: there is no assert %2\n").arg(verb, idText));
        *exitCode = ExitUsage;
    }
    return r;
}

} // namespace

int showDiff(HistoryStore &store, HistoryReport &report, const QString &idText, bool json)
{
    int code = ExitOk;
    const auto r = entry(store, report, QStringLiteral("diff"), idText, &code);
    if (!r)
        return code;
    const ContactChange change = ContactChange::fromRecord(*r);
    if (json) {
        printJson(QJsonObject {
            {QStringLiteral("id"), r->id},
            {QStringLiteral("outcome"), r->outcome},
            {QStringLiteral("action"), r->action.isEmpty() ? QJsonValue() : QJsonValue(r->action)},
            {QStringLiteral("contact_id"), r->contactId.isEmpty() ? QJsonValue() : QJsonValue(r->contactId)},
            {QStringLiteral("before_known"), change.beforeKnown},
            {QStringLiteral("surprise"), r->surprise.isEmpty() ? QJsonValue() : QJsonValue(r->surprise)},
            {QStringLiteral("changes"), Contract::ContactDiff::toJson(change.changes)}});
        return report.finish(QStringLiteral("diff"), {});
    }
    printOut(QStringLiteral("Assert %1: %2%3%4\n")
                 .arg(r->id)
                 .arg(r->outcome, r->action.isEmpty() ? QString() : QStringLiteral(", ") + r->action,
                      r->contactId.isEmpty() ? QString() : QStringLiteral(" ") + visibleText(r->contactId)));
    if (!r->surprise.isEmpty())
        printOut(QStringLiteral("Surprise: %1\n").arg(visibleText(r->surprise)));
    if (!change.beforeKnown)
        printOut(QStringLiteral("No before-state was kept for this send: the values before are not known.\n"));
    if (r->outcome != QLatin1String("succeeded"))
        printOut(QStringLiteral("Not applied (%1): what the request would have done.\n").arg(r->outcome));
    printOut(changeText(change.changes));
    return report.finish(QStringLiteral("diff"), {});
}

int showRevert(HistoryStore &store, HistoryReport &report, const QString &idText)
{
    int code = ExitOk;
    const auto r = entry(store, report, QStringLiteral("revert"), idText, &code);
    if (!r)
        return code;
    const Contract::RevertBuilder::Result revert
        = Contract::RevertBuilder::build(r->requestBody, r->outcome, r->action, r->contactId, r->beforeState);
    if (!revert.ok()) {
        printErr(QStringLiteral("history revert: %1\n").arg(revert.error));
        report.finish(QStringLiteral("revert"), {});
        return ExitInvalid;
    }
    printOut(QString::fromUtf8(QJsonDocument(revert.body).toJson(QJsonDocument::Indented)));
    printErr(QStringLiteral("Writes back %1. Nothing was sent: check it with 'preview', then send it.\n")
                 .arg(revert.fields.join(QLatin1String(", "))));
    return report.finish(QStringLiteral("revert"), {});
}

int showChanges(HistoryStore &store, HistoryReport &report, const QStringList &pos)
{
    if (pos.size() != 2) {
        printErr(QStringLiteral("history changes: give one contact id\n"));
        return ExitUsage;
    }
    Unreadable missed;
    printOut(QStringLiteral("id\tsent\toutcome\taction\tchanged\n"));
    for (const ContactChange &c : store.contactChanges(pos.at(1), &missed)) {
        const HistoryRecord &r = c.record;
        const QStringList fields = c.changedFields();
        printOut(QStringList {QString::number(r.id),
                              r.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.outcome,
                              r.action.isEmpty() ? QStringLiteral("-") : r.action,
                              visibleText(fields.isEmpty() ? QStringLiteral("-") : fields.join(QLatin1Char(',')))
                                  + (c.beforeKnown ? QString() : QStringLiteral(" (before unknown)"))}
                     .join(QLatin1Char('\t'))
                 + QLatin1Char('\n'));
    }
    return report.finish(QStringLiteral("changes"), missed);
}

} // namespace AssertDesk::Cli
