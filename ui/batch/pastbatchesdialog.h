#pragma once

#include "batchrunner.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace AssertDesk::Ui {

// File › Past batches…: the batches the history holds, newest first: the file, when, its rows,
// how many succeeded, were rejected, are unknown, were interrupted and were not sent, and whether
// it is done, cancelled or interrupted. Opening one shows it in the batch view, offline.
class PastBatchesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastBatchesDialog)

public:
    enum Column {
        IdColumn,
        FileColumn,
        SentColumn,
        RowsColumn,
        SucceededColumn,
        RejectedColumn,
        UnknownColumn,
        InterruptedColumn,
        NotSentColumn,
        StateColumn,
        ColumnCount
    };

    // `runner` outlives it and can reopen (BatchRunner::canReopen()).
    explicit PastBatchesDialog(BatchRunner *runner, QWidget *parent = nullptr);

    // The batch chosen, once the dialog is accepted.
    qint64 chosen() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }

private:
    void fill(const QList<BatchRunner::PastBatch> &batches);
    void open();

    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    qint64 m_chosen = 0;
};

} // namespace AssertDesk::Ui
