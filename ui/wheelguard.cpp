#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace AssertDesk::Ui {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    // Widgets polished before the guard existed get their focus policy now; later ones when
    // they are polished.
    for (QWidget *widget : QApplication::allWidgets())
        if (isWheelEditable(widget))
            takeWheelFocusAway(widget);
    qApp->installEventFilter(this);
}

bool WheelGuard::isWheelEditable(const QObject *object)
{
    if (qobject_cast<const QScrollBar *>(object))
        return false;
    return qobject_cast<const QAbstractSpinBox *>(object) || qobject_cast<const QComboBox *>(object)
        || qobject_cast<const QAbstractSlider *>(object);
}

void WheelGuard::takeWheelFocusAway(QWidget *widget)
{
    // Only a widget that takes the focus by the wheel: one that takes no focus keeps none.
    if (widget->focusPolicy() == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::hasFocusWithin(const QWidget *widget)
{
    // An editable combo box or a spin box has the focus in its line edit.
    const QWidget *focus = QApplication::focusWidget();
    return widget->hasFocus() || (focus && widget->isAncestorOf(focus));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (isWheelEditable(watched))
            takeWheelFocusAway(static_cast<QWidget *>(watched));
        break;
    case QEvent::Wheel:
        if (isWheelEditable(watched) && !hasFocusWithin(static_cast<QWidget *>(watched))) {
            // Filtered out but not accepted: QApplication then offers the wheel to the parents,
            // and the scroll area around the widget scrolls.
            event->ignore();
            return true;
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace AssertDesk::Ui
