#pragma once

#include "batchrow.h"
#include "batchsummary.h"
#include "requestvalidator.h"
#include "rowmapper.h"

#include <QHash>

#include <optional>

namespace AssertDesk::Batch {

// Checks each mapped row with the form's validator, puts every problem at its line and column,
// and flags rows whose match key (trimmed, in any case) another row has: two asserts for one
// contact sent side by side would race. Keeps a running summary.
//
// Memory: per distinct match key a 64-bit hash and the first line (16 bytes and the hash
// table's share), not the key itself, so a million rows stay small. Two different keys share a hash with a chance of
// about one in 30 million for a million-row file.
class RowChecker final
{
public:
    explicit RowChecker(Contract::RequestValidator validator = Contract::RequestValidator());

    // Maps the row's cells and fills row.request, row.problems, row.status and row.repeatOf. When
    // this row is the first to repeat an earlier row's key, returns that earlier row's problem (it
    // becomes repeated now). Rows must come in file order.
    std::optional<RowProblem> check(BatchRow &row, const RowMapper &mapper, const QStringList &cells);

    // The same in two steps, for checking on several threads: validate() is const and may run on
    // any thread, on rows in any order; count() then takes them in file order, on one thread.
    void validate(BatchRow &row, const QJsonObject &body, const RowMapper &mapper, const QStringList &cells) const;
    std::optional<RowProblem> count(BatchRow &row, const QString &matchValue, const QString &matchColumn);
    const BatchSummary &summary() const { return m_summary; }

    static QString repeatedCode() { return QStringLiteral("repeated_match_key"); }

private:
    struct Seen
    {
        quint64 firstLine : 62;
        quint64 firstValid : 1; // counted as valid until a repeat turns up
        quint64 repeated : 1;
    };

    std::optional<RowProblem> noteKey(BatchRow &row, const QString &value, const QString &column, bool valid);

    Contract::RequestValidator m_validator;
    QHash<quint64, Seen> m_seen;
    BatchSummary m_summary;
};

} // namespace AssertDesk::Batch
