#pragma once

#include "assertrequest.h"
#include "historyrecord.h"

#include <optional>

namespace AssertDesk::Session {

// A past assert decoded for review: its request as the form shows it, or, for bytes that are
// not a JSON object (the form cannot hold them, the JSON editor can), the bytes as text.
struct HistoryReview
{
    static HistoryReview fromRecord(const History::HistoryRecord &record);

    History::HistoryRecord record;
    std::optional<Contract::AssertRequest> request;
    QString bodyText;    // the body as sent, when `request` is empty
    QString sentAtLocal; // when it was sent, in the user's time zone, to the second
};

} // namespace AssertDesk::Session
