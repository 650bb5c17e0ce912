#include "findchild.h"

#include "fieldcatalogue.h"
#include "knownstages.h"
#include "requestform.h"
#include "requestpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace AssertDesk;

namespace {

const QString ada = QStringLiteral(R"({"match":{"primary_email":"ada@x.example"},"attributes":{"first_name":"Ada"}})");
const QString bea = QStringLiteral(R"({"match":{"primary_email":"bea@x.example"},"attributes":{"first_name":"Bea"}})");
// A comma too many: broken on line 2.
const QString broken
    = QStringLiteral("{\"match\":{\"primary_email\":\"c@x.example\"},\n\"attributes\":{\"title\":\"T\",}}");

// The platform's own keys for undo and redo, as a person presses them.
void press(QWidget *widget, QKeySequence::StandardKey key)
{
    const QKeyCombination combination = QKeySequence(key)[0];
    QTest::keyClick(widget, combination.key(), combination.keyboardModifiers());
}

QString firstName(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8())
        .object()
        .value(QStringLiteral("attributes"))
        .toObject()
        .value(QStringLiteral("first_name"))
        .toString();
}

} // namespace

// The request panel's two views edit one body: what the JSON tab holds is what is read, broken
// JSON locks the form instead of being overwritten by it, and one undo history serves both views.
class TestRequestPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Ui::RequestPanel> m_panel;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editor = nullptr;

    // Replaces the JSON tab's text as a person does: select all, type.
    void typeJson(const QString &text)
    {
        m_tabs->setCurrentWidget(m_editor);
        m_editor->setFocus();
        m_editor->selectAll();
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(m_editor, Qt::Key_Return);
            QTest::keyClicks(m_editor, lines.at(i));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<Ui::RequestPanel>(Contract::FieldCatalogue::builtIn(),
                                                     Contract::KnownStages::apiNames());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
        m_editor = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("requestEditor"));
        QVERIFY(m_tabs && m_editor);
    }

    void cleanup() { m_panel.reset(); }

    // JSON is read in a fixed-pitch font, where indentation lines up.
    void theJsonTabShowsTheBodyInAFixedPitchFont()
    {
        m_tabs->setCurrentWidget(m_editor);
        QVERIFY(QFontInfo(m_editor->font()).fixedPitch());
    }

    // Typed and read at once (as Send does, within the pause the editor waits for): the body read
    // is the text typed, and the form shows it too.
    void whatIsTypedIsWhatIsReadAtOnce()
    {
        typeJson(ada);
        QCOMPARE(m_panel->bodyBytes(), ada.toUtf8());
        QVERIFY(!m_panel->hasErrors());
        FIND_CHILD(QLineEdit, first, m_panel.get(), "edit_first_name");
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        QCOMPARE(m_panel->request().matchValue(), QStringLiteral("ada@x.example"));
        // The text is read as written, not reformatted.
        QCOMPARE(m_editor->toPlainText(), ada);
    }

    // With nothing to fix, the problems pane is its one summary line, and the form has the room;
    // the list comes back with the first problem and goes again once it is fixed.
    void theEmptyProblemsListFoldsToItsSummary()
    {
        FIND_CHILD(QTreeWidget, list, m_panel.get(), "problemList");
        FIND_CHILD(QLabel, summary, m_panel.get(), "problemSummary");
        FIND_CHILD(QWidget, form, m_panel.get(), "requestTabs");
        m_panel->setFixedSize(700, 700); // as in the window, where the panel does not grow
        typeJson(ada);
        m_panel->commitJsonEdits();
        QTRY_COMPARE(summary->text(), QStringLiteral("No problems found."));
        QVERIFY(summary->isVisible());
        QVERIFY(!list->isVisible());
        QTest::qWait(50); // the layout follows on the next pass of the event loop
        const int roomy = form->height();
        typeJson(QStringLiteral(R"({"match":{"primary_email":"not-an-address"},"attributes":{"first_name":"Ada"}})"));
        m_panel->commitJsonEdits();
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->topLevelItemCount() > 0);
        QTRY_VERIFY(form->height() < roomy);
        typeJson(ada);
        m_panel->commitJsonEdits();
        QTRY_VERIFY(!list->isVisible());
        QTRY_COMPARE(form->height(), roomy);
    }

    void brokenJsonLocksTheFormAndSaysWhere()
    {
        typeJson(ada);
        m_panel->commitJsonEdits(); // as a pause in the typing does
        typeJson(broken);
        QVERIFY(m_panel->hasErrors());
        QCOMPARE(m_panel->bodyBytes(), broken.toUtf8());
        QVERIFY(!m_panel->textParses());
        QVERIFY2(m_panel->firstError().contains(QStringLiteral("line 2")), qPrintable(m_panel->firstError()));
        FIND_CHILD(QLabel, note, m_panel.get(), "jsonErrorNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("read-only")) && note->text().contains(QStringLiteral("line 2")),
                 qPrintable(note->text()));
        FIND_CHILD(QPushButton, send, m_panel.get(), "sendButton");
        QVERIFY(!send->isEnabled());

        // The form shows the last body that parsed, and nothing in it can be changed.
        m_tabs->setCurrentWidget(m_panel->form());
        QVERIFY(m_panel->form()->isReadOnly());
        FIND_CHILD(QLineEdit, first, m_panel.get(), "edit_first_name");
        FIND_CHILD(QLineEdit, match, m_panel.get(), "matchValue");
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        QVERIFY(!first->isEnabled());
        QVERIFY(match->isReadOnly());
        QTest::keyClicks(match, QStringLiteral("zzz"));
        FIND_CHILD(QCheckBox, setTitle, m_panel.get(), "set_title");
        QTest::mouseClick(setTitle, Qt::LeftButton);
        Q_EMIT m_panel->form()->edited(); // even a form that thinks it was edited
        QCOMPARE(m_panel->bodyText(), broken);
        QVERIFY(note->isVisible());

        // Fixed text unlocks the form.
        typeJson(bea);
        QVERIFY(!m_panel->hasErrors());
        QVERIFY(!m_panel->form()->isReadOnly());
        QVERIFY(!note->isVisible());
        QCOMPARE(first->text(), QStringLiteral("Bea"));
    }

    void discardingJsonEditsGoesBackToTheLastBodyThatParsed()
    {
        typeJson(ada);
        m_panel->commitJsonEdits(); // as a pause in the typing does
        typeJson(broken);
        m_panel->commitJsonEdits();
        FIND_CHILD(QPushButton, discard, m_panel.get(), "discardJsonEdits");
        QVERIFY(discard->isVisible());
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(m_panel->bodyText(), ada);
        QCOMPARE(m_editor->toPlainText(), ada);
        QVERIFY(!m_panel->form()->isReadOnly());
        QVERIFY(!discard->isVisible());
        // Discarding is a step of its own: undo brings the broken text back.
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_panel->bodyText(), broken);
        QVERIFY(m_panel->form()->isReadOnly());
    }

    // Ctrl+Z after a form edit restores the previous body in both views; Ctrl+Z in the JSON tab
    // undoes a form edit too, and redo does it again.
    void undoAndRedoWorkAcrossBothViews()
    {
        typeJson(ada);
        m_tabs->setCurrentWidget(m_panel->form());
        FIND_CHILD(QLineEdit, first, m_panel.get(), "edit_first_name");
        first->setFocus();
        first->end(false);
        QTest::keyClicks(first, QStringLiteral("line"));
        QCOMPARE(firstName(m_panel->bodyText()), QStringLiteral("Adaline"));

        // Typing into one field is one step.
        press(first, QKeySequence::Undo);
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        QCOMPARE(m_panel->bodyText(), ada);
        m_tabs->setCurrentWidget(m_editor);
        QCOMPARE(m_editor->toPlainText(), ada);

        press(m_editor, QKeySequence::Redo);
        QCOMPARE(firstName(m_editor->toPlainText()), QStringLiteral("Adaline"));
        QCOMPARE(first->text(), QStringLiteral("Adaline"));
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_editor->toPlainText(), ada);

        // Typing in the JSON tab and undoing at once (before the pause that parses it) undoes
        // that typing, and the form follows.
        m_editor->setFocus();
        m_editor->selectAll();
        QTest::keyClicks(m_editor, bea);
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_editor->toPlainText(), ada);
        QCOMPARE(first->text(), QStringLiteral("Ada"));
        press(m_editor, QKeySequence::Redo);
        QCOMPARE(m_editor->toPlainText(), bea);
        QCOMPARE(first->text(), QStringLiteral("Bea"));
        // and a body loaded from outside is a step too, back to what was being edited
        m_panel->setBodyText(ada);
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_panel->bodyText(), bea);
    }

    // Undo pressed in a table cell being edited puts the body back and closes the cell.
    void undoFromACellBeingEdited()
    {
        const QString withEmails = QStringLiteral(
            R"({"match":{"primary_email":"ada@x.example"},"attributes":{"contact_emails":[{"email":"a@x.example","is_primary":true}]}})");
        m_panel->setBodyText(withEmails);
        m_tabs->setCurrentWidget(m_panel->form());
        FIND_CHILD(QTableWidget, table, m_panel->form(), "edit_contact_emails");
        table->scrollTo(table->model()->index(0, 2));
        table->setCurrentCell(0, 2);
        table->editItem(table->item(0, 2));
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell && table->isAncestorOf(cell));
        QTest::keyClicks(cell, QStringLiteral("work"));
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(m_panel->bodyText().contains(QStringLiteral("WORK"))); // the cell commits on the next pass
        table->editItem(table->item(0, 0));
        cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        press(cell, QKeySequence::Undo);
        QCOMPARE(m_panel->bodyText(), withEmails);
        QCOMPARE(table->item(0, 2)->text(), QString());
        QTest::qWait(50); // the closed cell editor is deleted
        QCOMPARE(m_panel->bodyText(), withEmails);
    }

    // Closing the window while a cell is still being edited commits that cell as the focus leaves
    // it, after the panel is gone: nothing may listen then (it crashed).
    void closingWithACellBeingEditedIsSafe()
    {
        m_panel->setBodyText(QStringLiteral(
            R"({"match":{"primary_email":"ada@x.example"},"attributes":{"contact_emails":[{"email":"a@x.example"}]}})"));
        FIND_CHILD(QTableWidget, table, m_panel->form(), "edit_contact_emails");
        table->editItem(table->item(0, 0));
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell && table->isAncestorOf(cell));
        QTest::keyClicks(cell, QStringLiteral("x"));
        m_panel.reset();
        QTest::qWait(10);
    }

    void nothingToUndoWhereTheWindowStarts()
    {
        QVERIFY(!m_panel->undoStack()->canUndo());
        const QString start = m_panel->bodyText();
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_panel->bodyText(), start);
    }

    // A past assert under review cannot be changed, also not by undo, and a workspace schema
    // read meanwhile does not unlock it.
    void reviewStaysReadOnly()
    {
        typeJson(ada);
        m_panel->setBodyText(bea);
        m_panel->setReviewMode(true, QStringLiteral("Reviewing"));
        press(m_editor, QKeySequence::Undo);
        QCOMPARE(m_panel->bodyText(), bea);
        m_panel->setCatalogue(Contract::FieldCatalogue::builtIn());
        QVERIFY(m_panel->form()->isReadOnly());
        FIND_CHILD(QLineEdit, first, m_panel->form(), "edit_first_name");
        QVERIFY(!first->isEnabled());
        QCOMPARE(first->text(), QStringLiteral("Bea"));
    }

    // Under review the values are read-only but painted in the text's own colour, not the grey
    // of a placeholder; out of review, a disabled field is grey again.
    void reviewedValuesAreReadable()
    {
        m_panel->setBodyText(bea);
        m_panel->setReviewMode(true, QStringLiteral("Read-only: assert #1"));
        FIND_CHILD(QLineEdit, first, m_panel->form(), "edit_first_name");
        QVERIFY(!first->isEnabled());
        const QPalette reviewed = first->palette();
        QCOMPARE(reviewed.color(QPalette::Disabled, QPalette::Text), reviewed.color(QPalette::Active, QPalette::Text));
        m_panel->setReviewMode(false);
        m_panel->form()->setReadOnly(true);
        const QPalette locked = first->palette();
        QVERIFY(locked.color(QPalette::Disabled, QPalette::Text) != locked.color(QPalette::Active, QPalette::Text));
    }
};

QTEST_MAIN(TestRequestPanel)
#include "tst_requestpanel.moc"
