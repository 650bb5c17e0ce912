#include "appfixture.h"
#include "findchild.h"

#include "historypanel.h"
#include "mainwindow.h"
#include "requestform.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "responsetreemodel.h"
#include "sendcontroller.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// Finds a row in the typed tree by field name (top level).
QString treeValue(Ui::ResponsePanel *panel, const QString &field)
{
    QAbstractItemModel *m = panel->treeView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == field)
            return m->index(r, 1).data().toString();
    return QStringLiteral("<no %1>").arg(field);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWithThreeAreasMenusAndToolbar()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        QSignalSpy painted(&window, &MainWindow::firstPaint);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(painted.count(), 1);
        FIND_CHILD(QWidget, historyArea, &window, "historyArea");
        FIND_CHILD(QWidget, requestArea, &window, "requestArea");
        FIND_CHILD(QWidget, responseArea, &window, "responseArea");
        QVERIFY(historyArea->x() < requestArea->x() && requestArea->x() < responseArea->x());
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus,
                 (QStringList {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Request"),
                               QStringLiteral("Profile"), QStringLiteral("Sandbox"), QStringLiteral("View"),
                               QStringLiteral("Help")}));
        FIND_CHILD(QComboBox, profiles, &window, "profileSwitcher");
        QCOMPARE(profiles->count(), 2);
        QCOMPARE(profiles->currentData().toString(), QStringLiteral("Sandbox"));
        // Each pane's heading has a mnemonic that moves the focus into it.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FIND_CHILD(QLineEdit, historySearch, &window, "historySearch");
        FIND_CHILD(QTabWidget, requestTabs, &window, "requestTabs");
        FIND_CHILD(QWidget, outcomeBanner, &window, "outcomeBanner");
        QTest::keyClick(window.windowHandle(), Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), historySearch);
        QTest::keyClick(window.windowHandle(), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), requestTabs->tabBar());
        QTest::keyClick(window.windowHandle(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), outcomeBanner);
        // Search fields get their clear button once the window is up.
        QTRY_VERIFY(historySearch->isClearButtonEnabled());
        FIND_CHILD(QLineEdit, responseFilter, &window, "responseFilter");
        QVERIFY(responseFilter->isClearButtonEnabled());
        // The sandbox starts once the window is painted, and the status bar then names its address.
        FIND_CHILD(QLabel, environment, &window, "environmentLabel");
        QTRY_VERIFY_WITH_TIMEOUT(environment->text().startsWith(QStringLiteral("Sandbox · http://127.0.0.1:")), 20000);
        QVERIFY(app.sandbox->isRunning());
    }

    void ctrlShiftNSendsNullForTheRowWithTheFocus()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        FIND_CHILD(QCheckBox, titleNull, &window, "null_title");
        QVERIFY(!(titleNull->focusPolicy() & Qt::TabFocus)); // not a Tab stop
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClick(title, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(titleNull->isChecked());
        const QJsonObject attributes
            = window.requestPanel()->form()->body().value(QLatin1String("attributes")).toObject();
        QVERIFY(attributes.contains(QLatin1String("title")));
        QVERIFY(attributes.value(QLatin1String("title")).isNull());
        QVERIFY(title->hasFocus()); // the focus stays in the row
        QTest::keyClick(title, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!titleNull->isChecked());
    }

    void rowsBelowTheFoldAreBuiltAfterTheFirstPaintInTabOrder()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        Ui::RequestForm *form = window.requestPanel()->form();
        // Before the window shows, only the rows a window shows at first exist.
        QCOMPARE(form->builtRowCount(), Ui::RequestForm::rowsBuiltAtOnce);
        QVERIFY(form->rowCount() > Ui::RequestForm::rowsBuiltAtOnce);
        QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("set_facebook_url")));
        QSignalSpy painted(&window, &MainWindow::firstPaint);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(painted.count(), 1);
        QTRY_COMPARE(form->builtRowCount(), form->rowCount());

        // Tab walks the rows in catalogue order, each row's box then its editor (two stops a row;
        // null is a click or Ctrl+Shift+N, an editor's other parts the arrow keys, a table's rows
        // Insert and Delete), and only then leaves the form, however late a row was built. Every
        // row, the address and owner rows and the email and phone tables too, is at most two stops.
        const QList<Contract::FieldSpec> fields = Contract::FieldCatalogue::builtIn().writableFields();
        QStringList expected;
        for (const Contract::FieldSpec &f : fields)
            expected << QStringLiteral("set_") + f.name << QStringLiteral("editor");
        QStringList visited;
        QMap<QString, QStringList> stopsPerRow; // the Tab stops of each row, by object name
        QString row;
        FIND_CHILD(QLineEdit, matchValue, &window, "matchValue");
        QWidget *w = matchValue;
        const QString lastRowBox = QStringLiteral("set_") + fields.last().name;
        for (int steps = 0; steps < 500; ++steps) {
            w = w->nextInFocusChain();
            // What Tab skips: no Tab focus, hidden, disabled, or a part standing in for another.
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&window) || !w->isEnabled() || w->focusProxy())
                continue;
            const QString name = w->objectName();
            if (row == lastRowBox.mid(4) && !matchValue->parentWidget()->isAncestorOf(w))
                break; // out of the rows after the last one
            if (name.startsWith(QLatin1String("set_")) || name.startsWith(QLatin1String("null_"))) {
                visited << name;
                row = name.mid(4);
            } else if (visited.isEmpty() || visited.last() != QLatin1String("editor")) {
                visited << QStringLiteral("editor");
            }
            stopsPerRow[row] << (name.isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : name);
        }
        for (int i = 0; i < std::min(visited.size(), expected.size()); ++i)
            QCOMPARE(visited.at(i), expected.at(i));
        QCOMPARE(visited.size(), expected.size());
        for (const Contract::FieldSpec &f : fields) {
            const QStringList stops = stopsPerRow.value(f.name);
            QVERIFY2(stops.size() <= 2,
                     qPrintable(QStringLiteral("the %1 row is %2 Tab stops: %3")
                                    .arg(f.name)
                                    .arg(stops.size())
                                    .arg(stops.join(QLatin1String(", ")))));
        }
    }

    void aRequestForAFieldBelowTheFoldBuildsItsRowAtOnce()
    {
        Test::AppFixture app;
        MainWindow window(app.services); // never shown: nothing is built in the background
        Ui::RequestPanel *panel = window.requestPanel();
        panel->setBodyText(QStringLiteral("{\"match\":{\"primary_email\":\"s@x.example\"},"
                                          "\"attributes\":{\"facebook_url\":\"https://facebook.com/s\"}}"));
        FIND_CHILD(QLineEdit, edit, &window, "edit_facebook_url");
        QCOMPARE(edit->text(), QStringLiteral("https://facebook.com/s"));
        FIND_CHILD(QCheckBox, set, &window, "set_facebook_url");
        QVERIFY(set->isChecked());
        // and it is not also "kept from the JSON": the row shows it
        FIND_CHILD(QLabel, keptNote, &window, "keptNote");
        QVERIFY(!keptNote->text().contains(QLatin1String("facebook_url")));
        const QJsonObject attrs
            = QJsonDocument::fromJson(panel->bodyBytes()).object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("facebook_url")).toString(), QStringLiteral("https://facebook.com/s"));
    }

    void formFilledByKeyboardBuildsTheJson()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::RequestPanel *panel = window.requestPanel();
        panel->setRequest({});
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        match->setFocus();
        QTest::keyClicks(match, QStringLiteral("ada@x.example"));
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        QTest::keyClicks(first, QStringLiteral("Ada"));
        FIND_CHILD(QCheckBox, setFirst, &window, "set_first_name");
        QVERIFY(setFirst->isChecked()); // typing ticks the field
        FIND_CHILD(QCheckBox, consent, &window, "set_sms_consent");
        consent->setFocus();
        QTest::keyClick(consent, Qt::Key_Space);
        FIND_CHILD(QCheckBox, clearTitle, &window, "null_title");
        clearTitle->setFocus();
        QTest::keyClick(clearTitle, Qt::Key_Space);

        const QJsonObject body = QJsonDocument::fromJson(panel->bodyBytes()).object();
        QCOMPARE(body.value(QStringLiteral("match")).toObject().value(QStringLiteral("primary_email")).toString(),
                 QStringLiteral("ada@x.example"));
        const QJsonObject attrs = body.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(attrs.value(QStringLiteral("sms_consent")).toBool(false), true);
        QVERIFY(attrs.value(QStringLiteral("title")).isNull()); // null, not absent
        QVERIFY(attrs.contains(QStringLiteral("title")));
        QVERIFY(!attrs.contains(QStringLiteral("last_name"))); // unset stays unset
        QVERIFY(panel->bodyText().contains(QStringLiteral("\"first_name\": \"Ada\"")));
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(send->isEnabled());
    }

    void conflictDisablesSendAndSaysWhy()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FIND_CHILD(QLineEdit, email, &window, "edit_primary_email");
        QTest::keyClicks(email, QStringLiteral("sarah.chen@acme.com"));
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().contains(QStringLiteral("match key")), qPrintable(send->toolTip()));
        FIND_CHILD(QLabel, problem, &window, "problem_primary_email");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().startsWith(QStringLiteral("Error:")));
        FIND_CHILD(QTreeWidget, problemList, &window, "problemList");
        const QTreeWidgetItem *firstProblem = problemList->topLevelItem(0);
        QVERIFY2(firstProblem, "the problem list is empty");
        QCOMPARE(firstProblem->text(1), QStringLiteral("/attributes/primary_email"));
        // Untick it and the conflict is gone.
        FIND_CHILD(QCheckBox, setEmail, &window, "set_primary_email");
        setEmail->setChecked(false);
        QVERIFY(send->isEnabled());
    }

    void sendCreatedThenUpdatedAndBothAreInTheHistory()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::RequestPanel *request = window.requestPanel();
        Ui::ResponsePanel *response = window.responsePanel();
        QSignalSpy shown(response, &Ui::ResponsePanel::shown);
        // Before the first answer the panel is its note alone, with no empty tree to puzzle over.
        FIND_CHILD(QTreeView, tree, &window, "responseTree");
        QVERIFY(!tree->isVisible());

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QVERIFY(tree->isVisible());
        QVERIFY2(response->bannerText().startsWith(QStringLiteral("Created")), qPrintable(response->bannerText()));
        QCOMPARE(treeValue(response, QStringLiteral("first_name")), QStringLiteral("Sarah"));
        QCOMPARE(treeValue(response, QStringLiteral("display_name")), QStringLiteral("Sarah Chen"));

        FIND_CHILD(QLineEdit, title, &window, "edit_title");
        title->clear();
        QTest::keyClicks(title, QStringLiteral("CTO"));
        QVERIFY(request->bodyText().contains(QStringLiteral("CTO")));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(20000));
        QVERIFY2(response->bannerText().startsWith(
                     QStringLiteral("Updated — matched on contact_emails = sarah.chen@acme.com")),
                 qPrintable(response->bannerText()));
        QCOMPARE(treeValue(response, QStringLiteral("title")), QStringLiteral("CTO"));

        FIND_CHILD(QTableView, history, &window, "historyView");
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, History::HistoryModel::Action).data().toString(),
                 QStringLiteral("updated"));
        QCOMPARE(history->model()->index(1, History::HistoryModel::Action).data().toString(),
                 QStringLiteral("created"));

        // Filters narrow the list: only the created one, then only today's (both).
        FIND_CHILD(QComboBox, action, &window, "historyAction");
        action->setCurrentIndex(action->findData(QStringLiteral("created")));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        action->setCurrentIndex(0);
        FIND_CHILD(QComboBox, since, &window, "historySince");
        since->setCurrentIndex(since->findData(1));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        since->setCurrentIndex(0);
        QTRY_COMPARE(history->model()->rowCount(), 2);

        // Reopen the first one: its request for review, its response shown again.
        QSignalSpy opened(&window, &MainWindow::historyEntryOpened);
        const qint64 firstId = window.historyPanel()->model()->idAt(1);
        window.openHistoryEntry(firstId, false);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(response->bannerText().startsWith(QStringLiteral("Created")));
        QVERIFY(request->isReviewMode());
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(!send->isEnabled());
        FIND_CHILD(QLineEdit, reviewedTitle, &window, "edit_title");
        QCOMPARE(reviewedTitle->text(), QStringLiteral("VP of Engineering"));
        FIND_CHILD(QLabel, reviewNote, &window, "reviewNote");
        QVERIFY(reviewNote->text().contains(QStringLiteral("#%1").arg(firstId)));
        FIND_CHILD(QPushButton, edit, &window, "editButton");
        edit->click();
        QVERIFY(!request->isReviewMode());
        QVERIFY(send->isEnabled());
    }

    void rejectionFocusesTheFieldAtFault()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        FIND_CHILD(QComboBox, stage, &window, "edit_stage");
        stage->setFocus();
        QTest::keyClicks(stage, QStringLiteral("lost"));
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        send->setFocus(); // away from the field, as after clicking Send
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(20000));
        QVERIFY2(window.responsePanel()->bannerText().startsWith(
                     QStringLiteral("Rejected (HTTP 422) — field_value_invalid")),
                 qPrintable(window.responsePanel()->bannerText()));
        QVERIFY(window.responsePanel()->bannerText().contains(QStringLiteral("/attributes/stage")));
        QTRY_VERIFY(stage->hasFocus() || stage->isAncestorOf(QApplication::focusWidget()));
    }

    void theJsonEditorShowsAndTakesTheBody()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FIND_CHILD(QTabWidget, tabs, &window, "requestTabs");
        FIND_CHILD(QPlainTextEdit, editor, &window, "requestEditor");
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        // A form edit made while the JSON tab is hidden is there when the tab is shown.
        first->selectAll();
        QTest::keyClicks(first, QStringLiteral("Ines"));
        tabs->setCurrentWidget(editor);
        QCOMPARE(editor->toPlainText(), window.requestPanel()->bodyText());
        QVERIFY(editor->toPlainText().contains(QLatin1String("\"first_name\": \"Ines\"")));
        // Typing JSON into the editor fills the form.
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor,
                         QStringLiteral("{\"match\":{\"primary_email\":\"i@x.example\"},"
                                        "\"attributes\":{\"first_name\":\"Ida\",\"department\":\"Ops\"}}"));
        QTRY_COMPARE(first->text(), QStringLiteral("Ida"));
        FIND_CHILD(QLineEdit, department, &window, "edit_department");
        QCOMPARE(department->text(), QStringLiteral("Ops"));
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        QCOMPARE(match->text(), QStringLiteral("i@x.example"));
        // and the editor keeps the text as typed (not reformatted under the cursor)
        QVERIFY(editor->toPlainText().startsWith(QLatin1String("{\"match\":{")));
    }

    void jsonTabRoundTripKeepsUnknownFields()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        Ui::RequestPanel *panel = window.requestPanel();
        panel->setBodyText(QStringLiteral(
            R"({"match":{"primary_email":"r@x.example"},"attributes":{"first_name":"Rt","x_custom":{"tier":[1,2]},"address":{"planet":"Mars"}},"relationships":{"a":1}})"));
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        QCOMPARE(first->text(), QStringLiteral("Rt"));
        FIND_CHILD(QLabel, keptNote, &window, "keptNote");
        const QString note = keptNote->text();
        QVERIFY2(note.contains(QStringLiteral("x_custom")) && note.contains(QStringLiteral("address"))
                     && note.contains(QStringLiteral("relationships")),
                 qPrintable(note));
        FIND_CHILD(QLineEdit, last, &window, "edit_last_name");
        QTest::keyClicks(last, QStringLiteral("Trip"));
        const QJsonObject body = QJsonDocument::fromJson(panel->bodyText().toUtf8()).object();
        const QJsonObject attrs = body.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("last_name")).toString(), QStringLiteral("Trip"));
        QCOMPARE(attrs.value(QStringLiteral("x_custom")).toObject().value(QStringLiteral("tier")).toArray().size(), 2);
        QCOMPARE(attrs.value(QStringLiteral("address")).toObject().value(QStringLiteral("planet")).toString(),
                 QStringLiteral("Mars"));
        QVERIFY(body.contains(QStringLiteral("relationships")));
        // The relationships block is an error, and the Send button says so.
        FIND_CHILD(QPushButton, send, &window, "sendButton");
        QVERIFY(!send->isEnabled());
    }

    void copyAsCurlNeverCarriesTheKey()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.loadExample();
        const Session::SandboxEndpoint sandbox = app.sandboxEndpoint();
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error));
        QGuiApplication::clipboard()->clear();
        window.copyAsCurl();
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(QStringLiteral("$ASSERTDESK_API_KEY")), qPrintable(curl));
        // The running sandbox's own address, not a placeholder.
        QVERIFY2(curl.contains(sandbox.baseUrl.toString() + QStringLiteral("/contact/_assert")), qPrintable(curl));
        QVERIFY(!curl.contains(sandbox.key));
        // and pasting it back gives the same body
        window.requestPanel()->setRequest({});
        window.pasteRequest();
        QCOMPARE(QJsonDocument::fromJson(window.requestPanel()->bodyBytes())
                     .object()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("first_name"))
                     .toString(),
                 QStringLiteral("Sarah"));
    }

    void productionAsksBeforeSending()
    {
        Test::AppFixture app;
        const auto live = app.addSandboxAccount(QStringLiteral("Live"), true);
        QVERIFY2(live.error.isEmpty(), qPrintable(live.error));
        bool keySaved = false;
        app.keys->write(QStringLiteral("Live"), live.key, Secrets::KeyVault::Fallback::Refuse,
                        [&](const auto &r) { keySaved = r.ok(); });
        QVERIFY(keySaved);
        MainWindow window(app.services);
        window.selectProfile(QStringLiteral("Live"));
        window.loadExample();
        FIND_CHILD(QLabel, productionBanner, &window, "productionBanner");
        QVERIFY(productionBanner->isVisibleTo(&window));
        QStringList asked;
        bool answer = false;
        window.sendController()->setConfirm([&](const QString &q) {
            asked << q;
            return answer;
        });
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.count() == 1 || shown.wait(5000));
        QCOMPARE(asked.size(), 1);
        QVERIFY(window.responsePanel()->bannerText().startsWith(QStringLiteral("Not sent")));
        answer = true;
        window.send();
        QVERIFY(shown.wait(20000));
        QCOMPARE(asked.size(), 2);
        QVERIFY(window.responsePanel()->bannerText().startsWith(QStringLiteral("Created")));
    }

    // With an account selected, the window opens the connection a send will use once it is on
    // screen; editing the request does not open more, and nothing is sent over it until Send.
    void accountConnectionIsOpenedBeforeSend()
    {
        Test::AppFixture app;
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&host, &QTcpServer::newConnection, &host, [&] {
            while (QTcpSocket *s = host.nextPendingConnection())
                accepted << s;
        });
        QString error;
        const QUrl base(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(host.serverPort()));
        QVERIFY2(app.profiles->save(Profiles::Profile {QStringLiteral("Account"), base, false, 10, false}, &error),
                 qPrintable(error));
        MainWindow window(app.services);
        window.selectProfile(QStringLiteral("Account"));
        QTest::qWait(200);
        QCOMPARE(accepted.size(), 0); // not before the window is on screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        window.requestPanel()->setBodyText(
            QStringLiteral(R"({"match":{"primary_email":"w@x.example"},"attributes":{"title":"T"}})"));
        QTest::qWait(200);
        QCOMPARE(accepted.size(), 1); // the same connection, not one per edit
        QVERIFY(accepted.first()->state() == QAbstractSocket::ConnectedState);
        QCOMPARE(accepted.first()->bytesAvailable(), 0); // no request, no key
    }

    void fetchedSchemaAddsTheWorkspaceFields()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("edit_lead_source")));
        window.requestPanel()->setBodyText(
            QStringLiteral(R"({"match":{"primary_email":"s@x.example"},"attributes":{"nickname":"N"}})"));
        QVERIFY(!window.requestPanel()->hasErrors()); // unknown, but maybe a custom field: a warning
        QSignalSpy loaded(&window, &MainWindow::schemaLoaded);
        window.fetchSchema();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(1).toInt(), 1);
        // The new form builds its rows below the fold while the window idles.
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("edit_lead_source")));
        FIND_CHILD(QLineEdit, lead, &window, "edit_lead_source");
        QVERIFY(window.requestPanel()->hasErrors()); // now the workspace is known: nickname is an error
        window.requestPanel()->setBodyText(
            QStringLiteral(R"({"match":{"primary_email":"s@x.example"},"attributes":{"first_name":"S"}})"));
        QTest::keyClicks(lead, QStringLiteral("webinar"));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(20000));
        QVERIFY2(window.responsePanel()->bannerText().startsWith(QStringLiteral("Created")),
                 qPrintable(window.responsePanel()->bannerText()));
        QCOMPARE(treeValue(window.responsePanel(), QStringLiteral("lead_source")), QStringLiteral("webinar"));
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList missing;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&window))
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle") || w->inherits("QHeaderView")
                || w->inherits("QTabBar") || w->inherits("QToolButton"))
                continue;
            if (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
                continue; // a button's text is its name
            const QWidget *p = w->parentWidget();
            if (p && p->inherits("QAbstractScrollArea") && !p->accessibleName().isEmpty())
                continue; // the viewport of a named view
            if (p && p->inherits("QComboBox") && !p->accessibleName().isEmpty())
                continue; // the line edit of a named editable combo
            if (w->accessibleName().isEmpty())
                missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
