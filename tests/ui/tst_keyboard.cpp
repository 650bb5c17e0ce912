#include "appfixture.h"
#include "findchild.h"

#include "mainwindow.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// What a context menu opened by `press` shows, and where its top left corner sits: the menu is
// closed as soon as it is seen (a view's menu runs its own event loop until then).
struct SeenMenu
{
    QStringList items;
    QPoint topLeft;
    int width = 0;
};

SeenMenu menuOpenedBy(const std::function<void()> &press)
{
    SeenMenu seen;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                seen.items << a->text();
        seen.topLeft = menu->geometry().topLeft();
        seen.width = menu->width();
        menu->close();
    });
    poll.start();
    press();
    QDeadlineTimer deadline(2000);
    while (seen.items.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    return seen;
}

// Within a row's height of the current item's left edge: at the item, not at the mouse.
bool atItem(const SeenMenu &menu, QAbstractItemView *view)
{
    const QRect item = view->visualRect(view->currentIndex());
    const QPoint start = view->viewport()->mapToGlobal(item.topLeft());
    // A menu that would run off the screen is moved left, as much as it has to.
    const int right = view->screen()->geometry().right() - menu.width + 1;
    const int x = qMin(start.x(), right);
    return qAbs(menu.topLeft.y() - start.y()) <= 2 * item.height() && menu.topLeft.x() >= x - 2
        && menu.topLeft.x() <= x + 40;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Alt+J, Alt+O, Alt+T, Alt+W: the page shows and the keys go into it, not to the tab bar.
    void aTabsMnemonicFocusesItsFirstField()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWindow *handle = window.windowHandle();
        FIND_CHILD(QPlainTextEdit, json, &window, "requestEditor");
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        QTest::keyClick(handle, Qt::Key_J, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), json);
        QTest::keyClick(handle, Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), match);

        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        QTest::keyClick(handle, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        FIND_CHILD(QPlainTextEdit, raw, &window, "responseRaw");
        FIND_CHILD(QTreeView, tree, &window, "responseTree");
        QTest::keyClick(handle, Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), raw);
        QTest::keyClick(handle, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), tree);
    }

    // Shift+F10 and the Menu key open the focused view's menu at its current item.
    void theMenuKeysOpenContextMenusAtTheCurrentItem()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        QTest::keyClick(window.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QCursor::setPos(window.mapToGlobal(QPoint(5, 5))); // far from every item

        FIND_CHILD(QTreeView, tree, &window, "responseTree");
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(3, 1));
        SeenMenu menu = menuOpenedBy([&] { QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier); });
        QCOMPARE(menu.items, (QStringList {QStringLiteral("Copy value"), QStringLiteral("Copy path")}));
        QVERIFY2(atItem(menu, tree), "the tree's menu opened away from the current value");

        FIND_CHILD(QTableView, history, &window, "historyView");
        QTRY_COMPARE(history->model()->rowCount(), 1);
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, 2));
        menu = menuOpenedBy([&] { QTest::keyClick(history, Qt::Key_Menu); });
        QVERIFY2(menu.items.size() >= 3, qPrintable(menu.items.join(QLatin1Char(','))));
        QVERIFY2(atItem(menu, history), "the history's menu opened away from the selected row");

        FIND_CHILD(QPlainTextEdit, json, &window, "requestEditor");
        window.activateWindow(); // the offscreen platform leaves it inactive when a menu closes
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.windowHandle(), Qt::Key_J, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), json);
        menu = menuOpenedBy([&] { QTest::keyClick(json, Qt::Key_F10, Qt::ShiftModifier); });
        QVERIFY2(menu.items.join(QLatin1Char(',')).contains(QStringLiteral("Paste")),
                 qPrintable(menu.items.join(QLatin1Char(','))));
    }

    void theProblemListHasAMenuThatGoesToTheField()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        match->clear(); // an error at /match
        FIND_CHILD(QTreeWidget, problems, &window, "problemList");
        QTRY_VERIFY(problems->topLevelItemCount() > 0);
        problems->setFocus();
        problems->setCurrentItem(problems->topLevelItem(0));
        const SeenMenu menu = menuOpenedBy([&] { QTest::keyClick(problems, Qt::Key_F10, Qt::ShiftModifier); });
        QVERIFY2(menu.items.contains(QStringLiteral("Go to the field")), qPrintable(menu.items.join(QLatin1Char(','))));
        problems->actions().at(0)->trigger();
        QTRY_COMPARE(window.focusWidget(), match);
    }

    // The list is read from the actions: one added to a menu later is in it, with its keys.
    void theShortcutListFollowsTheActions()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.requestPanel()->form()->builtRowCount(), window.requestPanel()->form()->rowCount());
        QMenu *file = window.menuBar()->actions().at(0)->menu();
        QAction *added = file->addAction(QStringLiteral("&Frobnicate"));
        added->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
        auto *open = window.findChild<QAction *>(QStringLiteral("actionShortcuts"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        FIND_CHILD(QTreeWidget, list, dialog, "shortcutList");
        QStringList lines;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            lines << item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2);
        }
        const QString native = QKeySequence(QStringLiteral("Ctrl+Alt+F")).toString(QKeySequence::NativeText);
        QVERIFY2(lines.contains(QStringLiteral("File|Frobnicate|") + native),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        const QString send = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
        QVERIFY2(lines.filter(QStringLiteral("Request|Send|") + send).size() == 1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(!lines.filter(QStringLiteral("|Copy value|")).isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        // The email and phone tables' rows are added and removed by key (their buttons are no Tab stops).
        const QString insert = QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText);
        const QString del = QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText);
        for (const QString &line : QStringList {QStringLiteral("Emails|Add row|") + insert,
                                                QStringLiteral("Phone numbers|Remove row|") + del})
            QVERIFY2(lines.contains(line), qPrintable(lines.join(QLatin1Char('\n'))));
        dialog->close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
