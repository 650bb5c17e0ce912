#pragma once

#include "batchsummary.h"
#include "columnmapping.h"
#include "rowproblem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Cli {

// What `batch --dry-run` found, gathered while the file streams past and printed at the end:
// the problems in line order (up to a cap, so a million bad rows do not fill the memory), the
// notes on the mapping and the summary.
class BatchReport final
{
public:
    static constexpr qsizetype maxProblems = 10000;

    void add(const Batch::RowProblem &problem);
    void note(const QString &text) { m_notes << text; }

    // Standard output: one line per problem (line, column, severity, code, message, tab-separated);
    // standard error: the notes and the summary.
    void printText(const Batch::ColumnMapping &mapping, const Batch::BatchSummary &summary);
    void printJson(const QString &file, char delimiter, bool byteOrderMark, const Batch::ColumnMapping &mapping,
                   const Batch::BatchSummary &summary);
    // What printJson() prints, for a report that adds to it (the batch preview).
    QJsonObject toJson(const QString &file, char delimiter, bool byteOrderMark, const Batch::ColumnMapping &mapping,
                       const Batch::BatchSummary &summary);

private:
    void sort();

    QList<Batch::RowProblem> m_problems;
    qint64 m_notListed = 0;
    QStringList m_notes;
};

} // namespace AssertDesk::Cli
