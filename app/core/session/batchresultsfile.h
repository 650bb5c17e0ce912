#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace AssertDesk::Session {

// The results file of a batch, the same from the command line and the window: the source file's
// columns and, per row, outcome, http_status, action, contact_id, error_code, message and
// history_id; one line per input row, every cell formula-safe like the history export, readable
// by its owner only (it holds customer data), written whole or not at all, with the source's
// delimiter and byte order mark.
class BatchResultsFile final
{
public:
    // The seven result cells of row `row` (1 for the first row after the header).
    using Cells = std::function<QStringList(qint64 row)>;

    static QStringList columns();
    // `source` read with `delimiter` (the one the batch was read with); false with `error`.
    static bool write(const QString &out, const QString &source, char delimiter, const Cells &cells, QString *error);
};

} // namespace AssertDesk::Session
