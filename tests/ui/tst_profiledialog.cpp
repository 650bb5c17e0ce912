#include "findchild.h"
#include "keyvault.h"
#include "memorysecretstore.h"
#include "profiledialog.h"
#include "profileservice.h"
#include "question.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace AssertDesk;

// Profiles managed in the window, as a user without the command line would.
class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addChangeRemove()
    {
        QTemporaryDir dir;
        Profiles::ProfileStore store(dir.filePath(QStringLiteral("assertdesk.conf")));
        Secrets::MemorySecretStore keychain;
        Secrets::KeyVault keys(&keychain);
        Session::ProfileService profiles(&store, &keys);
        Ui::ProfileDialog dialog(&profiles, QStringLiteral("Reevo"));
        QSignalSpy changed(&dialog, &Ui::ProfileDialog::profilesChanged);
        FIND_CHILD(QLineEdit, name, &dialog, "profileName");
        FIND_CHILD(QLineEdit, url, &dialog, "profileUrl");
        FIND_CHILD(QPushButton, save, &dialog, "profileSave");
        FIND_CHILD(QPushButton, remove, &dialog, "profileRemove");
        FIND_CHILD(QPushButton, add, &dialog, "profileNew");
        FIND_CHILD(QCheckBox, production, &dialog, "profileProduction");
        FIND_CHILD(QSpinBox, timeout, &dialog, "profileTimeout");
        QCOMPARE(dialog.selectedProfile(), QStringLiteral("Reevo"));
        QVERIFY(name->isReadOnly()); // built in
        QVERIFY(!remove->isEnabled());

        add->click();
        QTest::keyClicks(name, QStringLiteral("Staging"));
        QTest::keyClicks(url, QStringLiteral("http://staging.example.com/api/v2"));
        save->click();
        QVERIFY(dialog.errorText().contains(QStringLiteral("unencrypted")));
        QVERIFY(!store.profile(QStringLiteral("Staging")));
        QCOMPARE(changed.count(), 0);

        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://staging.example.com/api/v2"));
        production->setChecked(true);
        timeout->setValue(45);
        save->click();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(changed.count(), 1);
        const auto saved = store.profile(QStringLiteral("Staging"));
        QVERIFY(saved);
        QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://staging.example.com/api/v2")));
        QVERIFY(saved->production);
        QCOMPARE(saved->timeoutSeconds, 45);
        QCOMPARE(dialog.selectedProfile(), QStringLiteral("Staging"));

        Ui::Question::setNextAnswer(true);
        remove->click();
        QVERIFY(!store.profile(QStringLiteral("Staging")));
        QCOMPARE(changed.count(), 2);
    }

    // Removing a profile deletes its key from the keychain, so the window asks first and names
    // both; a rename onto another profile's name is refused and changes nothing.
    void removeAsksFirstAndTakesTheKey()
    {
        QTemporaryDir dir;
        Profiles::ProfileStore store(dir.filePath(QStringLiteral("assertdesk.conf")));
        Secrets::MemorySecretStore keychain;
        Secrets::KeyVault keys(&keychain);
        Session::ProfileService profiles(&store, &keys);
        QString error;
        for (const char *name : {"Staging", "Live"}) {
            const QString n = QString::fromLatin1(name);
            QVERIFY(profiles.add(
                {n, QUrl(QStringLiteral("https://%1.example.com/api/v2").arg(n.toLower())), false, 30, false}, &error));
            keys.write(n, n + QStringLiteral("-key"), Secrets::KeyVault::Fallback::Refuse, [](const auto &) {});
        }
        Ui::ProfileDialog dialog(&profiles, QStringLiteral("Staging"));
        FIND_CHILD(QLineEdit, name, &dialog, "profileName");
        FIND_CHILD(QPushButton, save, &dialog, "profileSave");
        FIND_CHILD(QPushButton, remove, &dialog, "profileRemove");

        name->setText(QStringLiteral("live"));
        save->click();
        QTRY_VERIFY(dialog.errorText().contains(QStringLiteral("There is a profile \"Live\" already")));
        QCOMPARE(store.profile(QStringLiteral("Live"))->baseUrl.host(), QStringLiteral("live.example.com"));
        QVERIFY(store.profile(QStringLiteral("Staging")));

        Ui::Question::setNextAnswer(false);
        remove->click();
        QCOMPARE(Ui::Question::lastQuestion(),
                 QStringLiteral("Remove profile Staging and its API key from the keychain?"));
        QVERIFY(store.profile(QStringLiteral("Staging")));
        QString key;
        keys.read(QStringLiteral("Staging"), [&](const Secrets::SecretResult &r) { key = r.key; });
        QTRY_COMPARE(key, QStringLiteral("Staging-key"));

        Ui::Question::setNextAnswer(true);
        remove->click();
        QVERIFY(!store.profile(QStringLiteral("Staging")));
        bool gone = false;
        keys.read(QStringLiteral("Staging"),
                  [&](const Secrets::SecretResult &r) { gone = r.status == Secrets::SecretResult::Status::NotFound; });
        QTRY_VERIFY(gone);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
