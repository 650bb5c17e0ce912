#include "pastbatchesdialog.h"

#include "localtime.h"
#include "pastbatchbar.h"
#include "visibletext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

PastBatchesDialog::PastBatchesDialog(BatchRunner *runner, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pastBatchesDialog"));
    setWindowTitle(tr("Past batches"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("pastBatchesList"));
    m_list->setAccessibleName(tr("Past batches"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Batch"), tr("File"), tr("Sent"), tr("Rows"), tr("Succeeded"), tr("Rejected"),
                             tr("Unknown"), tr("Interrupted"), tr("Not sent"), tr("State")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("Loading the history's batches…"), this);
    m_empty->setObjectName(QStringLiteral("pastBatchesNote"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("pastBatchesOpen"));
    m_open->setEnabled(false);
    layout->addWidget(buttons);
    resize(900, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &PastBatchesDialog::open);
    connect(m_list, &QTreeWidget::itemActivated, this, &PastBatchesDialog::open);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_open->setEnabled(current); });
    connect(runner, &BatchRunner::batchesListed, this, &PastBatchesDialog::fill);
    runner->listBatches();
}

void PastBatchesDialog::fill(const QList<BatchRunner::PastBatch> &batches)
{
    m_list->clear();
    const QLocale locale;
    for (const BatchRunner::PastBatch &b : batches) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(IdColumn, Qt::DisplayRole, b.id);
        item->setText(FileColumn, Contract::visibleText(QFileInfo(b.path).fileName()));
        item->setToolTip(FileColumn, Contract::visibleText(b.path));
        item->setText(SentColumn, LocalTime::text(b.createdAt));
        item->setToolTip(SentColumn, LocalTime::utc(b.createdAt));
        const qint64 counts[] = {b.rows, b.succeeded + b.landed, b.rejected, b.unknown, b.interrupted, b.notSent};
        for (int i = 0; i < 6; ++i) {
            item->setText(RowsColumn + i, locale.toString(counts[i]));
            item->setTextAlignment(RowsColumn + i, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(StateColumn, PastBatchBar::stateText(b.state));
        item->setToolTip(SucceededColumn, PastBatchBar::countsText(b));
    }
    m_empty->setText(batches.isEmpty() ? tr("The history holds no batch yet: File › Open batch… sends one.")
                                       : tr("Open a batch to see where each of its rows stands, and resume it."));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void PastBatchesDialog::open()
{
    if (QTreeWidgetItem *item = m_list->currentItem()) {
        m_chosen = item->data(IdColumn, Qt::DisplayRole).toLongLong();
        accept();
    }
}

} // namespace AssertDesk::Ui
