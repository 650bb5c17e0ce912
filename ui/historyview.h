#pragma once

#include <QHash>
#include <QTableView>

namespace AssertDesk::Ui {

// The history's table. HistoryColumns sizes its columns to what the rows hold, and the rows
// repeat themselves: one profile, a few outcomes and actions, many sends in the same minute. Qt
// measures every cell of a column, shaping its text each time (with the first page of 50 rows a
// tenth of the window's start-up, and again on every resize of the pane, where the address column
// is capped). This view measures each distinct text of a column once and keeps the column's width
// until the rows, the font or the style change. The history's cells are their text alone (no
// font, icon or check box of their own), so the width is the one Qt would find.
class HistoryView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setModel(QAbstractItemModel *model) override;
    int sizeHintForColumn(int column) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetWidths();

    mutable QHash<int, int> m_widths; // column → the width its rows want
};

} // namespace AssertDesk::Ui
