#include "appfixture.h"
#include "findchild.h"

#include "draftbar.h"
#include "draftkeeper.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "question.h"
#include "requestpanel.h"
#include "responsepanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// JSON a person stopped typing half way through: it must come back exactly, not reformatted.
const QString halfTyped = QStringLiteral("{\"match\": {\"primary_email\": \"half@x.example\"},  "
                                         "  \"attributes\": {\"first_name\": \"Half\", \"title\": ");

} // namespace

// The request being written is never lost: not to a past assert opened for review or for
// editing, not to a new request, a paste or a profile switch, not to a restart of the app.
class TestDraftKeeper final : public QObject
{
    Q_OBJECT

private:
    // Sends the example through the window; the new history entry's id, or 0.
    static qint64 sendExample(MainWindow &window)
    {
        window.loadExample();
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        if (!shown.wait(20000))
            return 0;
        return QTest::qWaitFor([&] { return window.historyPanel()->model()->rowCount() > 0; }, 5000)
            ? window.historyPanel()->model()->idAt(0)
            : 0;
    }

    static void typeIntoForm(MainWindow &window, const QString &email, const QString &firstName)
    {
        auto *match = window.findChild<QLineEdit *>(QStringLiteral("matchValue"));
        auto *first = window.findChild<QLineEdit *>(QStringLiteral("edit_first_name"));
        QVERIFY(match && first);
        QTest::keyClicks(match, email);
        QTest::keyClicks(first, firstName);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Ui::Question::setNextAnswer(std::nullopt); }

    void theFirstStartIsEmptyWithAnExampleToLoad()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        QVERIFY(match->text().isEmpty());
        for (const char *name : {"set_first_name", "set_last_name", "set_title"}) {
            auto *box = window.findChild<QCheckBox *>(QString::fromLatin1(name));
            QVERIFY(box);
            QVERIFY2(!box->isChecked(), name); // no one's name is ticked to be sent
        }
        FIND_CHILD(QPushButton, example, &window, "loadExampleButton");
        QVERIFY(example->isVisible());
        QVERIFY(example->text().contains(QStringLiteral("example")));
        example->click();
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        QCOMPARE(first->text(), QStringLiteral("Sarah"));
        QCOMPARE(match->text(), QStringLiteral("sarah.chen@acme.com"));
        QVERIFY(!example->isVisible());
    }

    void aDraftSurvivesReviewAndEditOfAPastAssert()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 past = sendExample(window);
        QVERIFY(past > 0);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // File › New request
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        QVERIFY(first->text().isEmpty());
        typeIntoForm(window, QStringLiteral("draft@x.example"), QStringLiteral("Drafty"));
        const QString draft = window.requestPanel()->bodyText();
        QVERIFY(draft.contains(QStringLiteral("Drafty")));

        QSignalSpy opened(&window, &MainWindow::historyEntryOpened);
        window.openHistoryEntry(past, false);
        QVERIFY(opened.wait(10000));
        QCOMPARE(first->text(), QStringLiteral("Sarah"));
        FIND_CHILD(QPushButton, back, &window, "backToDraftButton");
        QVERIFY(back->isVisible());
        QCOMPARE(back->text().remove(QLatin1Char('&')), QStringLiteral("Back to my draft"));
        back->click();
        QVERIFY(!window.requestPanel()->isReviewMode());
        QCOMPARE(window.requestPanel()->bodyText(), draft);
        QCOMPARE(first->text(), QStringLiteral("Drafty"));
        QVERIFY(!back->isVisible());

        // "Edit and re-send" from the history: the copy is the request, the draft the way back.
        window.openHistoryEntry(past, true);
        QVERIFY(opened.wait(10000));
        QVERIFY(!window.requestPanel()->isReviewMode());
        QCOMPARE(first->text(), QStringLiteral("Sarah"));
        QVERIFY(back->isVisible());
        QTest::keyClicks(first, QStringLiteral("-Jane")); // the copy is edited: work too
        back->click();
        QCOMPARE(window.requestPanel()->bodyText(), draft);
        QVERIFY(back->isVisible());
        QCOMPARE(back->text().remove(QLatin1Char('&')), QStringLiteral("Back to the copy of #%1").arg(past));
        back->click();
        QCOMPARE(first->text(), QStringLiteral("Sarah-Jane"));
    }

    void aHalfTypedDraftSurvivesARestart()
    {
        Test::AppFixture app;
        const QString file = app.drafts->file();
        QString key;
        {
            MainWindow window(app.services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(sendExample(window) > 0);
            key = app.sandboxEndpoint().key;
            QVERIFY(!key.isEmpty());
            FIND_CHILD(QTabWidget, tabs, &window, "requestTabs");
            FIND_CHILD(QPlainTextEdit, editor, &window, "requestEditor");
            tabs->setCurrentWidget(editor);
            editor->setFocus();
            editor->selectAll();
            QTest::keyClicks(editor, halfTyped);
            window.close(); // at once, before any pause in the typing
        }
        QVERIFY(QFileInfo::exists(file));
        const QFile::Permissions p = QFileInfo(file).permissions();
        QCOMPARE(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(key.toUtf8())); // the session key was used, but is not kept

        // The next run: a store reading the same file, as the app's at start.
        Session::DraftStore nextRun(file);
        Ui::AppServices services = app.services;
        services.drafts = &nextRun;
        MainWindow window(services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.requestPanel()->bodyText(), halfTyped);
        // The form cannot show JSON that does not parse: the bar says where the text is.
        FIND_CHILD(Ui::DraftBar, bar, &window, "draftBar");
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->note().contains(QStringLiteral("JSON tab")), qPrintable(bar->note()));
        FIND_CHILD(QTabWidget, tabs, &window, "requestTabs");
        FIND_CHILD(QPlainTextEdit, editor, &window, "requestEditor");
        tabs->setCurrentWidget(editor);
        QCOMPARE(editor->toPlainText(), halfTyped);
    }

    void switchingProfilesKeepsTheDraft()
    {
        Test::AppFixture app;
        const auto other = app.addSandboxAccount(QStringLiteral("Other"), false);
        QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeIntoForm(window, QStringLiteral("p@x.example"), QStringLiteral("Pia"));
        const QString draft = window.requestPanel()->bodyText();
        window.selectProfile(QStringLiteral("Other"));
        QCOMPARE(window.currentProfile().name, QStringLiteral("Other"));
        QCOMPARE(window.requestPanel()->bodyText(), draft);
        window.selectProfile(QStringLiteral("Sandbox"));
        QCOMPARE(window.requestPanel()->bodyText(), draft);
        window.drafts()->flush();
        QCOMPARE(app.drafts->current().body, draft);
    }

    void aNewRequestAsksBeforeDroppingAnEarlierOne()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeIntoForm(window, QStringLiteral("a@x.example"), QStringLiteral("Ann"));
        const QString first = window.requestPanel()->bodyText();
        window.newRequest(); // nothing set aside yet: no question
        typeIntoForm(window, QStringLiteral("b@x.example"), QStringLiteral("Bob"));
        const QString second = window.requestPanel()->bodyText();

        Ui::Question::setNextAnswer(false);
        window.newRequest();
        QVERIFY2(Ui::Question::lastQuestion().contains(QStringLiteral("Ann")),
                 qPrintable(Ui::Question::lastQuestion()));
        QCOMPARE(window.requestPanel()->bodyText(), second); // kept as it was
        QCOMPARE(app.drafts->setAside()->body, first);

        Ui::Question::setNextAnswer(true);
        window.newRequest();
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        QVERIFY(match->text().isEmpty());
        QCOMPARE(app.drafts->setAside()->body, second);
    }

    void aPasteSetsTheDraftAside()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        typeIntoForm(window, QStringLiteral("mine@x.example"), QStringLiteral("Mina"));
        const QString draft = window.requestPanel()->bodyText();
        QGuiApplication::clipboard()->setText(
            QStringLiteral(R"({"match":{"primary_email":"pasted@x.example"},"attributes":{"first_name":"Pat"}})"));
        window.pasteRequest();
        FIND_CHILD(QLineEdit, first, &window, "edit_first_name");
        QCOMPARE(first->text(), QStringLiteral("Pat"));
        window.drafts()->back();
        QCOMPARE(window.requestPanel()->bodyText(), draft);
        window.drafts()->back(); // and the pasted one is kept as well
        QCOMPARE(first->text(), QStringLiteral("Pat"));
    }
};

QTEST_MAIN(TestDraftKeeper)
#include "tst_draftkeeper.moc"
