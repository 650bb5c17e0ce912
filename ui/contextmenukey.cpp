#include "contextmenukey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace AssertDesk::Ui {

namespace {

bool isMenuKey(const QKeyEvent *key)
{
    if (key->key() == Qt::Key_Menu)
        return true;
    return key->key() == Qt::Key_F10 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ShiftModifier;
}

// Just below the item's start: the menu opens beside what it acts on and does not hide it.
QPoint below(const QRect &rect, const QRect &bounds)
{
    const QRect shown = rect.intersected(bounds);
    if (shown.isEmpty())
        return bounds.topLeft();
    return QPoint(shown.left() + qMin(16, shown.width() / 2), shown.bottom());
}

} // namespace

ContextMenuKey::ContextMenuKey(QWidget *scope)
    : QObject(scope)
    , m_scope(scope)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool ContextMenuKey::inScope(QWidget *widget) const
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        if (w == m_scope)
            return true;
    return false;
}

QPoint ContextMenuKey::anchor(QWidget *widget, QWidget **target)
{
    *target = widget;
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        *target = view->viewport();
        const QModelIndex current = view->currentIndex();
        return below(current.isValid() ? view->visualRect(current) : QRect(), view->viewport()->rect());
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget)) {
        *target = edit->viewport();
        return below(edit->cursorRect(), edit->viewport()->rect());
    }
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        *target = edit->viewport();
        return below(edit->cursorRect(), edit->viewport()->rect());
    }
    // A line edit's text cursor; for a button or a box, Qt answers with the widget's middle.
    const QRect cursor = widget->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    return below(cursor.isValid() ? cursor : widget->rect(), widget->rect());
}

bool ContextMenuKey::open(QWidget *widget)
{
    QWidget *target = nullptr;
    const QPoint pos = anchor(widget, &target);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, pos, target->mapToGlobal(pos), Qt::NoModifier);
    // Like a right click: a widget without a menu passes the event on to its parent.
    QCoreApplication::sendEvent(target, &menu);
    return menu.isAccepted();
}

bool ContextMenuKey::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType() || qobject_cast<QMenu *>(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // The platform's own keyboard menu (the Menu key on X11, Windows) opens at the mouse: the key
    // press that follows it opens the menu here instead.
    if (event->type() == QEvent::ContextMenu && event->spontaneous()
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard)
        return inScope(widget);
    // The first to see the key is the focused widget; it is taken here, so no parent sees it.
    if (event->type() != QEvent::KeyPress || !inScope(widget))
        return false;
    if (!isMenuKey(static_cast<QKeyEvent *>(event)))
        return false;
    open(widget);
    return true;
}

} // namespace AssertDesk::Ui
