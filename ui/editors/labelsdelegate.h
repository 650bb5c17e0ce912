#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace AssertDesk::Ui {

// The labels cell of the email and phone tables: typed as "WORK, MOBILE" as before, with a menu
// beside the text (its arrow, or Alt+Down) that offers the labels the API allows and ticks or
// unticks each in the text.
class LabelsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsDelegate)

public:
    LabelsDelegate(const QStringList &allowed, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_allowed;
};

} // namespace AssertDesk::Ui
