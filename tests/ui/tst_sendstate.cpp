#include "appfixture.h"
#include "findchild.h"
#include "hostileserver.h"
#include "httpclient.h"

#include "historypanel.h"
#include "mainwindow.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sendcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;
using State = Session::SendController::State;

namespace {

// Every press of Send the window can get: a click on the button and the shortcut.
void pressSendTwice(MainWindow &window, QPushButton *button, bool byKeyboard)
{
    for (int i = 0; i < 2; ++i) {
        if (byKeyboard)
            QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        else
            QTest::mouseClick(button, Qt::LeftButton);
    }
}

QStringList problemRows(QTreeWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows << list->topLevelItem(i)->text(1) + QLatin1Char(' ') + list->topLevelItem(i)->text(2);
    return rows;
}

} // namespace

// What the window shows of a send, from the press to the outcome and after: one send per press,
// Send off (and saying why) until the outcome, and an answer never passed off as the answer to a
// request it was not for.
class TestSendState final : public QObject
{
    Q_OBJECT

private:
    // Two presses, of one kind, from the first moment (the built-in sandbox still starting) and
    // again while the request is out; then exactly one request reached the sandbox.
    void onePressOneSend(bool byKeyboard)
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample(); // the window starts empty; the example is a request that can be sent
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        FIND_CHILD(QPushButton, cancel, &window, "cancelButton");
        FIND_CHILD(QAction, sendAction, &window, "actionSend");
        FIND_CHILD(QAction, cancelAction, &window, "actionCancel");
        QVERIFY(send->isEnabled() && sendAction->isEnabled() && !cancelAction->isEnabled());
        Session::SendController *sender = window.sendController();
        QSignalSpy finished(sender, &Session::SendController::finished);
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        bool offWhileSending = false;
        connect(sender, &Session::SendController::stateChanged, this, [&](State state) {
            if (state != State::Sending)
                return;
            offWhileSending = !send->isEnabled() && !sendAction->isEnabled() && cancel->isEnabled();
            pressSendTwice(window, send, byKeyboard); // while the request is out
        });

        pressSendTwice(window, send, byKeyboard);
        // From the press: Send is off, says why, and Cancel is there.
        QCOMPARE(sender->state(), State::Resolving);
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().contains(QStringLiteral("sandbox")), qPrintable(send->toolTip()));
        QVERIFY(!sendAction->isEnabled());
        QVERIFY(cancel->isVisible() && cancel->isEnabled() && cancelAction->isEnabled());

        QVERIFY(shown.wait(30000));
        QVERIFY(offWhileSending);
        // The sandbox answers in milliseconds: the second half of a double press can come after
        // the answer. The same request pressed again within the double-click interval is that.
        QVERIFY(send->isEnabled() && sendAction->isEnabled() && !cancelAction->isEnabled());
        QVERIFY(!cancel->isVisible());
        if (byKeyboard)
            QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        else
            QTest::mouseClick(send, Qt::LeftButton);
        QTest::qWait(300); // a second send, had one started, would be on its way by now
        QCOMPARE(finished.count(), 1);
        QVERIFY2(window.responsePanel()->bannerText().startsWith(QStringLiteral("Created")),
                 qPrintable(window.responsePanel()->bannerText()));
        const QList<History::HistoryRecord> rows = app.history->list({}, 10, 0).result().rows;
        QCOMPARE(rows.size(), 1);
        // The sandbox wrote the contact once: a second assert would have moved its updated_at.
        const Session::SandboxEndpoint sandbox = app.sandboxEndpoint();
        Test::HttpClient http(sandbox.baseUrl, sandbox.key.toUtf8());
        const QJsonObject record = http.get(QStringLiteral("/contact/") + rows.first().contactId)
                                       .json()
                                       .value(QStringLiteral("data"))
                                       .toObject();
        QVERIFY(!record.isEmpty());
        QCOMPARE(record.value(QStringLiteral("updated_at")), record.value(QStringLiteral("created_at")));

        // The app lives on: a changed request is sent at the next press.
        disconnect(sender, nullptr, this, nullptr);
        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        QTest::keyClicks(title, QStringLiteral(" II"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(shown.wait(30000));
        QVERIFY2(window.responsePanel()->bannerText().startsWith(QStringLiteral("Updated")),
                 qPrintable(window.responsePanel()->bannerText()));
        QCOMPARE(app.history->list({}, 10, 0).result().rows.size(), 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Long enough that no test machine is too slow for a "quick" second press.
        QGuiApplication::styleHints()->setMouseDoubleClickInterval(3000);
    }

    void twoClicksSendOnce() { onePressOneSend(false); }
    void twoCtrlEntersSendOnce() { onePressOneSend(true); }

    // Once the request or the profile changes, the answer on screen says it is the previous
    // request's; undoing the change takes the note away. A new send puts the old tree away.
    void anAnswerIsMarkedOnceTheRequestChanges()
    {
        Test::AppFixture app;
        const auto other = app.addSandboxAccount(QStringLiteral("Other"), false); // a profile to switch to
        QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
        MainWindow window(app.services);
        window.loadExample(); // the window starts empty; the example is a request that can be sent
        window.selectProfile(QStringLiteral("Sandbox"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(!response->isStale());
        FIND_CHILD(QLabel, staleNote, &window, "staleNote");
        QVERIFY(!staleNote->isVisible());

        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        const QString before = title->text();
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral(" II"));
        QVERIFY(response->isStale());
        QVERIFY(staleNote->isVisible());
        const QString when = QDateTime::currentDateTime().toString(QStringLiteral("HH:"));
        QVERIFY2(response->staleText().startsWith(QStringLiteral("This answer is for the previous request (sent "))
                     && response->staleText().contains(when),
                 qPrintable(response->staleText()));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(title->text(), before);
        QVERIFY(!response->isStale()); // the request is again the one answered

        window.selectProfile(QStringLiteral("Other"));
        QVERIFY(response->isStale());
        window.selectProfile(QStringLiteral("Sandbox"));
        QVERIFY(!response->isStale());

        // A new send: the old tree is put away and the progress shows, then the new answer.
        QTest::keyClicks(title, QStringLiteral(" III"));
        FIND_CHILD(QTreeView, tree, &window, "responseTree");
        QVERIFY(tree->isVisible());
        bool treeHiddenWhileSending = false;
        connect(window.sendController(), &Session::SendController::stateChanged, this, [&](State state) {
            if (state == State::Sending)
                treeHiddenWhileSending
                    = !tree->isVisible() && response->bannerText().startsWith(QStringLiteral("Sending"));
        });
        window.send();
        QVERIFY(!tree->isVisible());
        QVERIFY(!response->isStale());
        QVERIFY(shown.wait(30000));
        QVERIFY(treeHiddenWhileSending);
        QVERIFY(tree->isVisible());
        QVERIFY(!response->isStale());
        QVERIFY(response->bannerText().startsWith(QStringLiteral("Updated")));
    }

    void aNewAnswerIsNotHiddenByAnOldFilter()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample(); // the window starts empty; the example is a request that can be sent
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(30000));
        FIND_CHILD(QLineEdit, filter, &window, "responseFilter");
        QTest::keyClicks(filter, QStringLiteral("zoominfo"));
        QTRY_VERIFY(response->treeView()->model()->rowCount() < 5);
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(filter->text().isEmpty());
        QVERIFY2(response->treeView()->model()->rowCount() > 10,
                 qPrintable(QString::number(response->treeView()->model()->rowCount())));
    }

    // A rejection naming a field marks it and lists the problem as the server's, until the
    // field is edited; Send stays on (the server's side may change: a stage's criteria met).
    void aRejectedFieldIsListedAsTheServersUntilEdited()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample(); // the window starts empty; the example is a request that can be sent
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        FIND_CHILD(QComboBox, stage, &window, "edit_stage");
        stage->setFocus();
        QTest::keyClicks(stage, QStringLiteral("lost"));
        FIND_CHILD(QTreeWidget, problems, &window, "problemList");
        FIND_CHILD(QLabel, summary, &window, "problemSummary");
        QCOMPARE(summary->text(), QStringLiteral("No problems found."));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(window.responsePanel()->bannerText().startsWith(QStringLiteral("Rejected (HTTP 422)")));

        const QStringList rows = problemRows(problems);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QStringLiteral("/attributes/stage server: ")), qPrintable(rows.first()));
        QVERIFY2(summary->text() != QStringLiteral("No problems found.")
                     && summary->text().contains(QStringLiteral("server")),
                 qPrintable(summary->text()));
        FIND_CHILD(QLabel, stageProblem, &window, "problem_stage");
        QVERIFY(stageProblem->isVisible());
        QVERIFY2(stageProblem->text().contains(QStringLiteral("server: ")), qPrintable(stageProblem->text()));
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(send->isEnabled());

        // Editing another field leaves it; editing the stage clears it.
        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        QTest::keyClicks(title, QStringLiteral("x"));
        QCOMPARE(problemRows(problems).size(), 1);
        stage->setFocus();
        stage->lineEdit()->selectAll();
        QTest::keyClicks(stage, QStringLiteral("customer"));
        QVERIFY2(problemRows(problems).isEmpty(), qPrintable(problemRows(problems).join(QLatin1Char('\n'))));
        QVERIFY(!stageProblem->isVisible());
        QCOMPARE(summary->text(), QStringLiteral("No problems found."));
    }

    // The disk is full when the answer comes: the window never says "recorded in the history".
    // It says what happened to the contact, that the history could not take it, and that the
    // outcome is kept aside until it can; the note above the panes stays until dismissed.
    void anOutcomeTheHistoryCannotRecordIsNeverCalledRecorded()
    {
        Test::AppFixture app;
        app.history->setCompletionFault([] { return QStringLiteral("database or disk is full"); });
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(30000));
        QVERIFY(window.responsePanel()->bannerText().startsWith(QStringLiteral("Created")));
        QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(!status.contains(QStringLiteral("recorded in the history as")), qPrintable(status));
        const QRegularExpression created(QStringLiteral("^The contact WAS created \\(id [^)]+\\); NOT recorded in the "
                                                        "history yet: the outcome is kept aside in (\\S+) and will be "
                                                        "written when the history can be written again\\.$"));
        const QRegularExpressionMatch match = created.match(status);
        QVERIFY2(match.hasMatch(), qPrintable(status));
        QVERIFY2(QFile::exists(match.captured(1)), qPrintable(match.captured(1)));
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("The contact WAS created (id "))
                     && notice->text().contains(QStringLiteral("the history could not be written: "))
                     && notice->text().contains(QStringLiteral("database or disk is full")),
                 qPrintable(notice->text()));
        // And the next send, with room again, is recorded as usual.
        app.history->setCompletionFault([] { return QString(); });
        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        QTest::keyClicks(title, QStringLiteral(" II"));
        window.send();
        QVERIFY(shown.wait(30000));
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("recorded in the history as #")),
                     qPrintable(window.statusBar()->currentMessage()));
    }

    // What the window says of an outcome quotes the server (the contact id): in the status bar, the
    // note above the panes and the history's note, its control characters are written out, and
    // what looks like a link stays text.
    void serverTextInTheNotesIsWrittenOut()
    {
        Test::AppFixture app;
        app.history->setCompletionFault([] { return QStringLiteral("database or disk is full"); });
        Test::HostileServer server(Test::HostileServer::Behaviour::Raw);
        const QByteArray body = "{\"data\":{\"id\":\"c-1\\u001b]0;pwned\\u0007<a href='x'>y</a>\\u202eexe\","
                                "\"record_type\":\"contact\",\"attributes\":{}},\"meta\":{\"action\":\"created\"}}";
        server.setRawAnswer("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                            false);
        QString error;
        QVERIFY2(server.listen(false, &error), qPrintable(error));
        QVERIFY2(app.profiles->save({QStringLiteral("Odd"), server.baseUrl(), false, 10, false}, &error),
                 qPrintable(error));
        bool saved = false;
        app.keys->write(QStringLiteral("Odd"), QStringLiteral("odd-key-1234"), Secrets::KeyVault::Fallback::Refuse,
                        [&](const auto &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        MainWindow window(app.services);
        window.loadExample();
        window.selectProfile(QStringLiteral("Odd"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(30000));
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        FIND_CHILD(QLabel, historyNotice, &window, "historyNotice");
        QTRY_VERIFY(historyNotice->isVisible());
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("The contact WAS created (id c-1\\u001b]0;pwned\\u0007<a href='x'>y</a>"
                                                "\\u202eexe)")),
                 qPrintable(status));
        for (const QString &text : {status, notice->text(), historyNotice->text()})
            for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x202e)})
                QVERIFY2(!text.contains(c), qPrintable(text));
        QVERIFY2(notice->text().contains(QStringLiteral("&lt;a href=")), qPrintable(notice->text()));
        QCOMPARE(historyNotice->textFormat(), Qt::PlainText);
        QVERIFY2(historyNotice->text().contains(QStringLiteral("\\u001b]0;pwned")), qPrintable(historyNotice->text()));
    }

    // While the server throttles (429) and the send waits to try again, the old answer is put
    // away and the wait is what the response pane shows.
    void aThrottlingWaitShowsInsteadOfTheOldAnswer()
    {
        Test::AppFixture app;
        Test::HostileServer throttling(Test::HostileServer::Behaviour::Raw);
        const QByteArray body = R"({"error":{"code":"rate_limited","message":"Slow down."}})";
        throttling.setRawAnswer("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Type: application/json\r\n"
                                "Content-Length: "
                                    + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                false);
        QString error;
        QVERIFY2(throttling.listen(false, &error), qPrintable(error));
        QVERIFY2(app.profiles->save({QStringLiteral("Busy"), throttling.baseUrl(), false, 10, false}, &error),
                 qPrintable(error));
        bool saved = false;
        app.keys->write(QStringLiteral("Busy"), QStringLiteral("busy-key-1234"), Secrets::KeyVault::Fallback::Refuse,
                        [&](const auto &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        MainWindow window(app.services);
        window.loadExample(); // the window starts empty; the example is a request that can be sent
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        window.send(); // a first answer, from the sandbox
        QVERIFY(shown.wait(30000));
        FIND_CHILD(QTreeView, tree, &window, "responseTree");
        QVERIFY(tree->isVisible());

        window.selectProfile(QStringLiteral("Busy"));
        window.send();
        QTRY_VERIFY_WITH_TIMEOUT(response->bannerText().contains(QStringLiteral("HTTP 429")), 10000);
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Throttled")), qPrintable(response->bannerText()));
        QVERIFY(!tree->isVisible());
        QVERIFY(!response->isStale());
        FIND_CHILD(QPushButton, cancel, &window, "cancelButton");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Cancelled")), qPrintable(response->bannerText()));
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(send->isEnabled());
    }
};

QTEST_MAIN(TestSendState)
#include "tst_sendstate.moc"
