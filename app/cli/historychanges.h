#pragma once

#include "historyreport.h"
#include "historystore.h"

#include <QStringList>

// history diff, revert and changes: what a send did to its contact, from the history alone.
namespace AssertDesk::Cli {

// history diff ID [--json]: each field the request wrote, before (as read just before sending)
// and after, with its kind.
int showDiff(History::HistoryStore &store, HistoryReport &report, const QString &idText, bool json);
// history revert ID: the body that writes back what a succeeded update changed, on standard
// output; exit 1 with the reason when there is none (not an update, not succeeded, no before-state).
int showRevert(History::HistoryStore &store, HistoryReport &report, const QString &idText);
// history changes CONTACT_ID: every send to that contact, newest first, with the fields it changed.
int showChanges(History::HistoryStore &store, HistoryReport &report, const QStringList &pos);

} // namespace AssertDesk::Cli
