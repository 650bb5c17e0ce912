#include "undokeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace AssertDesk::Ui {

UndoKeyFilter::UndoKeyFilter(QWidget *scope, std::function<void()> undo, std::function<void()> redo)
    : QObject(scope)
    , m_scope(scope)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget != m_scope && !m_scope->isAncestorOf(widget))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo)) {
        m_undo();
        return true;
    }
    if (key->matches(QKeySequence::Redo)) {
        m_redo();
        return true;
    }
    return false;
}

} // namespace AssertDesk::Ui
