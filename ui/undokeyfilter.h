#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace AssertDesk::Ui {

// Sends Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, as the platform has them) pressed anywhere inside a
// widget to one handler. Line edits and the text editor each keep an undo history of their own and
// take these keys before any shortcut can; the request has one history for both of its views.
class UndoKeyFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoKeyFilter)

public:
    // Lives as long as `scope`. Watches the application's key presses (the focus may be in a
    // table's cell editor made after this), and takes only those inside `scope`.
    UndoKeyFilter(QWidget *scope, std::function<void()> undo, std::function<void()> redo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_scope;
    std::function<void()> m_undo;
    std::function<void()> m_redo;
};

} // namespace AssertDesk::Ui
