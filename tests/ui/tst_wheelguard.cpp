#include "appfixture.h"
#include "findchild.h"

#include "historypanel.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "requestform.h"
#include "requestpanel.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// What a person's wheel does: a spontaneous wheel event for the widget under the pointer (the
// deepest one, as the window system delivers it), which QApplication then hands up the parents
// until one takes it. Returns that deepest widget, or null when `over` is not under its own centre.
QWidget *wheelOver(QWidget *over, int notches)
{
    const QPoint centre = over->rect().center();
    QWidget *window = over->window();
    QWidget *target = window->childAt(over->mapTo(window, centre));
    if (!target || (target != over && !over->isAncestorOf(target)))
        return nullptr;
    const QPointF local = target->mapFrom(over, centre);
    QWheelEvent event(local, target->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(target, &event);
    return target;
}

// Wheel-editable, judged apart from the guard's own rule: anything whose value a wheel changes.
bool takesTheWheelAsAValue(const QWidget *w)
{
    return !qobject_cast<const QScrollBar *>(w)
        && (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractSlider *>(w));
}

QString valueOf(const QWidget *w)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return QStringLiteral("%1: %2").arg(combo->currentIndex()).arg(combo->currentText());
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    if (const auto *slider = qobject_cast<const QAbstractSlider *>(w))
        return QString::number(slider->value());
    return {};
}

} // namespace

// The mouse wheel never edits a value: over a combo box or a spin box it scrolls the page, as a
// person scrolling down the form expects; only a widget the person has put the focus in takes it.
class TestWheelGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWheelOverTheFormScrollsItAndChangesNothing()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.resize(1100, 640); // the form is taller than its pane: it has something to scroll
        QSignalSpy painted(&window, &MainWindow::firstPaint);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(painted.count(), 1);
        Ui::RequestForm *form = window.requestPanel()->form();
        QTRY_COMPARE(form->builtRowCount(), form->rowCount());
        auto *scroll = form->findChild<QScrollArea *>(); // the form's own (its tables are not QScrollAreas)
        QVERIFY(scroll);
        QScrollBar *bar = scroll->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the form does not scroll, so the test would prove nothing");

        QList<QWidget *> editable;
        for (QWidget *w : form->findChildren<QWidget *>())
            if (takesTheWheelAsAValue(w) && w->isVisibleTo(form) && w->isEnabled())
                editable << w;
        // The match key, SMS consent, stage and both reference forms at least.
        QStringList names;
        for (const QWidget *w : std::as_const(editable))
            names << w->objectName();
        for (const char *expected :
             {"matchKey", "edit_sms_consent", "edit_stage", "form_owner_user_id", "form_owner_team_id"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), qPrintable(names.join(QLatin1String(", "))));
        QApplication::setActiveWindow(&window);
        FIND_CHILD(QWidget, sendButton, &window, "sendButton");
        sendButton->setFocus(); // the focus is elsewhere, as after a click on Send

        const QByteArray body = window.requestPanel()->bodyBytes();
        const QString text = window.requestPanel()->bodyText();
        for (QWidget *w : std::as_const(editable)) {
            const QString name
                = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            const QString before = valueOf(w);
            bool moved = false;
            for (const int notches : {-1, 1, -1, 1}) { // down, up, and again
                scroll->ensureWidgetVisible(w);
                const int position = bar->value();
                QVERIFY2(wheelOver(w, notches), qPrintable(name + QStringLiteral(" is not under the pointer")));
                QCOMPARE(valueOf(w), before);
                QVERIFY2(!w->hasFocus() && !w->isAncestorOf(QApplication::focusWidget()),
                         qPrintable(name + QStringLiteral(" took the focus from the wheel")));
                const bool couldMove = notches < 0 ? position < bar->maximum() : position > bar->minimum();
                if (couldMove)
                    QVERIFY2(notches < 0 ? bar->value() > position : bar->value() < position,
                             qPrintable(name + QStringLiteral(": the form did not scroll")));
                moved = moved || bar->value() != position;
            }
            QVERIFY2(moved, qPrintable(name + QStringLiteral(": the form never scrolled")));
            QCOMPARE(window.requestPanel()->bodyBytes(), body);
            QCOMPARE(window.requestPanel()->bodyText(), text);
        }
    }

    // A person who clicked a combo box may turn the wheel to change it.
    void aFocusedComboStillTakesTheWheel()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Ui::RequestForm *form = window.requestPanel()->form();
        form->buildAllRows();
        FIND_CHILD(QComboBox, consent, form, "edit_sms_consent");
        auto *scroll = form->findChild<QScrollArea *>();
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(consent);
        consent->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(consent->hasFocus());
        const int position = scroll->verticalScrollBar()->value();
        const int index = consent->currentIndex();
        QVERIFY(wheelOver(consent, index == 0 ? -1 : 1));
        QVERIFY(consent->currentIndex() != index);
        QCOMPARE(scroll->verticalScrollBar()->value(), position); // the combo took it, not the page
        // and choosing it this way is an edit like any other: the field is sent with that value
        const QJsonObject attrs = QJsonDocument::fromJson(window.requestPanel()->bodyBytes())
                                      .object()
                                      .value(QStringLiteral("attributes"))
                                      .toObject();
        QCOMPARE(attrs.value(QStringLiteral("sms_consent")), consent->currentData().toJsonValue());
    }

    // Everywhere in the app: the profile switcher, the history filters and a dialog's spin box.
    void theWheelChangesNoChoiceOutsideTheFormEither()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        FIND_CHILD(QWidget, sendButton, &window, "sendButton");
        sendButton->setFocus();
        for (const char *name : {"profileSwitcher", "historyOutcome", "historyAction", "historySince"}) {
            auto *combo = window.findChild<QComboBox *>(QString::fromLatin1(name));
            QVERIFY2(combo, name);
            const int index = combo->currentIndex();
            for (const int notches : {-1, 1, -1})
                QVERIFY2(wheelOver(combo, notches), name);
            QVERIFY2(combo->currentIndex() == index, name);
            QVERIFY2(!combo->hasFocus(), name);
        }
        QCOMPARE(window.currentProfile().name, QStringLiteral("Sandbox"));

        Ui::ProfileDialog dialog(app.profileService.get(), QStringLiteral("Sandbox"), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        FIND_CHILD(QSpinBox, timeout, &dialog, "profileTimeout");
        FIND_CHILD(QWidget, profileName, &dialog, "profileName");
        profileName->setFocus();
        const int seconds = timeout->value();
        QVERIFY(wheelOver(timeout, 1));
        QVERIFY(wheelOver(timeout, -1));
        QVERIFY(wheelOver(timeout, -1));
        QCOMPARE(timeout->value(), seconds);
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
