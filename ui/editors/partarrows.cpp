#include "partarrows.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace AssertDesk::Ui {

namespace {

// Whether the key would do nothing inside the part, so it can move to the next part instead.
bool leavesPart(QWidget *part, int key)
{
    if (auto *edit = qobject_cast<QLineEdit *>(part)) {
        if (edit->hasSelectedText())
            return false; // the arrow first drops the selection
        if (key == Qt::Key_Left)
            return edit->cursorPosition() == 0;
        if (key == Qt::Key_Right)
            return edit->cursorPosition() == edit->text().size();
        return true;
    }
    if (auto *combo = qobject_cast<QComboBox *>(part))
        return !combo->isEditable() && (key == Qt::Key_Left || key == Qt::Key_Right);
    return false;
}

} // namespace

PartArrows::PartArrows(const QList<QWidget *> &parts, int columns, QWidget *tabStop, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_columns(std::max(1, columns))
{
    for (QWidget *part : parts) {
        part->setFocusPolicy(part == tabStop ? Qt::StrongFocus : Qt::ClickFocus);
        part->installEventFilter(this);
    }
}

QWidget *PartArrows::neighbour(qsizetype index, int key) const
{
    qsizetype to = index;
    switch (key) {
    case Qt::Key_Left: to = index - 1; break;
    case Qt::Key_Right: to = index + 1; break;
    case Qt::Key_Up: to = index - m_columns; break;
    case Qt::Key_Down: to = index + m_columns; break;
    default: return nullptr;
    }
    return to >= 0 && to < m_parts.size() && m_parts.at(to)->isEnabled() ? m_parts.at(to) : nullptr;
}

bool PartArrows::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *press = static_cast<QKeyEvent *>(event);
    auto *part = qobject_cast<QWidget *>(watched);
    const qsizetype index = m_parts.indexOf(part);
    if (index < 0 || (press->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    int key = press->key();
    // Left and Right follow the reading direction, as the parts are laid out in it.
    if (part->layoutDirection() == Qt::RightToLeft && (key == Qt::Key_Left || key == Qt::Key_Right))
        key = key == Qt::Key_Left ? Qt::Key_Right : Qt::Key_Left;
    QWidget *to = leavesPart(part, key) ? neighbour(index, key) : nullptr;
    if (!to)
        return QObject::eventFilter(watched, event);
    to->setFocus(Qt::OtherFocusReason);
    // Into the next part at its start, back into the previous one at its end, as in one text.
    if (auto *edit = qobject_cast<QLineEdit *>(to))
        edit->setCursorPosition(key == Qt::Key_Right ? 0 : int(edit->text().size()));
    return true;
}

} // namespace AssertDesk::Ui
