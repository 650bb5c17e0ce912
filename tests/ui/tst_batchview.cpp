#include "appfixture.h"
#include "findchild.h"

#include "batchmappingpanel.h"
#include "batchproblemmodel.h"
#include "batchresultsfilter.h"
#include "batchresultsmodel.h"
#include "batchrowsmodel.h"
#include "batchrunner.h"
#include "batchview.h"
#include "mainwindow.h"
#include "mappingmodel.h"
#include "sendcontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace AssertDesk;
using AssertDesk::Ui::BatchProblemModel;
using AssertDesk::Ui::BatchResultsModel;
using AssertDesk::Ui::BatchRowOutcome;
using AssertDesk::Ui::BatchRowsModel;
using AssertDesk::Ui::BatchRunner;
using AssertDesk::Ui::BatchView;
using AssertDesk::Ui::MappingModel;

namespace {

QString data(const char *name)
{
    return QStringLiteral(ASSERTDESK_TEST_DATA "/batch/") + QLatin1String(name);
}

bool checkDone(BatchView &view)
{
    return QTest::qWaitFor([&] { return !view.isChecking(); }, 60000);
}

// A runner that says it can preview and send, and records what it was asked; the test plays the
// server's part through its signals.
class FakeRunner final : public BatchRunner
{
public:
    using BatchRunner::BatchRunner;
    bool canPreview() const override { return true; }
    bool canSend() const override { return true; }
    void preview(const Job &job) override { previewed.append(job); }
    void send(const Job &job) override { sent.append(job); }
    void setPaused(bool) override { }
    void cancel() override { }
    QList<Job> previewed;
    QList<Job> sent;
};

// Presses the button named `text` of the next message box (the send's confirmation).
void answerNextBox(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextBox(text);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text)
                b->click();
    });
}

} // namespace

class TestBatchView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckCountsAndListsEveryProblem();
    void activatingAProblemShowsItsRowAndCell();
    void aChosenMappingIsSavedAndComesBackForTheSameColumns();
    void aMapFileMapsTheOtherColumns();
    void stoppingTheCheckStopsTheScan();
    void tabWalksThroughTheMappingCombosAndOut();
    void withoutARunnerPreviewAndSendSayWhatIsComing();
    void aRunnersOutcomesFillTheResultsAndTheirFilter();
    void theFileMenuOpensABatchBesideTheRequest();
};

void TestBatchView::theCheckCountsAndListsEveryProblem()
{
    BatchView view({}, nullptr, {});
    QVERIFY(view.open(data("invalid-and-repeated.csv")));
    QVERIFY(checkDone(view));
    QCOMPARE(view.summary().rows, 6);
    QCOMPARE(view.summary().valid, 1);
    QCOMPARE(view.summary().invalid, 3);
    QCOMPARE(view.summary().repeated, 2);
    FIND_CHILD(QLabel, counts, &view, "batchCounts");
    QCOMPARE(counts->text(), QStringLiteral("Valid: 1 · Invalid: 3 · Repeated: 2"));
    FIND_CHILD(QLabel, file, &view, "batchFile");
    QVERIFY2(file->text().contains(QStringLiteral("6 rows")) && file->text().contains(QStringLiteral("comma")),
             qPrintable(file->text()));
    // In file order, the first row listed although it turned out repeated only at row 4.
    BatchProblemModel *problems = view.problemModel();
    QStringList found;
    for (int i = 0; i < problems->rowCount(); ++i) {
        const auto &p = problems->entry(i);
        found << QStringLiteral("%1 %2 %3 %4").arg(p.number).arg(p.problem.line).arg(p.problem.column, p.problem.code);
    }
    QCOMPARE(found,
             (QStringList {QStringLiteral("1 2 primary_email repeated_match_key"),
                           QStringLiteral("2 4 primary_email match_value_invalid"),
                           QStringLiteral("3 5 linkedin_url field_value_invalid"),
                           QStringLiteral("4 6 primary_email repeated_match_key"),
                           QStringLiteral("5 7  attributes_empty"), QStringLiteral("6 8 stage stage_not_api_name")}));
    // The rows table holds the file's cells, the quoted note's line break shown, not followed.
    BatchRowsModel *rows = view.rowsModel();
    QCOMPARE(rows->rowCount(), 6);
    QCOMPARE(rows->headerData(BatchRowsModel::FirstCellColumn + 5, Qt::Horizontal).toString(), QStringLiteral("Notes"));
    QCOMPARE(rows->index(1, BatchRowsModel::FirstCellColumn).data().toString(), QStringLiteral("bob@"));
    QVERIFY(!rows->index(0, BatchRowsModel::FirstCellColumn + 5).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(rows->index(0, BatchRowsModel::CheckColumn).data().toString(), QStringLiteral("repeated"));
    // The cell at fault is marked and says why; the one beside it is not.
    QVERIFY(rows->index(1, BatchRowsModel::FirstCellColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(rows->index(1, BatchRowsModel::FirstCellColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("match_value_invalid")));
    QVERIFY(!rows->index(1, BatchRowsModel::FirstCellColumn + 1).data(Qt::BackgroundRole).isValid());
}

void TestBatchView::activatingAProblemShowsItsRowAndCell()
{
    BatchView view({}, nullptr, {});
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.open(data("invalid-and-repeated.csv")));
    QVERIFY(checkDone(view));
    QTableView *problems = view.problemTable();
    // The linkedin_url problem of line 5, chosen and activated with the keyboard.
    problems->setFocus();
    problems->setCurrentIndex(view.problemModel()->index(2, 0));
    QTest::keyClick(problems, Qt::Key_Return);
    const QModelIndex current = view.rowsTable()->currentIndex();
    QCOMPARE(current.row(), 2);
    QCOMPARE(view.rowsModel()->headerData(current.column(), Qt::Horizontal).toString(), QStringLiteral("linkedin_url"));
    QCOMPARE(current.data().toString(), QStringLiteral("linkedin.com/carol"));
    QVERIFY(view.rowsTable()->hasFocus());
}

void TestBatchView::aChosenMappingIsSavedAndComesBackForTheSameColumns()
{
    QTemporaryDir folder;
    {
        BatchView view(folder.path(), nullptr, {});
        QVERIFY(view.open(data("german.csv")));
        MappingModel *mapping = view.mappingModel();
        // No column names a field: nothing says which contact a row is, said in the window's terms.
        QVERIFY2(mapping->mappingError().contains(QStringLiteral("choose one in the table")),
                 qPrintable(mapping->mappingError()));
        QVERIFY(!mapping->mappingError().contains(QStringLiteral("--match")));
        FIND_CHILD(QPushButton, check, &view, "batchCheck");
        QVERIFY(!check->isEnabled());
        QVERIFY(mapping->setData(mapping->index(0, MappingModel::TargetColumn), QStringLiteral("primary_email")));
        QVERIFY(mapping->setData(mapping->index(1, MappingModel::TargetColumn), QStringLiteral("first_name")));
        QVERIFY(mapping->mappingError().isEmpty());
        QVERIFY(check->isEnabled());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
    }
    BatchView again(folder.path(), nullptr, {});
    QVERIFY(again.open(data("german.csv")));
    QVERIFY(again.mappingModel()->mappingError().isEmpty());
    QCOMPARE(again.mappingModel()->index(0, MappingModel::TargetColumn).data().toString(),
             QStringLiteral("primary_email"));
    QCOMPARE(again.mappingModel()->index(1, MappingModel::TargetColumn).data().toString(),
             QStringLiteral("first_name"));
    QVERIFY(checkDone(again));
    QCOMPARE(again.summary().valid, 2);
}

void TestBatchView::aMapFileMapsTheOtherColumns()
{
    BatchView view({}, nullptr, {});
    QVERIFY(view.open(data("german.csv")));
    QVERIFY(checkDone(view));
    QCOMPARE(view.summary().rows, 0); // not checked: the mapping could not be used
    QVERIFY(view.loadMapping(data("german-map.json")));
    QCOMPARE(view.mappingModel()->index(4, MappingModel::TargetColumn).data().toString(),
             QStringLiteral("address.city"));
    QCOMPARE(view.mappingModel()->index(3, MappingModel::TargetColumn).data().toString(), QStringLiteral("(not sent)"));
    view.check();
    QVERIFY(checkDone(view));
    QCOMPARE(view.summary().rows, 2);
    QCOMPARE(view.summary().valid, 2);
    QSignalSpy messages(&view, &BatchView::message);
    QVERIFY(!view.loadMapping(data("german.csv")));
    QCOMPARE(messages.size(), 1);
}

void TestBatchView::stoppingTheCheckStopsTheScan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int kRows = 300000;
    file.write("primary_email,first_name,title\n");
    for (int i = 0; i < kRows; ++i)
        file.write(QStringLiteral("p%1@x.example,Name %1,Title\n").arg(i).toUtf8());
    file.close();
    BatchView view({}, nullptr, {});
    QVERIFY(view.open(path));
    QVERIFY(QTest::qWaitFor([&] { return view.rowsModel()->rowCount() > 0; }, 30000));
    FIND_CHILD(QPushButton, stop, &view, "batchCancel");
    QVERIFY(stop->isEnabled());
    stop->click();
    QVERIFY(checkDone(view));
    const int rows = view.rowsModel()->rowCount();
    QVERIFY2(rows < kRows, qPrintable(QString::number(rows)));
    FIND_CHILD(QLabel, counts, &view, "batchCounts");
    QVERIFY2(counts->text().startsWith(QStringLiteral("Check stopped")), qPrintable(counts->text()));
    // Nothing of the stopped scan arrives later.
    QTest::qWait(200);
    QCOMPARE(view.rowsModel()->rowCount(), rows);
}

void TestBatchView::tabWalksThroughTheMappingCombosAndOut()
{
    BatchView view({}, nullptr, {});
    view.resize(1200, 700);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.open(data("quoted.csv")));
    QVERIFY(checkDone(view));
    QTableView *table = view.mappingPanel()->table();
    const QList<QComboBox *> combos = table->viewport()->findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 7);
    table->setFocus();
    table->setCurrentIndex(view.mappingModel()->index(0, MappingModel::TargetColumn));
    // The arrows move between lines and change nothing; F2 enters the line's combo.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(view.mappingModel()->index(1, MappingModel::TargetColumn).data().toString(), QStringLiteral("first_name"));
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    QVERIFY(combos.contains(static_cast<QComboBox *>(QApplication::focusWidget())));
    // Tab goes on through the combos and then out of the table, to the match column.
    bool out = false;
    for (int i = 0; i < 10 && !out; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        out = QApplication::focusWidget() == view.mappingPanel()->matchCombo();
    }
    QVERIFY(out);
    QCOMPARE(view.mappingModel()->index(1, MappingModel::TargetColumn).data().toString(), QStringLiteral("first_name"));
}

void TestBatchView::withoutARunnerPreviewAndSendSayWhatIsComing()
{
    BatchView view({}, nullptr, {});
    QVERIFY(view.open(data("quoted.csv")));
    QVERIFY(checkDone(view));
    QCOMPARE(view.summary().valid, 3);
    FIND_CHILD(QPushButton, preview, &view, "batchPreview");
    FIND_CHILD(QPushButton, send, &view, "batchSend");
    QVERIFY(!preview->isEnabled());
    QVERIFY(!send->isEnabled());
    QVERIFY(preview->toolTip().startsWith(QStringLiteral("Coming with")));
    QVERIFY(send->toolTip().startsWith(QStringLiteral("Coming with")));
    // No outcome is made up: the results say only how each row checked.
    BatchResultsModel *results = view.resultsModel();
    QCOMPARE(results->rowCount(), 3);
    QCOMPARE(results->index(0, BatchResultsModel::MatchColumn).data().toString(),
             QStringLiteral("sarah.chen@acme.example"));
    for (int row = 0; row < 3; ++row)
        QVERIFY(results->index(row, BatchResultsModel::OutcomeColumn).data().toString().isEmpty());
}

void TestBatchView::aRunnersOutcomesFillTheResultsAndTheirFilter()
{
    FakeRunner runner;
    BatchView view({}, &runner, {});
    QVERIFY(view.open(data("quoted.csv")));
    QVERIFY(checkDone(view));
    FIND_CHILD(QPushButton, send, &view, "batchSend");
    QVERIFY(send->isEnabled());
    answerNextBox(QStringLiteral("Send"));
    send->click();
    QCOMPARE(runner.sent.size(), 1);
    QCOMPARE(runner.sent.first().path, data("quoted.csv"));
    QVERIFY(!runner.sent.first().onlyValidRows);
    Q_EMIT runner.rowFinished({2,
                               BatchRowOutcome::Outcome::Rejected,
                               422,
                               {},
                               {},
                               QStringLiteral("field_value_invalid"),
                               QStringLiteral("bad"),
                               17});
    Q_EMIT runner.rowFinished(
        {1, BatchRowOutcome::Outcome::Succeeded, 201, QStringLiteral("created"), QStringLiteral("c-1"), {}, {}, 16});
    Q_EMIT runner.finished(QStringLiteral("done"));
    BatchResultsModel *results = view.resultsModel();
    QCOMPARE(results->index(1, BatchResultsModel::OutcomeColumn).data().toString(), QStringLiteral("rejected"));
    QCOMPARE(results->index(1, BatchResultsModel::HttpColumn).data().toInt(), 422);
    QCOMPARE(results->index(0, BatchResultsModel::ContactColumn).data().toString(), QStringLiteral("c-1"));
    FIND_CHILD(QComboBox, show, &view, "batchResultsFilter");
    FIND_CHILD(QTableView, table, &view, "batchResults");
    show->setCurrentIndex(int(Ui::BatchResultsFilter::Show::Rejected));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, BatchResultsModel::RowColumn).data().toInt(), 2);
    show->setCurrentIndex(int(Ui::BatchResultsFilter::Show::NotSent));
    QCOMPARE(table->model()->rowCount(), 1);
    show->setCurrentIndex(int(Ui::BatchResultsFilter::Show::All));
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestBatchView::theFileMenuOpensABatchBesideTheRequest()
{
    Test::AppFixture app;
    Ui::MainWindow window(app.services);
    FIND_CHILD(QAction, open, &window, "actionOpenBatch");
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("mainTabs")));
    QVERIFY(!window.batchView());
    window.openBatch(data("bom-semicolon.csv"));
    FIND_CHILD(QTabWidget, tabs, &window, "mainTabs");
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Batch: bom-semicolon.csv"));
    QCOMPARE(tabs->currentWidget(), window.batchView());
    QVERIFY(checkDone(*window.batchView()));
    QCOMPARE(window.batchView()->summary().valid, 2);
    FIND_CHILD(QLabel, file, window.batchView(), "batchFile");
    QVERIFY2(file->text().contains(QStringLiteral("semicolon")) && file->text().contains(QStringLiteral("byte-order")),
             qPrintable(file->text()));
    // Ctrl+Enter belongs to the request: on the batch tab it sends nothing.
    QSignalSpy started(window.sendController(), &Session::SendController::started);
    window.pressSend();
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("switch to the Request tab")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(started.size(), 0);
    window.showRequestTab();
    QCOMPARE(tabs->currentIndex(), 0);
}

QTEST_MAIN(TestBatchView)
#include "tst_batchview.moc"
