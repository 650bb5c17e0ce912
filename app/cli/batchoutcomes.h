#pragma once

#include "batchsetup.h"

#include "batchrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <vector>

// Where every row of a batch stands, from the check of its file and its attempts in the history:
// what status counts, what the results file says per row, and the exit code.
namespace AssertDesk::Cli {

class BatchOutcomes final
{
public:
    enum class Kind { Succeeded, Landed, Rejected, Unknown, Interrupted, NotSent, Invalid, Repeated };
    static constexpr int kKinds = 8;

    // `check` may be null (status reads no file): then the batch's own counts of invalid and
    // repeated rows are used, and every other row without an attempt is "not sent".
    BatchOutcomes(const History::BatchRecord &batch, const QList<History::BatchRowState> &rows, const FileCheck *check);
    BatchOutcomes(const BatchOutcomes &) = delete; // it points into its own rows
    BatchOutcomes &operator=(const BatchOutcomes &) = delete;

    static QString name(Kind kind); // succeeded, landed (checked), rejected, unknown, ...
    static QString key(Kind kind);  // succeeded, landed_checked, rejected, unknown, ... (JSON)

    Kind kindOf(qint64 row) const;
    // The row's latest attempt that says most; null when it has none.
    const History::BatchRowState *stateOf(qint64 row) const;
    qint64 count(Kind kind) const { return m_counts[size_t(kind)]; }
    qint64 total() const { return m_total; }
    // 4 unknown or interrupted rows, else 3 rejected, else 5 not sent, else 0. Rows the user chose
    // to skip (invalid, repeated) do not change it.
    int exitCode() const;

    QJsonObject toJson() const;
    QString toText() const; // "succeeded\t12" lines

private:
    qint64 m_total = 0;
    const FileCheck *m_check;
    std::vector<const History::BatchRowState *> m_byRow;
    QList<History::BatchRowState> m_rows;
    std::array<qint64, kKinds> m_counts {};
};

// The results file: the source file's columns and, per row, outcome, http_status, action,
// contact_id, error_code, message and history_id; one line per input row, formula-safe like the
// history export, readable by its owner only.
// Creates the results file (owner only) and makes sure it can be replaced, before anything is sent;
// false with the reason when it cannot.
bool prepareResults(const QString &out, QString *error);
// Rows never tried (no attempt in the history, nothing wrong in the file) say `notSentWhy`.
bool writeResults(const QString &out, const QString &source, char delimiter, const BatchOutcomes &outcomes,
                  const FileCheck &check, QString *error, const QString &notSentWhy = {});

} // namespace AssertDesk::Cli
