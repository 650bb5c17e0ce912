#pragma once

#include <QDialog>

class QMainWindow;
class QMenu;
class QTreeWidget;

namespace AssertDesk::Ui {

// Help › Keyboard shortcuts: every shortcut the window has, read from its actions when it opens,
// so a command given a key anywhere shows up here without anyone keeping a list in step.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // One line per action with a shortcut: where it is, what it does, its keys as the platform
    // writes them.
    struct Line
    {
        QString where;
        QString command;
        QString keys;
    };
    static QList<Line> lines(QMainWindow *window);

private:
    static void addMenu(QMenu *menu, const QString &where, QList<Line> *out, QList<QAction *> *seen);
};

} // namespace AssertDesk::Ui
