#include "appfixture.h"
#include "findchild.h"

#include "mainwindow.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendcontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

const QString typed = QStringLiteral(
    R"({"match":{"primary_email":"at.once@x.example"},"attributes":{"first_name":"Ines","title":"Sent at once"}})");

QString treeValue(Ui::ResponsePanel *panel, const QString &field)
{
    QAbstractItemModel *m = panel->treeView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == field)
            return m->index(r, 1).data().toString();
    return QStringLiteral("<no %1>").arg(field);
}

template<typename T> T waitFor(const QFuture<T> &future)
{
    // The history answers from its own thread; events are handled meanwhile, and result() waits
    // for the rest.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        qWarning("the history has not answered within 10 s");
    return future.result();
}

} // namespace

// What the JSON tab shows when Send is pressed is what is sent, byte for byte, however quickly
// Send follows the typing; text that does not parse is not sent at all.
class TestSendAsShown final : public QObject
{
    Q_OBJECT

private:
    // The window on screen and active, with the JSON tab shown, its text selected.
    static QPlainTextEdit *openJsonTab(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("requestTabs"));
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("requestEditor"));
        tabs->setCurrentWidget(editor);
        editor->setFocus();
        editor->selectAll();
        return editor;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void textSentAtOnceArrivesAsWritten_data()
    {
        QTest::addColumn<bool>("pasted");
        QTest::newRow("typed") << false;
        QTest::newRow("pasted") << true;
    }

    void textSentAtOnceArrivesAsWritten()
    {
        QFETCH(bool, pasted);
        Test::AppFixture app;
        MainWindow window(app.services);
        QPlainTextEdit *editor = openJsonTab(window);
        QVERIFY(editor);
        qint64 historyId = 0;
        connect(window.sendController(), &Session::SendController::finished, this,
                [&](const Contract::SendResult &, const QJsonObject &, qint64 id) { historyId = id; });
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        if (pasted) {
            QGuiApplication::clipboard()->setText(typed);
            QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        } else {
            QTest::keyClicks(editor, typed);
        }
        // No wait between the last key and Send.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QVERIFY2(window.responsePanel()->bannerText().startsWith(QStringLiteral("Created")),
                 qPrintable(window.responsePanel()->bannerText()));
        // The sandbox got the new body, and the history holds exactly the bytes on screen.
        QCOMPARE(treeValue(window.responsePanel(), QStringLiteral("title")), QStringLiteral("Sent at once"));
        QVERIFY(historyId > 0);
        const std::optional<History::HistoryRecord> record = waitFor(app.history->record(historyId));
        QVERIFY(record);
        QCOMPARE(record->requestBody, typed.toUtf8());
        QCOMPARE(editor->toPlainText(), typed);
    }

    void textThatDoesNotParseIsNotSent()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        QPlainTextEdit *editor = openJsonTab(window);
        QVERIFY(editor);
        QSignalSpy started(window.sendController(), &Session::SendController::started);
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        const QString broken = typed.chopped(1); // the closing brace not typed yet
        QTest::keyClicks(editor, broken);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // Refused on the spot, with where the text breaks.
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Not sent")) && message.contains(QStringLiteral("line 1, column")),
                 qPrintable(message));
        QVERIFY(window.requestPanel()->form()->isReadOnly());
        QTest::qWait(1000);
        QCOMPARE(started.count(), 0);
        QCOMPARE(shown.count(), 0);
        QCOMPARE(waitFor(app.history->list({}, 10, 0)).rows.size(), 0);
        QCOMPARE(editor->toPlainText(), broken);

        // The closing brace typed, Send goes at once and sends the text as it now is.
        QTest::keyClicks(editor, QStringLiteral("}"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QCOMPARE(started.count(), 1);
        const QList<History::HistoryRecord> sent = waitFor(app.history->list({}, 10, 0)).rows;
        QCOMPARE(sent.size(), 1);
        const std::optional<History::HistoryRecord> record = waitFor(app.history->record(sent.first().id));
        QVERIFY(record);
        QCOMPARE(record->requestBody, typed.toUtf8());
    }
};

QTEST_MAIN(TestSendAsShown)
#include "tst_sendasshown.moc"
