#pragma once

#include <QObject>
#include <QPoint>

class QWidget;

namespace AssertDesk::Ui {

// Shift+F10 and the Menu key open the context menu of the focused widget at its current item
// (the selected history row, the tree's current value, the text cursor), not where the mouse
// happens to be. Qt maps only the Menu key, only on some platforms, and at the mouse or the top
// of a view; Shift+F10 is what Windows and GNOME users press.
class ContextMenuKey final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextMenuKey)

public:
    // Watches the application's keys while `scope` lives, and takes those pressed in `scope` or in
    // a dialog it owns.
    explicit ContextMenuKey(QWidget *scope);

    // Opens `widget`'s context menu as the keyboard would; false if it has none.
    static bool open(QWidget *widget);
    // Where in `target` (the widget, or a scroll area's viewport) the menu of `widget` opens.
    static QPoint anchor(QWidget *widget, QWidget **target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inScope(QWidget *widget) const;

    QWidget *m_scope;
};

} // namespace AssertDesk::Ui
