#include "historyview.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

using AssertDesk::Ui::HistoryView;

namespace {

// Rows as the history's are: a few outcomes and one profile again and again, an address each.
void fill(QStandardItemModel *model, int rows)
{
    model->setColumnCount(3);
    for (int row = 0; row < rows; ++row) {
        QList<QStandardItem *> items;
        items << new QStandardItem(row % 3 ? QStringLiteral("succeeded") : QStringLiteral("rejected"));
        items << new QStandardItem(QStringLiteral("person%1@company%2.example").arg(row).arg(row % 7));
        auto *status = new QStandardItem;
        status->setData(row % 3 ? 200 : 422, Qt::DisplayRole);
        items << status;
        model->appendRow(items);
    }
}

// QTableView's own measure (public through QAbstractItemView).
int qtWidth(const QTableView &plain, int column)
{
    return static_cast<const QAbstractItemView &>(plain).sizeHintForColumn(column);
}

void compareWithQt(const HistoryView &view, const QTableView &plain, QAbstractItemModel *model)
{
    for (int column = 0; column < model->columnCount(); ++column)
        QCOMPARE(view.sizeHintForColumn(column), qtWidth(plain, column));
}

} // namespace

// The history's columns are as wide as Qt's own measure of their rows makes them, and follow
// the rows: a longer address widens its column, a new font resizes it.
class TestHistoryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameWidthsAsQt()
    {
        QStandardItemModel model;
        fill(&model, 60);
        HistoryView view;
        view.setModel(&model);
        QTableView plain;
        plain.setModel(&model);
        compareWithQt(view, plain, &model);
        compareWithQt(view, plain, &model); // the remembered widths
    }

    void followsTheRows()
    {
        QStandardItemModel model;
        fill(&model, 60);
        HistoryView view;
        view.setModel(&model);
        QTableView plain;
        plain.setModel(&model);
        const int before = view.sizeHintForColumn(1);
        model.item(42, 1)->setText(QStringLiteral("a.much.longer.address.than.the.others@subdomain.company.example"));
        QVERIFY(view.sizeHintForColumn(1) > before);
        compareWithQt(view, plain, &model);
        model.removeRow(42);
        compareWithQt(view, plain, &model);
        QList<QStandardItem *> longer {new QStandardItem(QStringLiteral("outcome unknown (surprise)")),
                                       new QStandardItem(QStringLiteral("x@y.example")), new QStandardItem};
        model.appendRow(longer);
        compareWithQt(view, plain, &model);
        model.clear();
        QCOMPARE(view.sizeHintForColumn(0), qtWidth(plain, 0));
    }

    void followsTheFont()
    {
        QStandardItemModel model;
        fill(&model, 20);
        HistoryView view;
        view.setModel(&model);
        const int before = view.sizeHintForColumn(1);
        QFont bigger = view.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        view.setFont(bigger);
        QVERIFY(view.sizeHintForColumn(1) > before);
    }

    // Past the header's precision Qt measures a part of the rows: the view measures the same part.
    void manyRowsMeasuredAsQtDoes()
    {
        QStandardItemModel model;
        fill(&model, 60);
        model.item(50, 1)->setText(QStringLiteral("a.much.longer.address.than.the.others@subdomain.company.example"));
        HistoryView view;
        view.setModel(&model);
        view.horizontalHeader()->setResizeContentsPrecision(10);
        QTableView plain;
        plain.setModel(&model);
        plain.horizontalHeader()->setResizeContentsPrecision(10);
        compareWithQt(view, plain, &model);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
