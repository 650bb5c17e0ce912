#include "findchild.h"

#include "batchrunner.h"
#include "pastbatchesdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace AssertDesk;
using AssertDesk::Ui::BatchRunner;
using AssertDesk::Ui::PastBatchesDialog;

namespace {

// Answers the list with the batches it was given, as the history would.
class ListingRunner final : public BatchRunner
{
public:
    QList<PastBatch> batches;
    int listed = 0;

    bool canPreview() const override { return false; }
    bool canSend() const override { return false; }
    void preview(const Job &) override { }
    void send(const Job &) override { }
    void setPaused(bool) override { }
    void cancel() override { }
    bool canReopen() const override { return true; }
    void listBatches() override
    {
        ++listed;
        QTimer::singleShot(0, this, [this] { Q_EMIT batchesListed(batches); });
    }
};

BatchRunner::PastBatch past(qint64 id, const QString &path, const QString &state)
{
    BatchRunner::PastBatch b;
    b.id = id;
    b.path = path;
    b.state = state;
    b.createdAt = QDateTime::currentDateTimeUtc();
    b.rows = 1200;
    b.succeeded = 1000;
    b.landed = 2;
    b.rejected = 3;
    b.unknown = 4;
    b.interrupted = 5;
    b.notSent = 186;
    return b;
}

} // namespace

class TestPastBatchesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachBatchWithItsCountsAndState();
    void openingGivesTheChosenBatch();
    void anEmptyHistorySaysHowToMakeABatch();
};

void TestPastBatchesDialog::listsEachBatchWithItsCountsAndState()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ListingRunner runner;
    runner.batches = {past(7, QStringLiteral("/data/lists/trade-show.csv"), QStringLiteral("interrupted")),
                      past(3, QStringLiteral("/data/lists/cleanup.csv"), QStringLiteral("done"))};
    PastBatchesDialog dialog(&runner);
    QTreeWidget *list = dialog.list();
    QVERIFY(QTest::qWaitFor([&] { return list->topLevelItemCount() == 2; }, 5000));
    QCOMPARE(runner.listed, 1);
    const QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->text(PastBatchesDialog::IdColumn), QStringLiteral("7"));
    QCOMPARE(first->text(PastBatchesDialog::FileColumn), QStringLiteral("trade-show.csv"));
    QCOMPARE(first->toolTip(PastBatchesDialog::FileColumn), QStringLiteral("/data/lists/trade-show.csv"));
    QCOMPARE(first->text(PastBatchesDialog::RowsColumn), QStringLiteral("1,200"));
    // Rows read back as landed count as succeeded.
    QCOMPARE(first->text(PastBatchesDialog::SucceededColumn), QStringLiteral("1,002"));
    QCOMPARE(first->text(PastBatchesDialog::RejectedColumn), QStringLiteral("3"));
    QCOMPARE(first->text(PastBatchesDialog::UnknownColumn), QStringLiteral("4"));
    QCOMPARE(first->text(PastBatchesDialog::InterruptedColumn), QStringLiteral("5"));
    QCOMPARE(first->text(PastBatchesDialog::NotSentColumn), QStringLiteral("186"));
    QCOMPARE(first->text(PastBatchesDialog::StateColumn), QStringLiteral("interrupted"));
    QCOMPARE(list->topLevelItem(1)->text(PastBatchesDialog::StateColumn), QStringLiteral("done"));
    QLocale::setDefault(QLocale::system());
}

void TestPastBatchesDialog::openingGivesTheChosenBatch()
{
    ListingRunner runner;
    runner.batches = {past(7, QStringLiteral("a.csv"), QStringLiteral("done")),
                      past(3, QStringLiteral("b.csv"), QStringLiteral("cancelled"))};
    PastBatchesDialog dialog(&runner);
    QVERIFY(QTest::qWaitFor([&] { return dialog.list()->topLevelItemCount() == 2; }, 5000));
    FIND_CHILD(QPushButton, open, &dialog, "pastBatchesOpen");
    QVERIFY(open->isEnabled());
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
    open->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosen(), 3);
}

void TestPastBatchesDialog::anEmptyHistorySaysHowToMakeABatch()
{
    ListingRunner runner;
    PastBatchesDialog dialog(&runner);
    FIND_CHILD(QLabel, note, &dialog, "pastBatchesNote");
    QVERIFY(QTest::qWaitFor([&] { return note->text().contains(QStringLiteral("no batch")); }, 5000));
    FIND_CHILD(QPushButton, open, &dialog, "pastBatchesOpen");
    QVERIFY(!open->isEnabled());
}

QTEST_MAIN(TestPastBatchesDialog)
#include "tst_pastbatchesdialog.moc"
