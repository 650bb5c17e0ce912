#pragma once

#include "batchrow.h"
#include "rowproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Ui {

// What the batch view keeps of one checked row: where it is, how it checked, its match key and
// its cells. The cells are kept as one UTF-8 block (a NUL between cells: the reader refuses a NUL
// in a file, so none is in a cell), a file's size in memory rather than a QString per cell.
struct CheckedRow
{
    qint64 line = 0;
    qint64 number = 0;
    Batch::BatchRow::Status status = Batch::BatchRow::Status::Valid;
    QString matchValue;
    QByteArray cells;
    QList<Batch::RowProblem> problems;

    static QByteArray pack(const QStringList &cells) { return cells.join(QChar(0)).toUtf8(); }
    // The cell at `column`, or an empty string past the last one.
    QString cell(int column) const
    {
        qsizetype start = 0;
        for (int i = 0; i < column; ++i) {
            start = cells.indexOf('\0', start);
            if (start < 0)
                return QString();
            ++start;
        }
        qsizetype end = cells.indexOf('\0', start);
        if (end < 0)
            end = cells.size();
        return QString::fromUtf8(cells.constData() + start, end - start);
    }
};

} // namespace AssertDesk::Ui
