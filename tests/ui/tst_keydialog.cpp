#include "appfixture.h"
#include "findchild.h"

#include "keydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace AssertDesk;

// The key dialog as a user drives it: the key typed masked, saved, tested, forgotten; never
// shown back in full.
class TestKeyDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setTestForget()
    {
        Test::AppFixture app;
        const auto live = app.addSandboxAccount(QStringLiteral("Live"), false);
        QVERIFY2(live.error.isEmpty(), qPrintable(live.error));
        const QString sandboxKey = live.key;

        Ui::KeyDialog dialog(app.services, live.profile);
        FIND_CHILD(QLabel, saved, &dialog, "savedKey");
        FIND_CHILD(QLineEdit, edit, &dialog, "newKey");
        FIND_CHILD(QPushButton, save, &dialog, "saveKey");
        FIND_CHILD(QPushButton, test, &dialog, "testKey");
        FIND_CHILD(QPushButton, forget, &dialog, "forgetKey");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(saved->text().startsWith(QStringLiteral("No ")) && saved->text().contains(QStringLiteral("key")));

        QTest::keyClicks(edit, sandboxKey);
        save->click();
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("Saved in the system keychain."));
        QVERIFY(edit->text().isEmpty());
        QTRY_COMPARE(saved->text(), QStringLiteral("a key ending in %1").arg(sandboxKey.right(4)));
        QVERIFY(!saved->text().contains(sandboxKey));

        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), QStringLiteral("The server accepted the key."), 10000);

        QTest::keyClicks(edit, QStringLiteral("wrong-key-1234"));
        test->click(); // tests the typed key, not the saved one
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("The server refused the key: 401")),
                                 10000);
        edit->clear();

        forget->click();
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("The key is forgotten."));
        QTRY_VERIFY(saved->text().startsWith(QStringLiteral("No ")) && saved->text().contains(QStringLiteral("key")));
    }

    // A key pasted with a line break in it (and a header after it) is named under the field at
    // once, and can be neither saved nor tested; the key as it should be can.
    void aPastedKeyWithALineBreakCannotBeSaved()
    {
        Test::AppFixture app;
        const Profiles::Profile live {QStringLiteral("Live"), QUrl(QStringLiteral("https://crm.example.com/api/v2")),
                                      false, 10, false};
        QString error;
        QVERIFY2(app.profiles->save(live, &error), qPrintable(error));
        Ui::KeyDialog dialog(app.services, live);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        FIND_CHILD(QLabel, saved, &dialog, "savedKey");
        FIND_CHILD(QLineEdit, edit, &dialog, "newKey");
        FIND_CHILD(QLabel, problem, &dialog, "keyProblem");
        FIND_CHILD(QPushButton, save, &dialog, "saveKey");
        FIND_CHILD(QPushButton, test, &dialog, "testKey");
        QTRY_VERIFY(saved->text().startsWith(QStringLiteral("No ")));
        QVERIFY(!problem->isVisible());

        QGuiApplication::clipboard()->setText(QStringLiteral("live-key-9876\r\nX-Injected: 1"));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text(), QStringLiteral("live-key-9876\r\nX-Injected: 1"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("carriage return (\\r) at character 14")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("live-key"))); // described, never shown
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        save->click();                         // off: a click does nothing
        QTest::keyClick(edit, Qt::Key_Return); // nor does Enter
        QTest::qWait(200);
        QVERIFY(dialog.isVisible());
        QVERIFY(saved->text().startsWith(QStringLiteral("No ")));
        bool stored = true;
        app.keys->read(QStringLiteral("Live"), [&](const Secrets::SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(!stored);

        // Copied with the line's end only: that is one line, and it is saved without it.
        edit->clear();
        QVERIFY(!problem->isVisible());
        QGuiApplication::clipboard()->setText(QStringLiteral("live-key-9876\n"));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled() && test->isEnabled());
        save->click();
        QTRY_COMPARE(saved->text(), QStringLiteral("a key ending in 9876"));
    }

    // Enter in the field saves what was typed: it never forgets the saved key, whichever button
    // had the focus last.
    void enterSavesAndNeverForgets()
    {
        Test::AppFixture app;
        const Profiles::Profile live {QStringLiteral("Live"), QUrl(QStringLiteral("https://crm.example.com/api/v2")),
                                      false, 10, false};
        QString error;
        QVERIFY2(app.profiles->save(live, &error), qPrintable(error));
        bool stored = false;
        app.keys->write(QStringLiteral("Live"), QStringLiteral("old-key-1111"), Secrets::KeyVault::Fallback::Refuse,
                        [&](const Secrets::SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
        Ui::KeyDialog dialog(app.services, live);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        FIND_CHILD(QLabel, saved, &dialog, "savedKey");
        FIND_CHILD(QLineEdit, edit, &dialog, "newKey");
        FIND_CHILD(QPushButton, forget, &dialog, "forgetKey");
        QTRY_COMPARE(saved->text(), QStringLiteral("a key ending in 1111"));
        forget->setFocus(); // tabbed past, then back into the field
        edit->setFocus();
        QGuiApplication::clipboard()->setText(QStringLiteral("\x1b[31m-bad")); // pasted: typed, ESC closes
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(200);
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved->text(), QStringLiteral("a key ending in 1111")); // neither saved nor forgotten
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("new-key-2222"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(saved->text(), QStringLiteral("a key ending in 2222"));
        QCOMPARE(dialog.statusText(), QStringLiteral("Saved in the system keychain."));
    }

    void sandboxNeedsNoKey()
    {
        Test::AppFixture app;
        const std::optional<Profiles::Profile> sandbox = app.profiles->profile(QStringLiteral("Sandbox"));
        QVERIFY2(sandbox, "no built-in Sandbox profile");
        Ui::KeyDialog dialog(app.services, *sandbox);
        FIND_CHILD(QLineEdit, edit, &dialog, "newKey");
        QVERIFY(!edit->isEnabled());
        FIND_CHILD(QPushButton, test, &dialog, "testKey");
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), QStringLiteral("The server accepted the key."), 10000);
    }
};

QTEST_MAIN(TestKeyDialog)
#include "tst_keydialog.moc"
