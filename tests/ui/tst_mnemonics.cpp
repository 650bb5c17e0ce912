#include "appfixture.h"
#include "findchild.h"

#include "contactlookupdialog.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTimer>

using namespace AssertDesk;
using AssertDesk::Ui::MainWindow;

namespace {

// The letter Alt presses for this text, or nothing ("&&" is a literal ampersand).
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// One scope of letters (a window, a dialog or a menu): each letter with the texts that use it.
class Letters
{
public:
    explicit Letters(QString scope)
        : m_scope(std::move(scope))
    {
    }
    void add(const QString &text)
    {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            m_texts[letter] << text;
    }
    QStringList repeats() const
    {
        QStringList out;
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("%1: Alt+%2 is %3")
                           .arg(m_scope, it.key().toUpper(), it.value().join(QLatin1String(" / ")));
        return out;
    }
    bool has(QChar letter) const { return m_texts.contains(letter); }

private:
    QString m_scope;
    QMap<QChar, QStringList> m_texts;
};

// Every control a mnemonic reaches in this window, hidden ones too: they are shown later, in
// the same window, as the send state or the answer changes.
Letters windowLetters(QWidget *top, const QString &scope)
{
    Letters letters(scope);
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top)
            continue; // a menu or a dialog: a scope of its own
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            letters.add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            letters.add(label->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                letters.add(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                letters.add(a->text());
    }
    return letters;
}

QStringList menuRepeats(QMenu *menu)
{
    Letters letters(QStringLiteral("menu %1").arg(menu->title()));
    QStringList out;
    for (QAction *a : menu->actions()) {
        letters.add(a->text());
        if (a->menu())
            out << menuRepeats(a->menu());
    }
    return out << letters.repeats();
}

// Opens a modal dialog with `open` and returns the repeats in it once it shows.
QStringList modalRepeats(const std::function<void()> &open, const QString &scope)
{
    QStringList out;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        seen = true;
        out = windowLetters(dialog, scope).repeats();
        dialog->close();
    });
    poll.start();
    open();
    if (!seen)
        out << scope + QStringLiteral(": never opened");
    return out;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The counting itself: the clash the window had (Alt+E the Edit menu and "Edit and re-send").
    void aRepeatIsFound()
    {
        Letters letters(QStringLiteral("w"));
        letters.add(QStringLiteral("&Edit"));
        letters.add(QStringLiteral("&Edit and re-send"));
        letters.add(QStringLiteral("Fish && &chips"));
        letters.add(QStringLiteral("no letter"));
        QCOMPARE(letters.repeats(), QStringList {QStringLiteral("w: Alt+E is &Edit / &Edit and re-send")});
        QVERIFY(letters.has(QLatin1Char('c')));
        QVERIFY(!letters.has(QLatin1Char('n')));
    }

    void mainWindowAndItsMenus()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Letters letters = windowLetters(&window, QStringLiteral("main window"));
        QStringList repeats = letters.repeats();
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                repeats << menuRepeats(a->menu());
        QVERIFY2(repeats.isEmpty(), qPrintable(repeats.join(QLatin1Char('\n'))));
        // The walk reaches the menu bar, the hidden buttons and the tabs.
        for (const char letter : {'f', 'h', 'a', 'j', 'w'})
            QVERIFY2(letters.has(QLatin1Char(letter)), letter == 'a' ? "Edit and re-send" : "a letter missing");
    }

    void dialogs()
    {
        Test::AppFixture app;
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList repeats;
        repeats << modalRepeats([&] { window.editProfiles(); }, QStringLiteral("profiles"));
        repeats << modalRepeats([&] { window.editKey(); }, QStringLiteral("API key"));
        repeats << modalRepeats([&] { window.showAbout(); }, QStringLiteral("about"));
        window.findContact();
        auto *lookup = window.findChild<Ui::ContactLookupDialog *>();
        QVERIFY(lookup);
        QTRY_VERIFY(lookup->isVisible());
        repeats << windowLetters(lookup, QStringLiteral("contact lookup")).repeats();
        lookup->close();
        QVERIFY2(repeats.isEmpty(), qPrintable(repeats.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
