#pragma once

#include <QtGlobal>

namespace AssertDesk::Batch {

// What a check of a whole file found. Every row is counted once: invalid before repeated.
struct BatchSummary
{
    qint64 rows = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 repeated = 0;     // rows sharing their match key with another row (the first one too)
    qint64 withWarnings = 0; // rows among the valid and repeated ones that have warnings

    bool allValid() const { return invalid == 0 && repeated == 0; }
    friend bool operator==(const BatchSummary &, const BatchSummary &) = default;
};

} // namespace AssertDesk::Batch
