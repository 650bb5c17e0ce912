#include "historyview.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>

namespace AssertDesk::Ui {

HistoryView::HistoryView(QWidget *parent)
    : QTableView(parent)
{
}

HistoryView::~HistoryView() = default;

void HistoryView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    forgetWidths();
    if (!model)
        return;
    // Any change to what the rows say may change what they need.
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::layoutChanged, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::rowsMoved, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::columnsInserted, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &HistoryView::forgetWidths);
    connect(model, &QAbstractItemModel::dataChanged, this, &HistoryView::forgetWidths);
}

int HistoryView::sizeHintForColumn(int column) const
{
    QAbstractItemModel *rows = model();
    if (!rows)
        return -1;
    const int count = rows->rowCount(rootIndex());
    const int precision = horizontalHeader()->resizeContentsPrecision();
    // Past its precision Qt measures only some of the rows, chosen around those in view: its way.
    if (precision == 0 || (precision > 0 && count > precision))
        return QTableView::sizeHintForColumn(column);
    ensurePolished();
    if (const auto known = m_widths.constFind(column); known != m_widths.cend())
        return *known;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QSet<QString> measured;
    int hint = 0;
    for (int row = 0; row < count; ++row) {
        if (isRowHidden(row))
            continue;
        const QModelIndex index = rows->index(row, column, rootIndex());
        const QString text = index.data(Qt::DisplayRole).toString();
        if (measured.contains(text))
            continue;
        measured.insert(text);
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // As QTableView: the grid line takes a pixel.
    hint = showGrid() ? hint + 1 : hint;
    m_widths.insert(column, hint);
    return hint;
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LayoutDirectionChange)
        forgetWidths();
    QTableView::changeEvent(event);
}

void HistoryView::forgetWidths()
{
    m_widths.clear();
}

} // namespace AssertDesk::Ui
