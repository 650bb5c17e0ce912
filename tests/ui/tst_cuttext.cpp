#include "appfixture.h"
#include "cutfinder.h"

#include "batchresultsmodel.h"
#include "batchrunner.h"
#include "batchview.h"
#include "contactlookupdialog.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "pastbatchbar.h"
#include "question.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sessionbatchrunner.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace AssertDesk;
using AssertDesk::Test::CutFinder;
using AssertDesk::Ui::MainWindow;

namespace {

// The app's German as main.cpp loads it (its own catalogue and Qt's words), or English.
class Language final
{
public:
    explicit Language(const QString &name)
    {
        if (name != QLatin1String("de"))
            return;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_ok = m_app.load(QStringLiteral(ASSERTDESK_DE_QM)) && QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(m_locale);
    }
    Q_DISABLE_COPY_MOVE(Language)
    bool ok() const { return m_ok; }

private:
    QLocale m_locale;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_ok = true;
};

// The smallest screen the window and its dialogs must fit on.
constexpr int smallestWidth = 1024;
constexpr int smallestHeight = 640;

// Opens a dialog with `open` (a modal one runs its own loop) and returns what the walk finds in
// it once it shows, then closes it.
QStringList cutsInDialog(const std::function<void()> &open, const char *className)
{
    QStringList out;
    bool seen = false;
    int ticks = 0;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->isVisible() && top->inherits(className))
                    dialog = top;
        if (!dialog || !dialog->isVisible() || seen || ++ticks < 3) // a few ticks: laid out and filled
            return;
        seen = true;
        CutFinder finder(dialog);
        finder.checkFits(smallestWidth, smallestHeight);
        finder.walkAllTabs();
        out = finder.cuts();
        dialog->close();
    });
    poll.start();
    open();
    if (!QTest::qWaitFor([&] { return seen; }, 10000))
        out << QStringLiteral("%1 never opened").arg(QLatin1String(className));
    return out;
}

void trigger(MainWindow &window, const char *action)
{
    if (auto *a = window.findChild<QAction *>(QLatin1String(action)))
        a->trigger();
}

// The window as a person sees it after a first send: a request with emails, phones and an address
// in the form, an answer in the response pane, an entry in the history.
bool sendExample(MainWindow &window)
{
    window.loadExample();
    QSignalSpy shown(window.responsePanel(), &Ui::ResponsePanel::shown);
    window.send();
    return shown.wait(20000);
}

// Goes ahead with the next message box (its accepting button, in any language).
void acceptNextBox()
{
    QTimer::singleShot(50, qApp, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return acceptNextBox();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                return b->click();
    });
}

// The batch tab as a person sees it after a send: a small file checked (with invalid rows, so
// problems are listed), sent to the sandbox, its results shown; then the same batch reopened
// from the history.
bool sendBatch(MainWindow &window, qint64 *batchId)
{
    window.openBatch(QStringLiteral(ASSERTDESK_TEST_DATA "/batch/send-mixed.csv"));
    Ui::BatchView *view = window.batchView();
    if (!view || !QTest::qWaitFor([view] { return !view->isChecking() && view->summary().rows > 0; }, 20000))
        return false;
    auto *send = view->findChild<QPushButton *>(QStringLiteral("batchSend"));
    QSignalSpy finished(view->runner(), &Ui::BatchRunner::finished);
    acceptNextBox();
    send->click();
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
        return false;
    *batchId = static_cast<Ui::SessionBatchRunner *>(view->runner())->batchId();
    return *batchId > 0;
}

// The walk reads headers, not cells: the cells of one column whose words must show whole (an
// outcome, never elided to "succe…"), as the item delegate lays them out.
QStringList cutCells(const QTableView *table, int column)
{
    QStringList out;
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString text = table->model()->index(row, column).data().toString();
        const int need = table->fontMetrics().horizontalAdvance(text) + 2 * margin;
        if (need > table->columnWidth(column))
            out << QStringLiteral("%1 cell “%2” needs %3 px, is %4 px wide")
                       .arg(table->objectName(), text)
                       .arg(need)
                       .arg(table->columnWidth(column));
    }
    out.removeDuplicates();
    return out;
}

// QTest cuts a failure's message short: the whole list goes to the log first.
QString listed(const QStringList &cuts)
{
    for (const QString &cut : cuts)
        qInfo().noquote() << "cut:" << cut;
    return QStringLiteral("%1 cut:\n  %2").arg(cuts.size()).arg(cuts.join(QLatin1String("\n  ")));
}

} // namespace

// No text the window shows is cut: the main window at three screen sizes and each dialog, in
// English and in German (which runs about a third longer), with the widths measured in the
// widgets' own fonts after every pane and scroll area has clipped them.
class TestCutText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Ui::Question::setNextAnswer(std::nullopt); }

    // The walk itself: a button and a label squeezed below their text are found, and the clip of
    // a narrow parent counts, not only the widget's own width.
    void theWalkFindsACut()
    {
        QWidget top;
        top.resize(400, 200);
        auto *inner = new QWidget(&top);
        inner->setGeometry(0, 0, 60, 200);
        auto *label = new QLabel(QStringLiteral("A label far wider than sixty pixels"), inner);
        label->setGeometry(0, 0, 300, 30); // wide itself, but clipped by its parent
        auto *fits = new QLabel(QStringLiteral("ok"), &top);
        fits->setGeometry(100, 0, 200, 30);
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        CutFinder finder(&top);
        finder.walk();
        QCOMPARE(finder.cuts().size(), 1);
        QVERIFY2(finder.cuts().constFirst().contains(QStringLiteral("A label far wider")),
                 qPrintable(listed(finder.cuts())));
        finder.checkFits(300, 300);
        QCOMPARE(finder.cuts().size(), 2);
    }

    // A column of a table that scrolls sideways is read by scrolling to it: one out of view is not
    // cut while it is wide enough, and is once it is narrower than its heading; a hidden one never.
    void aColumnOutOfViewCountsItsOwnWidth()
    {
        QTableWidget table(3, 6);
        table.setHorizontalHeaderLabels({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
                                         QStringLiteral("Four"), QStringLiteral("A long heading"),
                                         QStringLiteral("Hidden heading")});
        table.resize(200, 150);
        for (int c = 0; c < table.columnCount(); ++c)
            table.setColumnWidth(c, 120);
        table.setColumnHidden(5, true);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(table.horizontalScrollBar()->maximum() > 0);
        CutFinder wide(&table);
        wide.walk();
        QVERIFY2(wide.cuts().isEmpty(), qPrintable(listed(wide.cuts())));
        table.setColumnWidth(4, 20);
        CutFinder narrow(&table);
        narrow.walk();
        QCOMPARE(narrow.cuts().size(), 1);
        QVERIFY2(narrow.cuts().constFirst().contains(QStringLiteral("A long heading")),
                 qPrintable(listed(narrow.cuts())));
    }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const char *language : {"en", "de"})
            for (const QSize screen : {QSize(1024, 640), QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", language, screen.width(), screen.height())
                    << QString::fromLatin1(language) << screen;
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        const Language speaking(language);
        QVERIFY2(speaking.ok(), ASSERTDESK_DE_QM);
        Test::AppFixture app;
        MainWindow window(app.services);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CutFinder first(&window);
        first.walkAllTabs(); // first start: nothing sent yet
        QVERIFY2(sendExample(window), "the example was not answered");
        QTest::qWait(200); // the form's rows are built a few per pass
        CutFinder finder(&window);
        finder.checkFits(screen.width(), screen.height());
        finder.walkAllTabs();
        // The entry opened for review: the note above the form, the way back, Edit and re-send.
        QSignalSpy opened(&window, &MainWindow::historyEntryOpened);
        window.openHistoryEntry(1, false);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(!window.responsePanel()->isParsing()); // the past answer is read off the UI thread
        QTest::qWait(100);
        finder.walkAllTabs();
        // A problem in the request: the problems list and the field's own line.
        window.requestPanel()->setBodyText(
            QStringLiteral(R"({"match":{"email":"not-an-address"},"attributes":{"contact_emails":[{"email":"x"}]}})"));
        finder.walkAllTabs();
        const QStringList cuts = first.cuts() + finder.cuts();
        QVERIFY2(cuts.isEmpty(), qPrintable(listed(cuts)));
    }

    void batchTab_data() { mainWindow_data(); }

    void batchTab()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        const Language speaking(language);
        QVERIFY2(speaking.ok(), ASSERTDESK_DE_QM);
        Test::AppFixture app;
        app.services.batchRunner = [&app](QObject *parent) -> Ui::BatchRunner * {
            return new Ui::SessionBatchRunner(app.client.get(), app.history.get(), app.endpoints.get(), parent);
        };
        MainWindow window(app.services);
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qint64 batchId = 0;
        QVERIFY2(sendBatch(window, &batchId), "the batch was not sent");
        QTest::qWait(100);
        CutFinder finder(&window);
        finder.checkFits(screen.width(), screen.height());
        finder.walkAllTabs();
        auto *results = window.batchView()->findChild<QTableView *>(QStringLiteral("batchResults"));
        QStringList cuts = cutCells(results, Ui::BatchResultsModel::OutcomeColumn);
        // Reopened from the history: the bar above the results, the results as the history has them.
        QSignalSpy reopened(window.batchView()->pastBar(), &Ui::PastBatchBar::reopened);
        window.batchView()->reopen(batchId);
        QVERIFY(reopened.wait(20000));
        QTest::qWait(100);
        finder.walkAllTabs();
        cuts << cutCells(results, Ui::BatchResultsModel::OutcomeColumn) << finder.cuts();
        cuts << cutsInDialog([&] { trigger(window, "actionPastBatches"); }, "AssertDesk::Ui::PastBatchesDialog");
        QVERIFY2(cuts.isEmpty(), qPrintable(listed(cuts)));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }

    void dialogs()
    {
        QFETCH(QString, language);
        const Language speaking(language);
        Test::AppFixture app;
        const auto account = app.addSandboxAccount(QStringLiteral("Staging"), false);
        QVERIFY2(account.error.isEmpty(), qPrintable(account.error));
        MainWindow window(app.services);
        window.resize(smallestWidth, smallestHeight);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList cuts;
        cuts << cutsInDialog([&] { window.editKey(); }, "AssertDesk::Ui::KeyDialog");
        cuts << cutsInDialog([&] { window.editProfiles(); }, "AssertDesk::Ui::ProfileDialog");
        cuts << cutsInDialog([&] { trigger(window, "actionPhoneRegion"); }, "AssertDesk::Ui::PhoneRegionDialog");
        cuts << cutsInDialog([&] { trigger(window, "actionShortcuts"); }, "AssertDesk::Ui::ShortcutsDialog");
        cuts << cutsInDialog([&] { window.findContact(QStringLiteral("a")); }, "AssertDesk::Ui::ContactLookupDialog");
        cuts << cutsInDialog([&] { window.showAbout(); }, "QMessageBox");
        cuts << cutsInDialog([&] { window.resetSandbox(); }, "QMessageBox");
        window.selectProfile(QStringLiteral("Staging"));
        cuts << cutsInDialog([&] { window.editKey(); }, "AssertDesk::Ui::KeyDialog");
        QVERIFY2(cuts.isEmpty(), qPrintable(listed(cuts)));
    }
};

QTEST_MAIN(TestCutText)
#include "tst_cuttext.moc"
