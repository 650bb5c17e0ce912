#pragma once

#include <QString>

namespace AssertDesk::Session {

// What became of a send's outcome in the history, beyond the row's number: when the answer came
// but could not be written into its row (a full disk, a failing write), why, and the file beside
// the history that keeps it until the history can take it.
struct HistoryNote
{
    QString problem; // empty: the row holds the outcome (or there is no row: nothing was sent)
    QString keptIn;  // empty: not kept in a file (in memory only, or not at all; the problem says which)

    bool recorded() const { return problem.isEmpty(); }
};

} // namespace AssertDesk::Session
