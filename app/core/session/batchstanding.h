#pragma once

#include <QString>

namespace AssertDesk::History {
struct BatchRowState;
}

namespace AssertDesk::Session {

// Where a row of a past batch stands, from the attempt of it that says most: what a reopened
// batch shows, what its counts add up, and what a resume may send again (only NotSent without
// being asked).
class BatchStanding final
{
public:
    enum class Kind { Succeeded, Landed, Rejected, Unknown, Interrupted, NotSent };

    // An unknown or interrupted attempt a read-back found landed is Landed; one still in flight
    // (no outcome yet: a process sending it, or one killed before the history's next opening) is
    // Interrupted.
    static Kind of(const History::BatchRowState &state);
    // The same from an outcome and the read-back's check (History::BatchListing's keys).
    static Kind of(const QString &outcome, const QString &check);
    // Rows that may have reached the server, whose outcome is not known.
    static bool mayHaveLanded(Kind kind) { return kind == Kind::Unknown || kind == Kind::Interrupted; }
};

} // namespace AssertDesk::Session
