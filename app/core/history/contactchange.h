#pragma once

#include "fieldchange.h"
#include "historyrecord.h"

#include <QList>
#include <QStringList>

namespace AssertDesk::History {

// One send as a change to a contact, worked out offline from what the history keeps: the request
// as sent against the contact as read just before sending (the before-state). A create changes
// an empty contact.
struct ContactChange
{
    HistoryRecord record;
    // Every attribute the request wrote, with those that changed with them (Contract::ContactDiff).
    QList<Contract::FieldChange> changes;
    // False when the entry keeps no before-state (written before Assert Desk kept them, or the
    // contact could not be read before sending): then `changes` has the values after only.
    bool beforeKnown = false;

    static ContactChange fromRecord(const HistoryRecord &record);
    // The fields whose value it changed (not those written to the value they had).
    QStringList changedFields() const;
};

} // namespace AssertDesk::History
