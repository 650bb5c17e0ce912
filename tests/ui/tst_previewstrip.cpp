#include "appfixture.h"
#include "findchild.h"

#include "difftable.h"
#include "historyentryopener.h"
#include "mainwindow.h"
#include "matchpreviewer.h"
#include "previewstrip.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "seeddata.h"
#include "sendcontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;
using AssertDesk::Ui::PreviewStrip;

namespace {

template<typename T> T waitFor(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        qWarning("the history has not answered within 10 s");
    return future.result();
}

// The first seeded contact of the sandbox (the same people for any count): its second address,
// which is not its primary one, and its title.
QJsonObject seeded()
{
    return Sandbox::SeedData::contacts(1).first();
}

QString secondaryAddress()
{
    return seeded()
        .value(QStringLiteral("contact_emails"))
        .toArray()
        .at(1)
        .toObject()
        .value(QStringLiteral("email"))
        .toString();
}

// The sandbox as the app starts it: with sample contacts.
QStringList seededSandbox()
{
    return {QStringLiteral("--seed"), QStringLiteral("25")};
}

void putRequest(MainWindow &window, const QString &address, const QString &title)
{
    Contract::AssertRequest request;
    request.setMatch(QStringLiteral("primary_email"), address);
    request.setAttribute(QStringLiteral("title"), title);
    window.requestPanel()->setRequest(request);
}

// Previews what the window shows and waits for the strip to show it.
QString previewAndWait(MainWindow &window)
{
    QSignalSpy shown(window.previewStrip(), &PreviewStrip::shown);
    window.previewNow();
    return shown.wait(20000) ? window.previewStrip()->sentence() : QStringLiteral("<no preview>");
}

// The row of the diff table for `field`: {before, after, change}.
QStringList diffRow(PreviewStrip *strip, const QString &field)
{
    QTableWidget *table = strip->table();
    if (!table || !table->isVisibleTo(strip))
        return {};
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Ui::DiffTable::Field)->text() == field)
            return {table->item(row, Ui::DiffTable::Before)->toolTip(),
                    table->item(row, Ui::DiffTable::After)->toolTip(), table->item(row, Ui::DiffTable::Kind)->text()};
    }
    return {};
}

// A value as written or as an envelope ({"value": ...}).
QString plain(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("value")).toString() : value.toString();
}

qint64 sendAndWait(MainWindow &window)
{
    QSignalSpy finished(window.sendController(), &Session::SendController::finished);
    window.send();
    return finished.wait(20000) ? finished.first().at(2).toLongLong() : -1;
}

} // namespace

// "Know before you send" in the window: the strip under the request says which contact the match
// key finds and what changes, a send keeps the contact as it was, and a past change is reverted
// through the form.
class TestPreviewStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSeededSecondaryAddressIsAnUpdateWithItsChanges()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        putRequest(window, secondaryAddress(), QStringLiteral("Chief Previewer"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString sentence = previewAndWait(window);
        QVERIFY(window.previewStrip()->isVisible());
        QVERIFY(window.previewStrip()->height() > 0);
        QVERIFY2(sentence.startsWith(QStringLiteral("Will update ")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("contact_emails = ") + secondaryAddress()), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("read at ")), qPrintable(sentence));
        const QStringList title = diffRow(window.previewStrip(), QStringLiteral("title"));
        QCOMPARE(title,
                 QStringList({seeded().value(QStringLiteral("title")).toString(), QStringLiteral("Chief Previewer"),
                              QStringLiteral("change")}));
    }

    void aNewAddressIsACreateWithTheFieldsItSets()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        putRequest(window, QStringLiteral("nobody.yet@preview.example"), QStringLiteral("First Timer"));
        const QString sentence = previewAndWait(window);
        QVERIFY2(sentence.startsWith(QStringLiteral("Will create a new contact")), qPrintable(sentence));
        const QStringList title = diffRow(window.previewStrip(), QStringLiteral("title"));
        QCOMPARE(title.value(1), QStringLiteral("First Timer"));
        QCOMPARE(title.value(2), QStringLiteral("set"));
    }

    void typingPreviewsWithoutAPress()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        window.previewStrip()->previewer()->setDebounceMs(50);
        QSignalSpy shown(window.previewStrip(), &PreviewStrip::shown);
        putRequest(window, secondaryAddress(), QStringLiteral("Typed Title"));
        QVERIFY(shown.wait(20000));
        QVERIFY2(window.previewStrip()->sentence().startsWith(QStringLiteral("Will update ")),
                 qPrintable(window.previewStrip()->sentence()));
    }

    void aSendKeepsTheContactAsItWasAndRevertFillsTheInverse()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        const QString oldTitle = seeded().value(QStringLiteral("title")).toString();
        putRequest(window, secondaryAddress(), QStringLiteral("Reverted Soon"));
        QVERIFY(previewAndWait(window).startsWith(QStringLiteral("Will update ")));
        QSignalSpy shown(window.previewStrip(), &PreviewStrip::shown);
        const qint64 id = sendAndWait(window);
        QVERIFY(id > 0);
        // The strip reads the contact again after the send: the title now is what was sent.
        QVERIFY(shown.wait(20000));
        QCOMPARE(diffRow(window.previewStrip(), QStringLiteral("title")).value(2), QStringLiteral("unchanged"));
        const auto record = waitFor(app.history->record(id));
        QVERIFY(record);
        QCOMPARE(record->action, QStringLiteral("updated"));
        QCOMPARE(
            plain(record->beforeState.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("title"))),
            oldTitle);
        QCOMPARE(record->prediction.value(QStringLiteral("prediction")).toString(), QStringLiteral("update"));

        // Reviewing it offers the revert beside "Edit and re-send".
        QSignalSpy opened(&window, &MainWindow::historyEntryOpened);
        window.openHistoryEntry(id, false);
        QVERIFY(opened.wait(10000));
        FIND_CHILD(QPushButton, revert, &window, "revertButton");
        QVERIFY(revert->isVisibleTo(&window));
        QVERIFY(revert->isEnabled());

        // It fills the form with the inverse and sends nothing.
        QSignalSpy started(window.sendController(), &Session::SendController::started);
        revert->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.requestPanel()->isReviewMode(), 10000);
        const QJsonObject body = QJsonDocument::fromJson(window.requestPanel()->bodyBytes()).object();
        QCOMPARE(body.value(QStringLiteral("attributes")).toObject().keys(), QStringList {QStringLiteral("title")});
        const QJsonValue title = body.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("title"));
        QCOMPARE(plain(title), oldTitle);
        QCOMPARE(started.count(), 0);
        const QString sentence = previewAndWait(window);
        QVERIFY2(sentence.startsWith(QStringLiteral("Will update ")), qPrintable(sentence));
        QCOMPARE(diffRow(window.previewStrip(), QStringLiteral("title")).value(1), oldTitle);
    }

    // Someone changed a field again after the change being reverted: writing it back would undo
    // their change too, so it is named and left out of the revert.
    void aFieldChangedSinceIsLeftOutOfTheRevert()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        window.previewStrip()->previewer()->setDebounceMs(50);
        const QString oldDepartment = seeded().value(QStringLiteral("department")).toString();
        Contract::AssertRequest change;
        change.setMatch(QStringLiteral("primary_email"), secondaryAddress());
        change.setAttribute(QStringLiteral("title"), QStringLiteral("Changed Once"));
        change.setAttribute(QStringLiteral("department"), QStringLiteral("Moved Department"));
        window.requestPanel()->setRequest(change);
        const qint64 id = sendAndWait(window);
        QVERIFY(id > 0);
        putRequest(window, secondaryAddress(), QStringLiteral("Changed By Someone Else"));
        QVERIFY(sendAndWait(window) > id);

        window.revertHistoryEntry(id);
        FIND_CHILD(QLabel, note, &window, "previewNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisibleTo(&window), 20000);
        QVERIFY2(note->text().contains(QStringLiteral("title")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("Left out")), qPrintable(note->text()));
        const QJsonObject attributes = QJsonDocument::fromJson(window.requestPanel()->bodyBytes())
                                           .object()
                                           .value(QStringLiteral("attributes"))
                                           .toObject();
        QCOMPARE(attributes.keys(), QStringList {QStringLiteral("department")});
        QCOMPARE(plain(attributes.value(QStringLiteral("department"))), oldDepartment);
    }

    void aSurpriseIsSaidAboveThePanes()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        Q_EMIT window.sendController()->surprised(
            QStringLiteral("predicted an update of c-1, but the server created a new contact"), 7);
        FIND_CHILD(QLabel, notice, &window, "noticeBanner");
        QVERIFY(notice->isVisibleTo(&window));
        QVERIFY2(notice->text().contains(QStringLiteral("but the server created a new contact"))
                     && notice->text().contains(QStringLiteral("7")),
                 qPrintable(notice->text()));
    }

    void aCreatedContactCannotBeReverted()
    {
        Test::AppFixture app(seededSandbox());
        MainWindow window(app.services);
        putRequest(window, QStringLiteral("brand.new@preview.example"), QStringLiteral("New"));
        const qint64 id = sendAndWait(window);
        QVERIFY(id > 0);
        QSignalSpy opened(&window, &MainWindow::historyEntryOpened);
        window.openHistoryEntry(id, false);
        QVERIFY(opened.wait(10000));
        FIND_CHILD(QPushButton, revert, &window, "revertButton");
        QVERIFY(revert->isVisibleTo(&window));
        QVERIFY(!revert->isEnabled());
        QCOMPARE(revert->toolTip(), QStringLiteral("A created contact cannot be reverted: the API has no delete."));
        // The review says what the preview before the send predicted.
        QVERIFY2(window.previewStrip()->sentence().contains(QStringLiteral("Will create a new contact")),
                 qPrintable(window.previewStrip()->sentence()));
    }
};

QTEST_MAIN(TestPreviewStrip)
#include "tst_previewstrip.moc"
