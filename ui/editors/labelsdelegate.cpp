#include "labelsdelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace AssertDesk::Ui {

LabelsDelegate::LabelsDelegate(const QStringList &allowed, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_allowed(allowed)
{
}

QWidget *LabelsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("labelsEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(m_allowed);
    combo->setToolTip(tr("Allowed labels: %1. Type several with commas.").arg(m_allowed.join(QLatin1String(", "))));
    combo->setAccessibleName(tr("Labels"));
    return combo;
}

void LabelsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setEditText(index.data(Qt::EditRole).toString());
}

void LabelsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QComboBox *>(editor)->currentText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

} // namespace AssertDesk::Ui
