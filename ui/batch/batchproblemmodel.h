#pragma once

#include "rowproblem.h"

#include <QAbstractTableModel>
#include <QList>

namespace AssertDesk::Ui {

// Every problem the check found, one line each: the row, its line in the file, the column, the
// severity, the validator's code and message. Grows in batches while the check runs.
class BatchProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchProblemModel)

public:
    enum Column { RowColumn, LineColumn, ColumnColumn, SeverityColumn, CodeColumn, MessageColumn, ColumnCount };

    struct Entry
    {
        qint64 number = 0; // the row's number in the file (1 for the first after the header)
        Batch::RowProblem problem;
    };

    explicit BatchProblemModel(QObject *parent = nullptr);

    void clear();
    void append(QList<Entry> entries);
    // A problem of a row listed before (it became repeated later): put among its line's neighbours,
    // so the list stays in file order.
    void insertInOrder(const Entry &entry);
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace AssertDesk::Ui
