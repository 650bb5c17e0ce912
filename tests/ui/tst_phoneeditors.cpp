#include "appfixture.h"
#include "findchild.h"

#include "mainwindow.h"
#include "phonenumbers.h"
#include "phoneregiondialog.h"
#include "phoneregionsetting.h"
#include "requestform.h"
#include "requestpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace AssertDesk;

namespace {

const QString e164 = QStringLiteral("+14155551234");

QJsonObject attributesOf(Ui::RequestPanel &panel)
{
    return QJsonDocument::fromJson(panel.bodyBytes()).object().value(QStringLiteral("attributes")).toObject();
}

QString problemsAt(Ui::RequestPanel &panel, const QString &pointer)
{
    QStringList found;
    for (const Contract::ValidationProblem &p : panel.problems())
        if (p.pointer == pointer)
            found << p.severityName() + QLatin1Char(' ') + p.code + QStringLiteral(": ") + p.message;
    return found.join(QLatin1String("; "));
}

// A panel with every form row built, reading phone numbers in `region`, showing a body with no phone.
std::unique_ptr<Ui::RequestPanel> panelIn(const QString &region, const QByteArray &attributes = "{\"title\":\"VP\"}")
{
    auto panel = std::make_unique<Ui::RequestPanel>(Contract::FieldCatalogue::builtIn());
    panel->setPhoneRegion(region);
    panel->setBodyText(QStringLiteral("{\"match\":{\"primary_email\":\"ada@example.com\"},\"attributes\":")
                       + QString::fromUtf8(attributes) + QLatin1Char('}'));
    panel->form()->buildAllRows();
    return panel;
}

} // namespace

// A phone number typed into the form is sent in E.164, read in the phone region; the field keeps
// what was typed and the line under it says what will be sent; the JSON tab shows what is sent.
class TestPhoneEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_phoneeditors"));
        QSettings().clear();
    }

    void aNationalNumberTypedIsSentInE164()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QLineEdit, line, panel.get(), "edit_primary_phone_number");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        QVERIFY(hint->isHidden());
        QTest::keyClicks(line, QStringLiteral("(415) 555-1234"));
        QCOMPARE(line->text(), QStringLiteral("(415) 555-1234")); // what was typed stays under the cursor
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(), e164);
        QVERIFY2(!hint->isHidden() && hint->text().contains(e164), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(QStringLiteral("US")), qPrintable(hint->text()));
        // Sent in E.164, the number draws no warning, and the JSON tab shows exactly that.
        QVERIFY2(problemsAt(*panel, QStringLiteral("/attributes/primary_phone_number")).isEmpty(),
                 qPrintable(problemsAt(*panel, QStringLiteral("/attributes/primary_phone_number"))));
        FIND_CHILD(QTabWidget, tabs, panel.get(), "requestTabs");
        FIND_CHILD(QPlainTextEdit, json, panel.get(), "requestEditor");
        tabs->setCurrentWidget(json);
        QVERIFY2(json->toPlainText().contains(QStringLiteral("\"primary_phone_number\": \"+14155551234\"")),
                 qPrintable(json->toPlainText()));
        QVERIFY(!json->toPlainText().contains(QStringLiteral("(415)")));
        QCOMPARE(QString::fromUtf8(panel->bodyBytes()), json->toPlainText());
    }

    void aNumberThatCannotBeValidIsFlaggedAndSentAsTyped()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QLineEdit, line, panel.get(), "edit_primary_phone_number");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        FIND_CHILD(QPushButton, send, panel.get(), "sendButton");
        QTest::keyClicks(line, QStringLiteral("415 555"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("415 555"));
        QVERIFY2(hint->text().contains(QStringLiteral("cannot be a valid number")), qPrintable(hint->text()));
        const QString problems = problemsAt(*panel, QStringLiteral("/attributes/primary_phone_number"));
        QVERIFY2(problems.startsWith(QStringLiteral("error field_value_invalid")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"415 555\"")), qPrintable(problems));
        QVERIFY(!send->isEnabled());
        // Typing on to a whole number: the same field, now sent in E.164, and Send is back.
        QTest::keyClicks(line, QStringLiteral(" 1234"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(), e164);
        QVERIFY(send->isEnabled());
    }

    void anExtensionIsNotDropped()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QLineEdit, line, panel.get(), "edit_primary_phone_number");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        QTest::keyClicks(line, QStringLiteral("415-555-1234 x123"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("415-555-1234 x123"));
        QVERIFY2(hint->text().contains(QStringLiteral("extension")), qPrintable(hint->text()));
    }

    // A number written in the JSON tab is sent as written; the form says what editing it would send.
    void aNumberFromTheJsonIsSentAsWritten()
    {
        const auto panel = panelIn(QStringLiteral("US"), "{\"primary_phone_number\":\"(415) 555-1234\"}");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("(415) 555-1234"));
        QVERIFY2(hint->text().contains(e164), qPrintable(hint->text()));
        const QString problems = problemsAt(*panel, QStringLiteral("/attributes/primary_phone_number"));
        QVERIFY2(problems.startsWith(QStringLiteral("warning phone_not_e164")) && problems.contains(e164),
                 qPrintable(problems));
    }

    // A new region reads a number typed in the form anew, and the body follows.
    void changingTheRegionRereadsWhatWasTyped()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QLineEdit, line, panel.get(), "edit_primary_phone_number");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        QTest::keyClicks(line, QStringLiteral("030 12345678"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("030 12345678"));
        QVERIFY(panel->hasErrors());
        panel->setPhoneRegion(QStringLiteral("DE"));
        QCOMPARE(panel->phoneRegion(), QStringLiteral("DE"));
        QCOMPARE(line->text(), QStringLiteral("030 12345678"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("+493012345678"));
        QVERIFY2(hint->text().contains(QStringLiteral("+493012345678")), qPrintable(hint->text()));
        QVERIFY(!panel->hasErrors());
    }

    // A number already read is not moved to another country by a new region: (415) 555-1234 is a
    // valid German number too, and switching to DE must not turn a US number into it.
    void aNumberAlreadyReadKeepsItsCountry()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QLineEdit, line, panel.get(), "edit_primary_phone_number");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_primary_phone_number");
        FIND_CHILD(QPushButton, add, panel.get(), "add_contact_phone_numbers");
        FIND_CHILD(QTableWidget, table, panel.get(), "edit_contact_phone_numbers");
        QTest::keyClicks(line, QStringLiteral("(415) 555-1234"));
        add->click();
        table->item(0, 0)->setText(QStringLiteral("(415) 555-1234"));
        const QByteArray before = panel->bodyBytes();
        panel->setPhoneRegion(QStringLiteral("DE"));
        QCOMPARE(QString::fromUtf8(panel->bodyBytes()), QString::fromUtf8(before));
        QVERIFY2(hint->text().contains(e164) && hint->text().contains(QStringLiteral("US")), qPrintable(hint->text()));
        // Typed again, it is read in the new region.
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("(415) 555-1234"));
        QCOMPARE(attributesOf(*panel).value(QStringLiteral("primary_phone_number")).toString(),
                 QStringLiteral("+494155551234"));
        const QJsonArray rows = attributesOf(*panel).value(QStringLiteral("contact_phone_numbers")).toArray();
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("phone_number")).toString(), e164);
    }

    void aPhoneRowTypedIsSentInE164()
    {
        const auto panel = panelIn(QStringLiteral("US"));
        FIND_CHILD(QPushButton, add, panel.get(), "add_contact_phone_numbers");
        FIND_CHILD(QTableWidget, table, panel.get(), "edit_contact_phone_numbers");
        FIND_CHILD(QLabel, hint, panel.get(), "phoneHint_contact_phone_numbers");
        add->click();
        table->item(0, 0)->setText(QStringLiteral("415.555.1234")); // as the cell's editor commits it
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("415.555.1234"));
        const QJsonArray rows = attributesOf(*panel).value(QStringLiteral("contact_phone_numbers")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("phone_number")).toString(), e164);
        QVERIFY2(hint->text().contains(QStringLiteral("Row 1")) && hint->text().contains(e164),
                 qPrintable(hint->text()));
        QVERIFY2(!panel->hasErrors(),
                 qPrintable(problemsAt(*panel, QStringLiteral("/attributes/contact_phone_numbers"))));
    }

    void theRegionIsChosenInTheWindowAndKept()
    {
        Test::AppFixture app;
        QSettings().remove(QStringLiteral("phone/region"));
        {
            Ui::MainWindow window(app.services);
            QCOMPARE(window.requestPanel()->phoneRegion(), Contract::PhoneNumbers::systemRegion());
            auto *action = window.findChild<QAction *>(QStringLiteral("actionPhoneRegion"));
            QVERIFY(action);
            bool picked = false;
            QTimer::singleShot(0, this, [&picked] {
                auto *dialog = qobject_cast<Ui::PhoneRegionDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                auto *regions = dialog->findChild<QComboBox *>(QStringLiteral("phoneRegion"));
                regions->setCurrentIndex(regions->findData(QStringLiteral("DE")));
                picked = regions->currentData().toString() == QLatin1String("DE");
                dialog->accept();
            });
            action->trigger();
            QVERIFY(picked);
            QCOMPARE(window.requestPanel()->phoneRegion(), QStringLiteral("DE"));
        }
        QCOMPARE(Ui::PhoneRegionSetting::chosen(), QStringLiteral("DE"));
        Ui::MainWindow reopened(app.services);
        QCOMPARE(reopened.requestPanel()->phoneRegion(), QStringLiteral("DE"));
        QSettings().remove(QStringLiteral("phone/region"));
    }
};

QTEST_MAIN(TestPhoneEditors)
#include "tst_phoneeditors.moc"
