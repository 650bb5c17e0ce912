#include "batchresultspage.h"

#include "batchresultsfilter.h"
#include "batchresultsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

BatchResultsPage::BatchResultsPage(BatchResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("batchResultsFilter"));
    m_show->setAccessibleName(tr("Show rows"));
    m_show->addItems(BatchResultsFilter::names());
    auto *label = new QLabel(tr("Show:"), this);
    label->setBuddy(m_show);
    bar->addWidget(label);
    bar->addWidget(m_show);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_filter = new BatchResultsFilter(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchResults"));
    m_table->setAccessibleName(tr("Results"));
    // The filter stands between only while one is chosen: with every row shown, 100,000 rows
    // arriving in batches go straight to the table.
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    setWidths();
    connect(model, &QAbstractItemModel::modelReset, this, &BatchResultsPage::setWidths);
    layout->addWidget(m_table, 1);
    connect(m_show, &QComboBox::currentIndexChanged, this, &BatchResultsPage::showFilter);
}

// Set by hand: measuring a column would read every row. The outcome column is as wide as the
// longest outcome in this language (a handful of words, known in advance), so none is cut.
// Again after each new model or reset, which give the columns the default width.
void BatchResultsPage::setWidths()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int digits = metrics.horizontalAdvance(QStringLiteral("0000000")) + 12;
    int outcome = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
        m_model->headerData(BatchResultsModel::OutcomeColumn, Qt::Horizontal).toString());
    for (int o = 0; o <= int(BatchRowOutcome::Outcome::Interrupted); ++o)
        outcome = qMax(outcome, metrics.horizontalAdvance(BatchResultsModel::outcomeText(BatchRowOutcome::Outcome(o))));
    // The style's cell margins and the header's sort indicator.
    outcome += 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 16;
    const QList<int> widths {digits, digits, 240, 90, 130, outcome, 80, 150, 170, 260};
    for (int i = 0; i < widths.size(); ++i)
        m_table->setColumnWidth(i, widths.at(i));
}

void BatchResultsPage::showFilter(int choice)
{
    const auto show = BatchResultsFilter::Show(choice);
    m_filter->setShow(show);
    if (show == BatchResultsFilter::Show::All) {
        m_table->setModel(m_model);
        m_filter->setSourceModel(nullptr);
    } else {
        m_filter->setSourceModel(m_model);
        m_table->setModel(m_filter);
    }
    setWidths();
}

} // namespace AssertDesk::Ui
