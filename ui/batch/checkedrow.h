#pragma once

#include "batchrow.h"
#include "rowproblem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace AssertDesk::Ui {

// What the batch view keeps of one checked row: where it is, how it checked, and where its cells
// are. The cells of a whole batch of rows are one UTF-8 block (CheckedBatch::cells, a NUL
// between cells: the reader refuses a NUL in a file, so none is in a cell); a row is its place
// in that block. 100,000 rows so take about the file's size, where a QString per cell, or a
// block per row, took ten times that (measured with bench_batchview: 262 MB for a 12 MB file).
struct CheckedRow
{
    qint64 line = 0;
    qint64 number = 0;
    Batch::BatchRow::Status status = Batch::BatchRow::Status::Valid;
    int block = 0; // which block of cells (set by the rows model)
    quint32 cellsOffset = 0;
    quint32 cellsSize = 0;
    QList<Batch::RowProblem> problems;

    // Appends the cells to `block` and notes where they are.
    void pack(QByteArray &block, const QStringList &cells)
    {
        cellsOffset = quint32(block.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                block.append('\0');
            block.append(cells.at(i).toUtf8());
        }
        cellsSize = quint32(block.size()) - cellsOffset;
    }
    // The cell at `column` of this row, whose cells are in `block`; empty past the last one.
    QString cell(const QByteArray &block, int column) const
    {
        const QByteArrayView cells(block.constData() + cellsOffset, cellsSize);
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
        return QString::fromUtf8(cells.sliced(start, end - start));
    }
};

} // namespace AssertDesk::Ui
