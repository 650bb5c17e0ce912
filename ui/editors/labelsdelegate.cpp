#include "labelsdelegate.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>

namespace AssertDesk::Ui {

namespace {

QStringList labelsIn(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            out << l.trimmed().toUpper();
    return out;
}

} // namespace

LabelsDelegate::LabelsDelegate(const QStringList &allowed, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_allowed(allowed)
{
}

QWidget *LabelsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        return QStyledItemDelegate::createEditor(parent, option, index);
    edit->setObjectName(QStringLiteral("labelsEditor"));
    auto *menu = new QMenu(edit);
    menu->setObjectName(QStringLiteral("labelsMenu"));
    for (const QString &label : m_allowed) {
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        QObject::connect(a, &QAction::toggled, edit, [edit, label](bool on) {
            QStringList labels = labelsIn(edit->text());
            labels.removeAll(label);
            if (on)
                labels << label;
            edit->setText(labels.join(QLatin1String(", ")));
        });
    }
    // Ticked as the text stands when the menu opens.
    QObject::connect(menu, &QMenu::aboutToShow, edit, [edit, menu] {
        const QStringList labels = labelsIn(edit->text());
        for (QAction *a : menu->actions()) {
            const QSignalBlocker block(a);
            a->setChecked(labels.contains(a->text()));
        }
    });
    QAction *open = edit->addAction(edit->style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    open->setObjectName(QStringLiteral("labelsMenuAction"));
    open->setText(tr("Choose labels"));
    open->setToolTip(tr("Choose from the allowed labels: %1 (Alt+Down)").arg(m_allowed.join(QLatin1String(", "))));
    open->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    open->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(open, &QAction::triggered, edit,
                     [edit, menu] { menu->popup(edit->mapToGlobal(edit->rect().bottomLeft())); });
    return edit;
}

} // namespace AssertDesk::Ui
