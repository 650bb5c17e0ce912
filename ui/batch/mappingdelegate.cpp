#include "mappingdelegate.h"

#include "mappingmodel.h"

#include <QComboBox>
#include <QKeyEvent>

namespace AssertDesk::Ui {

QWidget *MappingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const MappingModel *>(index.model());
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("mappingTarget"));
    combo->setAccessibleName(
        tr("Column %1 is sent as").arg(index.siblingAtColumn(MappingModel::HeaderColumn).data().toString()));
    combo->addItem(tr("(not sent)"), QString());
    if (model)
        for (const QString &target : model->targets())
            combo->addItem(target, target);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<MappingDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void MappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void MappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

bool MappingDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace AssertDesk::Ui
