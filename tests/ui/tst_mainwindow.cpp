#include "mainwindow.h"
#include "requestpanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using AssertDesk::Ui::MainWindow;
using AssertDesk::Ui::RequestPanel;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWithThreeAreasAndMenus()
    {
        MainWindow window;
        QSignalSpy painted(&window, &MainWindow::firstPaint);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(painted.wait(5000) || painted.count() == 1);

        for (const char *name : {"historyArea", "requestArea", "responseArea"}) {
            auto *box = window.findChild<QGroupBox *>(QString::fromLatin1(name));
            QVERIFY2(box, name);
            QVERIFY2(box->isVisible(), name);
            QVERIFY2(box->width() > 100 && box->height() > 100, name);
        }
        // Left to right: history, request, response.
        const int historyX = window.findChild<QGroupBox *>(QStringLiteral("historyArea"))->x();
        const int requestX = window.findChild<QGroupBox *>(QStringLiteral("requestArea"))->x();
        const int responseX = window.findChild<QGroupBox *>(QStringLiteral("responseArea"))->x();
        QVERIFY(historyX < requestX && requestX < responseX);

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Help")}));
    }

    void placeholdersSayWhatIsNotThereYet()
    {
        MainWindow window;
        auto *history = window.findChild<QLabel *>(QStringLiteral("historyPanelMessage"));
        auto *response = window.findChild<QLabel *>(QStringLiteral("responsePanelMessage"));
        QVERIFY(history && response);
        QVERIFY(history->text().contains(QStringLiteral("No asserts recorded yet")));
        QVERIFY(response->text().contains(QStringLiteral("Nothing sent yet")));
    }

    void requestPanelChecksAsYouType()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RequestPanel *panel = window.requestPanel();
        auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("problemList"));
        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("requestEditor"));
        QVERIFY(list && editor);
        QCOMPARE(list->topLevelItemCount(), 0); // the example request is valid

        QSignalSpy changed(panel, &RequestPanel::problemsChanged);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral(R"({"match":{"primary_email":"a@b.com"},"attributes":{"primary_email":"a@b.com"}})"));
        QVERIFY(changed.wait(3000));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("/attributes/primary_email"));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Error"));
        QCOMPARE(changed.last().at(0).toInt(), 1);
    }

    void statusBarNamesTheServer()
    {
        MainWindow window;
        window.showEnvironment(QStringLiteral("Sandbox"), QUrl(QStringLiteral("http://127.0.0.1:4321/api/v2")));
        auto *label = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Sandbox · http://127.0.0.1:4321/api/v2"));
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        MainWindow window;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QGroupBox *>(w))
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle") || w->inherits("QHeaderView"))
                continue;
            if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea")
                && !w->parentWidget()->accessibleName().isEmpty())
                continue; // the viewport of a named view
            const QString what = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
