#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace AssertDesk::Ui {

// The labels cell of the email and phone tables, edited in a combo box that offers the labels the
// API allows (PERSONAL, WORK, MOBILE) one by one; several are typed as "WORK, MOBILE", as before.
class LabelsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsDelegate)

public:
    LabelsDelegate(const QStringList &allowed, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_allowed;
};

} // namespace AssertDesk::Ui
