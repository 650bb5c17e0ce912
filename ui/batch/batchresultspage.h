#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace AssertDesk::Ui {

class BatchResultsFilter;
class BatchResultsModel;

// The results table of a batch, one line per row, with the outcome filter above it.
class BatchResultsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsPage)

public:
    explicit BatchResultsPage(BatchResultsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *filterCombo() const { return m_show; }
    BatchResultsFilter *filter() const { return m_filter; }

private:
    void showFilter(int choice);
    void setWidths();

    BatchResultsModel *m_model;
    BatchResultsFilter *m_filter = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace AssertDesk::Ui
