#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;

namespace AssertDesk::Ui {

class MainWindow;

// The window's menus: every command it offers, with its shortcut, calling into the window and
// its panels. Apart from the window, which lays out the panels and wires them.
class MainMenus final
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)

public:
    // Fills the window's menu bar; returns the actions the profile bar also shows as buttons.
    static QList<QAction *> build(MainWindow *window);

private:
    static void fileMenus(MainWindow *window);
    static QAction *requestMenu(MainWindow *window);
    static QAction *profileMenu(MainWindow *window);
    static void sandboxMenu(MainWindow *window);
    static void viewMenus(MainWindow *window);
};

} // namespace AssertDesk::Ui
