#include "rowchecker.h"

#include <QCoreApplication>

#include <functional>
#include <string_view>

namespace AssertDesk::Batch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RowChecker", text);
}

// A 64-bit fingerprint of a key. Not qHash: with a seed it mixes in a per-process random seed and
// was seen to give equal hashes to different addresses (person68096@company300.example and
// person78096@company330.example) in some runs. libstdc++'s string hash is MurmurHash 64.
quint64 keyHash(const QString &key)
{
    static_assert(sizeof(size_t) == sizeof(quint64), "a 64-bit fingerprint needs a 64-bit size_t");
    const std::u16string_view text(reinterpret_cast<const char16_t *>(key.utf16()), size_t(key.size()));
    return std::hash<std::u16string_view> {}(text);
}

} // namespace

RowChecker::RowChecker(Contract::RequestValidator validator)
    : m_validator(std::move(validator))
{
}

std::optional<RowProblem> RowChecker::check(BatchRow &row, const RowMapper &mapper, const QStringList &cells)
{
    const QJsonObject body = mapper.body(cells);
    row.request = Contract::AssertRequest::fromJson(body);
    validate(row, body, mapper, cells);
    return count(row, mapper.matchValue(cells), mapper.columnFor(QStringLiteral("/match"), cells));
}

void RowChecker::validate(BatchRow &row, const QJsonObject &body, const RowMapper &mapper,
                          const QStringList &cells) const
{
    row.problems.clear();
    for (const Contract::ValidationProblem &p : m_validator.validate(body))
        row.problems.append({p.severity, row.line, mapper.columnFor(p.pointer, cells), p.code, p.message, p.pointer});
}

std::optional<RowProblem> RowChecker::count(BatchRow &row, const QString &matchValue, const QString &matchColumn)
{
    const bool invalid = std::any_of(row.problems.cbegin(), row.problems.cend(),
                                     [](const RowProblem &p) { return p.isError() && p.code != repeatedCode(); });
    const bool warned
        = std::any_of(row.problems.cbegin(), row.problems.cend(), [](const RowProblem &p) { return !p.isError(); });
    row.repeatOf = 0;
    std::optional<RowProblem> earlier;
    const QString value = matchValue.trimmed();
    if (!value.isEmpty())
        earlier = noteKey(row, value, matchColumn, !invalid);
    row.status = invalid ? BatchRow::Status::Invalid
        : row.repeatOf   ? BatchRow::Status::Repeated
                         : BatchRow::Status::Valid;
    ++m_summary.rows;
    switch (row.status) {
    case BatchRow::Status::Valid: ++m_summary.valid; break;
    case BatchRow::Status::Invalid: ++m_summary.invalid; break;
    case BatchRow::Status::Repeated: ++m_summary.repeated; break;
    }
    if (warned && !invalid)
        ++m_summary.withWarnings;
    return earlier;
}

// Remembers the row's match key, or marks the row as repeating an earlier one: the earlier row
// is repeated too, from now on.
std::optional<RowProblem> RowChecker::noteKey(BatchRow &row, const QString &value, const QString &column, bool valid)
{
    const quint64 hash = keyHash(value.toLower());
    const auto it = m_seen.find(hash);
    if (it == m_seen.end()) {
        m_seen.insert(hash, Seen {quint64(row.line), valid, false});
        return std::nullopt;
    }
    Seen &first = it.value();
    row.repeatOf = qint64(first.firstLine);
    const QString pointer = QStringLiteral("/match");
    row.problems.append({RowProblem::Severity::Error, row.line, column, repeatedCode(),
                         tr("%1 is also the match key of the row on line %2: two rows for one contact would race. "
                            "Merge them into one row.")
                             .arg(value)
                             .arg(row.repeatOf),
                         pointer});
    if (first.repeated)
        return std::nullopt;
    first.repeated = true;
    if (first.firstValid) {
        --m_summary.valid;
        ++m_summary.repeated;
    }
    return RowProblem {RowProblem::Severity::Error,
                       row.repeatOf,
                       column,
                       repeatedCode(),
                       tr("The row on line %1 has the same match key, %2: two rows for one contact would race. "
                          "Merge them into one row.")
                           .arg(row.line)
                           .arg(value),
                       pointer};
}

} // namespace AssertDesk::Batch
