#include "appfixture.h"
#include "findchild.h"
#include "historyfill.h"

#include "contacttimelinedialog.h"
#include "difftable.h"
#include "historypanel.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace AssertDesk;
using Test::HistoryFill;
using Ui::ContactTimelineDialog;
using Ui::HistoryPanel;

namespace {

const QString kSarah = QStringLiteral("sarah@acme.example");

struct Sends
{
    qint64 create = 0, update = 0, refused = 0, other = 0, unknownAddress = 0;
};

// c-1 created, then its title changed, then a send to its address refused; a send to c-2; and a
// refused send to an address no contact has (it names no contact id).
Sends fill(History::HistoryService *history)
{
    HistoryFill f(history);
    Sends s;
    s.create = f.created({QStringLiteral("Sandbox"), kSarah, R"({"first_name":"Sarah","title":"CTO"})", {}},
                         QStringLiteral("c-1"));
    s.update = f.updated({QStringLiteral("Acme Production"), kSarah, R"({"title":"VP","first_name":"Sarah"})",
                          HistoryFill::contact(QStringLiteral("c-1"),
                                               {{QStringLiteral("title"), QStringLiteral("CTO")},
                                                {QStringLiteral("first_name"), QStringLiteral("Sarah")}})},
                         QStringLiteral("c-1"));
    s.refused = f.rejected({QStringLiteral("Sandbox"), kSarah, R"({"title":"?"})", {}},
                           QStringLiteral("field_value_invalid"));
    s.other = f.updated({QStringLiteral("Sandbox"), QStringLiteral("bob@acme.example"), R"({"title":"CEO"})", {}},
                        QStringLiteral("c-2"));
    s.unknownAddress = f.rejected({QStringLiteral("Sandbox"), QStringLiteral("new@x.example"), R"({"title":"!"})", {}},
                                  QStringLiteral("field_value_invalid"));
    return s;
}

bool select(HistoryPanel &panel, qint64 id)
{
    if (!QTest::qWaitFor([&] { return panel.model()->rowCount() == 5; }, 5000))
        return false;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        if (panel.model()->idAt(r) == id) {
            panel.view()->setCurrentIndex(panel.model()->index(r, 0));
            return true;
        }
    return false;
}

QString cell(QTreeWidget *tree, int row, int column)
{
    return tree->topLevelItem(row)->text(column);
}

} // namespace

class TestContactTimelineDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Issue 16: every send to the contact, newest first, each with what it changed (old → new),
    // read from the history alone, and each opening its entry.
    void everySendToTheContactNewestFirstWithWhatItChanged()
    {
        Test::AppFixture app;
        const Sends s = fill(app.history.get());
        HistoryPanel panel(app.history.get());
        QVERIFY(select(panel, s.update));
        panel.timelineAction()->trigger();
        ContactTimelineDialog *dialog = panel.timeline();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTreeWidget *sends = dialog->sends();
        QTRY_COMPARE(sends->topLevelItemCount(), 3); // not c-2's, not the unknown address's
        FIND_CHILD(QLabel, title, dialog, "timelineTitle");
        QCOMPARE(title->text(), QStringLiteral("Contact c-1"));
        FIND_CHILD(QLabel, status, dialog, "timelineStatus");
        QCOMPARE(status->text(), QStringLiteral("3 sends, newest first, from the history on this computer."));

        using C = ContactTimelineDialog;
        QCOMPARE(sends->topLevelItem(0)->data(C::Sent, Qt::UserRole).toLongLong(), s.refused);
        QCOMPARE(cell(sends, 0, C::Outcome), QStringLiteral("rejected (field_value_invalid)"));
        QCOMPARE(cell(sends, 0, C::Changed), QStringLiteral("Nothing: the send was not carried out."));

        QCOMPARE(sends->topLevelItem(1)->data(C::Sent, Qt::UserRole).toLongLong(), s.update);
        QCOMPARE(cell(sends, 1, C::Profile), QStringLiteral("Acme Production"));
        QCOMPARE(cell(sends, 1, C::Outcome), QStringLiteral("succeeded"));
        QCOMPARE(cell(sends, 1, C::Action), QStringLiteral("updated"));
        QCOMPARE(cell(sends, 1, C::Changed), QStringLiteral("title: CTO → VP")); // first_name stayed Sarah

        QCOMPARE(sends->topLevelItem(2)->data(C::Sent, Qt::UserRole).toLongLong(), s.create);
        // The send it was opened from is the current one.
        QCOMPARE(sends->currentItem(), sends->topLevelItem(1));
        QCOMPARE(cell(sends, 2, C::Action), QStringLiteral("created"));
        QVERIFY2(cell(sends, 2, C::Changed).contains(QStringLiteral("first_name: — → Sarah")),
                 qPrintable(cell(sends, 2, C::Changed)));
        QVERIFY(cell(sends, 2, C::Changed).contains(QStringLiteral("title: — → CTO")));
        QVERIFY(!cell(sends, 0, C::Sent).isEmpty());

        // The send chosen shows field by field: the unchanged first name too, said as such.
        sends->setCurrentItem(sends->topLevelItem(1));
        Ui::DiffTable *diff = dialog->diff();
        QStringList rows;
        for (int r = 0; r < diff->rowCount(); ++r)
            rows << QStringList {diff->item(r, 0)->text(), diff->item(r, 1)->text(), diff->item(r, 2)->text(),
                                 diff->item(r, 3)->text()}
                        .join(QLatin1Char('|'));
        QVERIFY2(rows.contains(QStringLiteral("first_name|Sarah|Sarah|unchanged")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("title|CTO|VP|change")), qPrintable(rows.join(u'\n')));

        // Enter on a send opens it as its history entry.
        QSignalSpy opened(&panel, &HistoryPanel::openRequested);
        sends->setFocus();
        QTest::keyClick(sends, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), s.update);
        FIND_CHILD(QPushButton, open, dialog, "timelineOpen");
        sends->setCurrentItem(sends->topLevelItem(2));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.last().at(0).toLongLong(), s.create);
        for (QWidget *w : dialog->findChildren<QWidget *>())
            if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && !w->inherits("QScrollBar"))
                QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                         qPrintable(w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className())));
    }

    // A send that named no contact (refused, never answered with an id) follows its address.
    void aSendWithNoContactFollowsItsAddress()
    {
        Test::AppFixture app;
        const Sends s = fill(app.history.get());
        HistoryPanel panel(app.history.get());
        QVERIFY(select(panel, s.unknownAddress));
        panel.timelineAction()->trigger();
        QTreeWidget *sends = panel.timeline()->sends();
        QTRY_COMPARE(sends->topLevelItemCount(), 1);
        QCOMPARE(sends->topLevelItem(0)->data(ContactTimelineDialog::Sent, Qt::UserRole).toLongLong(),
                 s.unknownAddress);
        FIND_CHILD(QLabel, title, panel.timeline(), "timelineTitle");
        QCOMPARE(title->text(), QStringLiteral("Sends matched on new@x.example"));

        // From the refused send to Sarah's address: the sends to the contact that address reached.
        QVERIFY(select(panel, s.refused));
        panel.timelineAction()->trigger();
        QTRY_COMPARE(sends->topLevelItemCount(), 3);
    }

    // Reached from the keyboard: Ctrl+T in the window, listed in the View menu.
    void theWindowOpensItWithCtrlT()
    {
        Test::AppFixture app;
        const Sends s = fill(app.history.get());
        Ui::MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *timeline = window.historyPanel()->timelineAction();
        QCOMPARE(timeline->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
        bool inViewMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&View"))
                inViewMenu = menu->menu()->actions().contains(timeline);
        QVERIFY(inViewMenu);
        QVERIFY(window.historyPanel()->view()->actions().contains(timeline)); // and in the table's menu
        QVERIFY(select(*window.historyPanel(), s.other));
        window.historyPanel()->view()->setFocus();
        QTest::keyClick(window.historyPanel()->view(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(window.historyPanel()->timeline() && window.historyPanel()->timeline()->isVisible());
        FIND_CHILD(QLabel, title, window.historyPanel()->timeline(), "timelineTitle");
        QCOMPARE(title->text(), QStringLiteral("Contact c-2"));
        QTRY_COMPARE(window.historyPanel()->timeline()->sends()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestContactTimelineDialog)
#include "tst_contacttimelinedialog.moc"
