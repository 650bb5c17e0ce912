#include "appfixture.h"
#include "findchild.h"
#include "hostileserver.h"

#include "contactlookupdialog.h"
#include "draftkeeper.h"
#include "mainwindow.h"
#include "question.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "responsetreemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace AssertDesk;
using AssertDesk::Session::ContactLookup;
using AssertDesk::Ui::ContactLookupDialog;
using AssertDesk::Ui::MainWindow;

namespace {

// The example's contact, made in the sandbox by sending the example through the window.
const QString kSarah = QStringLiteral("sarah.chen@acme.com");

bool sendExample(MainWindow &window)
{
    window.loadExample();
    QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
    window.send();
    return shown.wait(20000) && window.responsePanel()->bannerText().startsWith(QStringLiteral("Created"));
}

bool searched(ContactLookupDialog *dialog)
{
    return QTest::qWaitFor([&] { return dialog->lookup()->state() != ContactLookup::State::Searching; }, 20000);
}

} // namespace

// Find a contact as a person uses it: the menu's shortcut opens it, Enter searches, Down and
// Enter open a result as a read-only tree, "Update this contact" starts a request matched on the
// contact's primary email; and an unknown outcome offers to look up the contact it matched on.
class TestContactLookupDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Ui::Question::setNextAnswer(std::nullopt); }

    void findOpenAndUpdateAContact()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(sendExample(window));
        QVERIFY(!window.contactLookup()); // not made until asked for

        FIND_CHILD(QAction, find, &window, "actionFindContact");
        QCOMPARE(find->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+F")));
        find->trigger();
        ContactLookupDialog *dialog = window.contactLookup();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        FIND_CHILD(QLineEdit, field, dialog, "lookupSearch");
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("  Sarah.CHEN@Acme.com "));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(searched(dialog));
        FIND_CHILD(QLabel, status, dialog, "lookupStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("1 contact found in Sandbox")), qPrintable(status->text()));
        FIND_CHILD(QTreeView, results, dialog, "lookupResults");
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("Sarah Chen"));
        QCOMPARE(results->model()->index(0, 1).data().toString(), kSarah);
        QVERIFY(!results->model()->index(0, 3).data().toString().isEmpty()); // last updated

        // Down from the field into the list, Enter on the row: the contact, whole and read-only.
        QTest::keyClick(field, Qt::Key_Down);
        QTRY_VERIFY(results->hasFocus());
        FIND_CHILD(QTreeView, contact, dialog, "lookupContact");
        QSignalSpy read(dialog->lookup(), &ContactLookup::contactRead);
        QTest::keyClick(results, Qt::Key_Return);
        QVERIFY(read.wait(20000));
        QTRY_VERIFY(contact->model()->rowCount() > 0);
        QCOMPARE(contact->editTriggers(), QAbstractItemView::NoEditTriggers);
        QStringList fields;
        for (int row = 0; row < contact->model()->rowCount(); ++row)
            fields << contact->model()->index(row, Ui::ResponseTreeModel::FieldColumn).data().toString();
        QVERIFY2(fields.contains(QStringLiteral("title")) && fields.contains(QStringLiteral("contact_emails")),
                 qPrintable(fields.join(QLatin1Char(','))));
        FIND_CHILD(QLabel, title, dialog, "lookupContactTitle");
        QVERIFY2(title->text().contains(QStringLiteral("read-only")), qPrintable(title->text()));
        QVERIFY(window.isVisible()); // Enter opened the row; it did not close the dialog or press a button
        QVERIFY(dialog->isVisible());

        FIND_CHILD(QPushButton, update, dialog, "lookupUpdate");
        QVERIFY(update->isEnabled());
        QTest::mouseClick(update, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        QCOMPARE(match->text(), kSarah);
        const Contract::AssertRequest request = window.requestPanel()->request();
        QCOMPARE(request.matchKey(), QStringLiteral("primary_email"));
        QCOMPARE(request.matchValue(), kSarah);
        QVERIFY(request.attributeNames().isEmpty()); // the fields to change are the person's to add
    }

    void everyWidgetHasAnAccessibleName()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.findContact();
        ContactLookupDialog *dialog = window.contactLookup();
        QVERIFY(dialog);
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = w->focusPolicy() != Qt::NoFocus || qobject_cast<QLabel *>(w);
            if (!interactive || w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget()
                || w->parentWidget()->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QLabel *>(w) && static_cast<QLabel *>(w)->buddy())
                continue; // a field's label: the field carries the name
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 \"%2\"")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }

    void aNameFindsAndANewSearchStartsAfresh()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        QVERIFY(sendExample(window));
        window.findContact(QStringLiteral("chen"));
        ContactLookupDialog *dialog = window.contactLookup();
        QVERIFY(searched(dialog));
        FIND_CHILD(QTreeView, results, dialog, "lookupResults");
        QCOMPARE(results->model()->rowCount(), 1);
        window.findContact(QStringLiteral("nobody.at.all@nowhere.example"));
        QVERIFY(searched(dialog));
        QCOMPARE(results->model()->rowCount(), 0);
        FIND_CHILD(QLabel, status, dialog, "lookupStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("No contact matches “nobody.at.all@nowhere.example”")),
                 qPrintable(status->text()));
        FIND_CHILD(QPushButton, update, dialog, "lookupUpdate");
        QVERIFY(!update->isEnabled());
    }

    void updatingAsksBeforeDroppingARequestSetAside()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        QVERIFY(sendExample(window));
        FIND_CHILD(QLineEdit, match, &window, "matchValue");
        window.newRequest();
        QTest::keyClicks(match, QStringLiteral("ann@x.example"));
        window.newRequest(); // Ann's request is set aside
        QTest::keyClicks(match, QStringLiteral("bob@x.example"));
        const QString bob = window.requestPanel()->bodyText();

        window.findContact(kSarah);
        ContactLookupDialog *dialog = window.contactLookup();
        QVERIFY(searched(dialog));
        FIND_CHILD(QPushButton, update, dialog, "lookupUpdate");
        QVERIFY(update->isEnabled());
        Ui::Question::setNextAnswer(false);
        QTest::mouseClick(update, Qt::LeftButton);
        QVERIFY2(Ui::Question::lastQuestion().contains(QStringLiteral("ann@x.example")),
                 qPrintable(Ui::Question::lastQuestion()));
        QCOMPARE(window.requestPanel()->bodyText(), bob); // kept as it was

        Ui::Question::setNextAnswer(true);
        window.findContact();
        QTest::mouseClick(update, Qt::LeftButton);
        QCOMPARE(match->text(), kSarah);
        QCOMPARE(app.drafts->setAside()->body, bob);
    }

    void anUnknownOutcomeOffersToLookUpTheContact()
    {
        Test::AppFixture app;
        Test::HostileServer closing(Test::HostileServer::Behaviour::Close);
        QString error;
        QVERIFY2(closing.listen(false, &error), qPrintable(error));
        QVERIFY2(app.profiles->save({QStringLiteral("Flaky"), closing.baseUrl(), false, 10, false}, &error),
                 qPrintable(error));
        bool saved = false;
        app.keys->write(QStringLiteral("Flaky"), QStringLiteral("flaky-key-1234"), Secrets::KeyVault::Fallback::Refuse,
                        [&](const auto &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectProfile(QStringLiteral("Sandbox"));
        QVERIFY(sendExample(window)); // Sarah, in the sandbox
        // A created contact needs no checking.
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("lookUpContactButton")));

        window.selectProfile(QStringLiteral("Flaky"));
        QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
        window.send();
        QVERIFY(shown.wait(20000));
        const QString banner = window.responsePanel()->bannerText();
        QVERIFY2(banner.startsWith(QStringLiteral("Outcome unknown")) && banner.contains(QStringLiteral("Check it")),
                 qPrintable(banner));
        FIND_CHILD(QPushButton, lookUp, &window, "lookUpContactButton");
        QVERIFY(lookUp->isVisible());

        // Looked up where it was sent: that server still drops every connection, and says so.
        QTest::mouseClick(lookUp, Qt::LeftButton);
        ContactLookupDialog *dialog = window.contactLookup();
        QVERIFY(dialog && dialog->isVisible());
        FIND_CHILD(QLineEdit, field, dialog, "lookupSearch");
        QCOMPARE(field->text(), kSarah);
        QVERIFY(searched(dialog));
        FIND_CHILD(QLabel, status, dialog, "lookupStatus");
        QVERIFY2(status->text().contains(QStringLiteral("A search changes nothing")), qPrintable(status->text()));
        FIND_CHILD(QPushButton, more, dialog, "lookupMore");
        QVERIFY(!more->isVisible()); // nothing to load more of

        // Checked where it can be read: the sandbox holds the contact the request matched on.
        window.selectProfile(QStringLiteral("Sandbox"));
        FIND_CHILD(QPushButton, search, dialog, "lookupSearchButton");
        QTest::mouseClick(search, Qt::LeftButton);
        QVERIFY(searched(dialog));
        QCOMPARE(dialog->lookup()->kind(), ContactLookup::Kind::Email);
        QCOMPARE(dialog->lookup()->results().size(), 1);
        QCOMPARE(dialog->lookup()->results().first().primaryEmail, kSarah);

        // A new send puts the offer away with the answer it belonged to.
        window.loadExample();
        window.send();
        QVERIFY(shown.wait(20000));
        QVERIFY(!lookUp->isVisible());
    }
};

QTEST_MAIN(TestContactLookupDialog)
#include "tst_contactlookupdialog.moc"
