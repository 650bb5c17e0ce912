#pragma once

#include "checkedrow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace AssertDesk::Ui {

// The file's rows as they were checked, for the rows table: the line, how the row checked, then
// its cells, the cells with a problem marked (a tint, the problem in the tooltip and the
// accessible description). Rows arrive in batches while the check runs; nothing per row but
// the row itself is kept, and a cell's text is made when it is painted.
class BatchRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRowsModel)

public:
    enum Column { LineColumn, CheckColumn, FirstCellColumn };

    explicit BatchRowsModel(QObject *parent = nullptr);

    // Empties the table for a file with these columns (as problems name them), the match column
    // at `matchColumn` (-1: none).
    void reset(const QStringList &columnNames, qsizetype matchColumn = -1);
    // Rows and the block of their cells.
    void append(QList<CheckedRow> rows, QByteArray cells);
    // A row handed out before became repeated when a later row came with its match key.
    void addEarlierProblem(const Batch::RowProblem &problem);

    const CheckedRow &checkedRow(int row) const { return m_rows.at(row); }
    QString cell(int row, qsizetype column) const;
    QString matchValue(int row) const;
    // The row that starts on `line`, or -1.
    int rowForLine(qint64 line) const;
    // The table column of a problem's column name (the check column for the row as a whole).
    int columnFor(const QString &columnName) const;
    static QString statusText(Batch::BatchRow::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const CheckedRow &row, int column, int role) const;
    QList<const Batch::RowProblem *> problemsAt(const CheckedRow &row, int column) const;

    QStringList m_names;
    qsizetype m_matchColumn = -1;
    QList<CheckedRow> m_rows;
    QList<QByteArray> m_blocks;
};

} // namespace AssertDesk::Ui
