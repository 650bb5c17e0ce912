#pragma once

#include <QStyledItemDelegate>

namespace AssertDesk::Ui {

// The combo of a mapping line: "(not sent)" and every place a column can go. A choice takes
// effect at once (the mapping is made again and checked), not when the focus leaves the combo.
class MappingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // Tab leaves the combo for the next control, as in a form: the item view's own handling
    // moves to the next line's combo and wraps to the first, so the keyboard could never leave
    // the table.
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace AssertDesk::Ui
